/**
 * First-load weight of every page of a built site, without a browser: the page's HTML plus the
 * stylesheets and script files it links, each gzipped as a static host sends them. The browser
 * section measures five page kinds; this finds the heaviest of all pages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { walk } from './lib.ts';
import type { PageWeight, SiteWeights } from './types.ts';

const gz = (b: Buffer) => gzipSync(b, { level: 6 }).length;

export function siteWeights(dir: string, budget = 10_000): SiteWeights {
  const cache = new Map<string, number>();
  const asset = (href: string) => {
    // Only this site's own files; the pages carry no third-party assets.
    if (!href.startsWith('/')) return 0;
    const file = path.join(dir, decodeURIComponent(href.split(/[?#]/)[0]!));
    if (!cache.has(file)) {
      try {
        cache.set(file, gz(readFileSync(file)));
      } catch {
        cache.set(file, 0);
      }
    }
    return cache.get(file)!;
  };
  const all: PageWeight[] = [];
  for (const file of walk(dir)) {
    const rel = path.relative(dir, file).split(path.sep).join('/');
    if (!rel.endsWith('.html') || rel.startsWith('pagefind/')) continue;
    const body = readFileSync(file);
    const html = body.toString('utf8');
    const css = [
      ...new Set(
        [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map(
          (m) => /\bhref="([^"]+)"/.exec(m[0])?.[1] ?? '',
        ),
      ),
    ].reduce((n, h) => n + asset(h), 0);
    const js = [...new Set([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!))].reduce(
      (n, h) => n + asset(h),
      0,
    );
    const w = gz(body);
    all.push({ path: `/${rel.replace(/(^|\/)index\.html$/, '$1')}`, html: w, css, js, total: w + css + js });
  }
  all.sort((a, b) => b.total - a.total);
  return { pages: all.length, budget, over: all.filter((p) => p.total > budget), heaviest: all.slice(0, 8) };
}
