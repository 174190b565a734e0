/**
 * The search page names, in its head, the index files its first search fetches (Pagefind's
 * code, the parts list, the page list of the index and of each part), so the browser fetches
 * them while it reads the page. Without them each waits for the one before: the code, then
 * the entry file, then the page list, then each part's. Their names are known only once
 * Pagefind has written the index, so the build adds them to the page afterwards.
 *
 * Pagefind's WebAssembly is left out: at about 50 KB gzip it competed with the page's own
 * stylesheet and font, and Lighthouse's phone run measured the page's largest paint at about
 * 1.7 s with it preloaded against 1.2 s without.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { paths } from './urls.ts';
import { PARTS_FILE, type SearchParts } from './search-parts.ts';

/** What Pagefind's entry file says about one language's index. */
interface EntryLanguage {
  hash: string;
}

/**
 * The files of the index in `pagefindDir` that a first search fetches and the page preloads,
 * as paths under it: `pagefind.js`, `parts.json` (which the search code always asks for) and
 * each index's page list.
 */
export function firstSearchFiles(pagefindDir: string): string[] {
  const entry = (dir: string) =>
    JSON.parse(readFileSync(path.join(pagefindDir, dir, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, EntryLanguage>;
    };
  const partsFile = path.join(pagefindDir, PARTS_FILE);
  const parts = existsSync(partsFile)
    ? (JSON.parse(readFileSync(partsFile, 'utf8')) as SearchParts).parts
    : [];
  const files = ['pagefind.js', ...(existsSync(partsFile) ? [PARTS_FILE] : [])];
  for (const dir of ['', ...parts])
    for (const l of Object.values(entry(dir).languages)) files.push(`${dir}pagefind.${l.hash}.pf_meta`);
  return files;
}

/**
 * Link tags for `files` under the index's URL. The code is a module; the rest Pagefind reads
 * with fetch(), which a preload only serves when its request mode matches: `crossorigin`.
 */
export function preloadLinks(files: string[], bundleUrl: string): string {
  return files
    .map((f) =>
      f.endsWith('.js')
        ? `<link rel="modulepreload" href="${bundleUrl}${f}">`
        : `<link rel="preload" href="${bundleUrl}${f}" as="fetch" crossorigin>`,
    )
    .join('');
}

/**
 * `html` with `links` at the end of its head, in place of earlier preloads of files under
 * `bundleUrl` (a page indexed again names the new index's files only).
 */
export function withPreloads(html: string, links: string, bundleUrl: string): string {
  const escaped = bundleUrl.replace(/[.*+?^$()|[\]{}\\]/g, '\\$&');
  const earlier = new RegExp(`<link rel="(?:module)?preload" href="${escaped}[^"]*"[^>]*>`, 'g');
  const page = html.replace(earlier, '');
  const at = page.indexOf('</head>');
  if (at < 0) throw new Error('the search page has no </head> to add the index preloads to');
  return `${page.slice(0, at)}${links}${page.slice(at)}`;
}

/** Adds the preloads of the index in `siteDir/pagefind/` to the built search page. */
export function preloadSearchPage(siteDir: string, bundleUrl: string): void {
  const page = path.join(siteDir, paths.search.slice(1), 'index.html');
  const files = firstSearchFiles(path.join(siteDir, paths.pagefind.slice(1)));
  writeFileSync(page, withPreloads(readFileSync(page, 'utf8'), preloadLinks(files, bundleUrl), bundleUrl));
}
