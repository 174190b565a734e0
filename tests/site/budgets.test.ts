/**
 * Page-weight budget on the real build (tests/site/budgets.json): every page's first load,
 * HTML plus stylesheets in gzip bytes, stays within one budget (checked page by page, not
 * only the heaviest of each kind), and no page loads a script file before search is opened.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, type BuiltPage } from './dist.ts';

const { gzipBytes: budget, kinds } = JSON.parse(
  readFileSync(path.join(import.meta.dirname, 'budgets.json'), 'utf8'),
) as { gzipBytes: number; kinds: Record<string, string> };
const kindOf = (url: string) =>
  Object.entries(kinds).find(([, pattern]) => new RegExp(pattern).test(url))?.[0];
const gz = (file: string) => gzipSync(readFileSync(file)).length;

/** A page's first load: its HTML and every stylesheet it links, gzipped as a host sends them. */
const weigh = (p: BuiltPage) =>
  gzipSync(p.html).length +
  p.doc
    .querySelectorAll('link[rel="stylesheet"]')
    .map((l) => gz(path.join(DIST, l.getAttribute('href')!)))
    .reduce((a, b) => a + b, 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('page-weight budgets', () => {
  it('every page belongs to a page kind with a budget', () => {
    const unknown = builtPages()
      .map((p) => p.url)
      .filter((u) => !kindOf(u));
    expect(unknown).toEqual([]);
  });

  it(`every page, whatever its kind, stays within ${budget / 1024} KB on first load`, () => {
    const pages = builtPages().map((p) => ({ url: p.url, bytes: weigh(p) }));
    const heaviest: Record<string, { url: string; bytes: number }> = {};
    for (const p of pages) {
      const kind = kindOf(p.url)!;
      if (!heaviest[kind] || heaviest[kind]!.bytes < p.bytes) heaviest[kind] = p;
    }
    const top = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    console.log(
      `Heaviest page: ${top.url} ${kb(top.bytes)} of ${pages.length} pages (gzip, HTML + CSS). Per kind: ${Object.entries(
        heaviest,
      )
        .map(([k, v]) => `${k} ${kb(v.bytes)}`)
        .join(', ')}`,
    );
    const over = pages
      .filter((p) => p.bytes > budget)
      .map((p) => `${p.url}: ${kb(p.bytes)} (${p.bytes} bytes)`);
    expect(over).toEqual([]);
  });

  it('no page loads a script file before search is opened', () => {
    const offenders = builtPages().flatMap((p) =>
      p.doc
        .querySelectorAll('script[src], link[rel="modulepreload"]')
        .map((s) => `${p.url}: ${s.toString()}`),
    );
    expect(offenders).toEqual([]);
  });
});
