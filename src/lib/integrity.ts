/**
 * Checks a built site before it replaces dist/: every internal link and #anchor resolves,
 * every sitemap URL exists, every page can be reached from the home page by following links,
 * and every external URL is well formed. Reads files only; no network.
 */
import { globSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

export interface IntegrityProblem {
  page: string;
  message: string;
}

interface PageInfo {
  ids: Set<string>;
  links: string[];
}

/** The site path of an HTML file: "years/2023/index.html" -> "/years/2023/". */
export const pagePath = (file: string) =>
  `/${file
    .split(path.sep)
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1')}`;

/** Decodes the few entities Astro writes inside attribute values. */
const unescape = (v: string) =>
  !v.includes('&')
    ? v
    : v
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>');

/**
 * Ids and link targets of a built page. A regular expression over the tags is enough for the
 * HTML Astro writes (quoted attributes) and is many times faster than a DOM at 10,000 pages.
 */
export function pageInfo(html: string): PageInfo {
  const ids = new Set<string>();
  const links: string[] = [];
  // Text of scripts (JSON-LD, the bootstrap) is not markup.
  const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
  for (const [, attr, value] of markup.matchAll(/\s(id|href|src|action)="([^"]*)"/g)) {
    if (attr === 'id') ids.add(unescape(value!));
    else links.push(unescape(value!));
  }
  for (const [, value] of html.matchAll(/<script\b[^>]*\ssrc="([^"]*)"/g)) links.push(unescape(value!));
  return { ids, links };
}

/**
 * How links resolve on a built site: `local` gives the URL of a link on this site (undefined for
 * one that leaves it), `exists` whether a site path is a built file. Most links are site paths
 * ("/topics/pci/") that thousands of pages share: each is resolved and looked up once (at 10,000
 * sessions, URL parsing was a third of the check).
 */
function siteLinks(files: ReadonlySet<string>, prefix: string) {
  const resolved = new Map<string, URL>();
  const local = (href: string, from: string): URL | undefined => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined;
    if (!href.startsWith('/')) return new URL(href, `http://site${prefix}${from.slice(1)}`);
    let url = resolved.get(href);
    if (!url) resolved.set(href, (url = new URL(href, 'http://site/')));
    return url;
  };
  const existing = new Map<string, boolean>();
  const exists = (sitePath: string) => {
    let found = existing.get(sitePath);
    if (found === undefined) {
      const rel = sitePath.startsWith(prefix) ? decodeURIComponent(sitePath.slice(prefix.length)) : undefined;
      found = rel !== undefined && files.has(rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
      existing.set(sitePath, found);
    }
    return found;
  };
  return { local, exists };
}

export function checkIntegrity(dir: string, base = '/'): IntegrityProblem[] {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const problems: IntegrityProblem[] = [];
  const pages = new Map<string, PageInfo>();
  const files = new Set(globSync('**/*', { cwd: dir }).map((f) => f.split(path.sep).join('/')));
  for (const file of [...files].filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))) {
    pages.set(pagePath(file), pageInfo(readFileSync(path.join(dir, file), 'utf8')));
  }
  const { local, exists } = siteLinks(files, prefix);
  const key = (sitePath: string) => `/${sitePath.slice(prefix.length)}`;

  for (const [page, info] of pages) {
    for (const href of info.links) {
      // An anchor on the page itself, the commonest link after site paths.
      if (href.startsWith('#')) {
        if (href.length > 1 && !info.ids.has(decodeURIComponent(href.slice(1))))
          problems.push({ page, message: `Link to a missing anchor: ${href}` });
        continue;
      }
      if (/^https?:/i.test(href)) {
        try {
          new URL(href);
        } catch {
          problems.push({ page, message: `Malformed external URL: ${href}` });
        }
        continue;
      }
      if (/^(mailto|tel):/i.test(href)) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
        problems.push({ page, message: `Link with a scheme that is not http(s): ${href}` });
        continue;
      }
      const url = local(href, page);
      if (!url) continue;
      if (!exists(url.pathname)) {
        problems.push({ page, message: `Link to a page that does not exist: ${href}` });
        continue;
      }
      if (url.hash && url.hash !== '#') {
        const target = pages.get(key(url.pathname));
        const id = decodeURIComponent(url.hash.slice(1));
        if (target && !target.ids.has(id))
          problems.push({ page, message: `Link to a missing anchor: ${href}` });
      }
    }
  }

  const sitemap = path.join(dir, 'sitemap-0.xml');
  if (existsSync(sitemap)) {
    for (const [, loc] of readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const p = new URL(loc!).pathname;
      if (!exists(p))
        problems.push({
          page: '/sitemap-0.xml',
          message: `Sitemap lists a page that does not exist: ${loc}`,
        });
    }
  }

  // Every page must be reachable by following links from the home page.
  const reached = new Set<string>(['/']);
  const queue = ['/'];
  while (queue.length) {
    const page = queue.shift()!;
    for (const href of pages.get(page)?.links ?? []) {
      if (href.startsWith('#')) continue;
      const url = local(href, page);
      if (!url || !url.pathname.startsWith(prefix)) continue;
      const k = key(url.pathname);
      if (pages.has(k) && !reached.has(k)) {
        reached.add(k);
        queue.push(k);
      }
    }
  }
  for (const page of pages.keys()) {
    if (!reached.has(page) && page !== '/404.html')
      problems.push({ page, message: 'No link leads to this page from the home page.' });
  }
  return problems;
}
