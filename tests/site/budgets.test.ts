/**
 * Page-weight budget on the real build (tests/site/budgets.json): every page's first load,
 * HTML plus stylesheets in gzip bytes, stays within one budget (checked page by page, not
 * only the heaviest of each kind), and no page loads a script file before search is opened;
 * the search page, where it is open from the start, names only the search code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, type BuiltPage } from './dist.ts';

const {
  gzipBytes: budget,
  ceilings,
  kinds,
} = JSON.parse(readFileSync(path.join(import.meta.dirname, 'budgets.json'), 'utf8')) as {
  gzipBytes: number;
  /** Kinds not yet under the budget, each held at its own ceiling until it is. */
  ceilings: Record<string, number>;
  kinds: Record<string, string>;
};
const limitOf = (kind: string) => ceilings[kind] ?? budget;
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
  it('a ceiling is only ever looser than the budget, for a kind that exists', () => {
    for (const [kind, bytes] of Object.entries(ceilings)) {
      expect(kinds[kind], kind).toBeDefined();
      expect(bytes, kind).toBeGreaterThan(budget);
    }
  });

  it('every page belongs to a page kind with a budget', () => {
    const unknown = builtPages()
      .map((p) => p.url)
      .filter((u) => !kindOf(u));
    expect(unknown).toEqual([]);
  });

  it(`every page stays within ${budget} bytes on first load (or its kind's ceiling while it has one)`, () => {
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
    const pending = pages.filter((p) => p.bytes > budget);
    if (pending.length)
      console.log(
        `Still over ${kb(budget)}, held at their kind's ceiling: ${pending.map((p) => `${p.url} ${kb(p.bytes)}`).join(', ')}`,
      );
    const over = pages
      .filter((p) => p.bytes > limitOf(kindOf(p.url)!))
      .map((p) => `${p.url}: ${kb(p.bytes)} (${p.bytes} bytes), limit ${limitOf(kindOf(p.url)!)}`);
    expect(over).toEqual([]);
  });

  it('no page loads a script file before search is opened, and the search page only its code', () => {
    const searchCode = /^\/(_search|pagefind)\//;
    const offenders = builtPages().flatMap((p) =>
      p.doc
        .querySelectorAll('script[src], link[rel="modulepreload"]')
        .filter(
          (s) => !(p.url === '/search/' && s.tagName === 'LINK' && searchCode.test(s.getAttribute('href')!)),
        )
        .map((s) => `${p.url}: ${s.toString()}`),
    );
    expect(offenders).toEqual([]);
    const search = builtPages().find((p) => p.url === '/search/')!;
    expect(search.doc.querySelectorAll('link[rel="modulepreload"]').length).toBeGreaterThan(0);
  });
});
