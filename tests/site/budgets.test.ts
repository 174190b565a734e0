/**
 * Page-weight budgets on the real build (tests/site/budgets.json): every page's first load,
 * HTML plus stylesheets in gzip bytes, stays within its kind's budget, and no page loads a
 * script file before search is opened.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from './dist.ts';

const { kinds } = JSON.parse(readFileSync(path.join(import.meta.dirname, 'budgets.json'), 'utf8')) as {
  kinds: Record<string, { pattern: string; gzipBytes: number }>;
};
const kindOf = (url: string) => Object.entries(kinds).find(([, k]) => new RegExp(k.pattern).test(url))?.[0];
const gz = (file: string) => gzipSync(readFileSync(file)).length;

describe('page-weight budgets', () => {
  it('every page belongs to a page kind with a budget', () => {
    const unknown = builtPages()
      .map((p) => p.url)
      .filter((u) => !kindOf(u));
    expect(unknown).toEqual([]);
  });

  it('every page stays within its budget on first load', () => {
    const over: string[] = [];
    const heaviest: Record<string, { url: string; bytes: number }> = {};
    for (const p of builtPages()) {
      const css = p.doc
        .querySelectorAll('link[rel="stylesheet"]')
        .map((l) => gz(path.join(DIST, l.getAttribute('href')!)));
      const bytes = gzipSync(p.html).length + css.reduce((a, b) => a + b, 0);
      const kind = kindOf(p.url)!;
      if (bytes > kinds[kind]!.gzipBytes)
        over.push(`${p.url} (${kind}): ${bytes} bytes gzip, budget ${kinds[kind]!.gzipBytes}`);
      if (!heaviest[kind] || heaviest[kind]!.bytes < bytes) heaviest[kind] = { url: p.url, bytes };
    }
    console.log(
      `Heaviest page per kind (gzip, HTML + CSS): ${Object.entries(heaviest)
        .map(([k, v]) => `${k} ${(v.bytes / 1024).toFixed(1)} KB`)
        .join(', ')}`,
    );
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
