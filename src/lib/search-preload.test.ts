import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { firstSearchFiles, preloadLinks, withPreloads } from './search-preload.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A Pagefind output folder with an entry file per index and the parts file the build writes. */
function index(parts: string[]) {
  dir = mkdtempSync(path.join(tmpdir(), 'preload-'));
  for (const [i, p] of ['', ...parts].entries()) {
    mkdirSync(path.join(dir, p), { recursive: true });
    const entry = { version: '1.6.0', languages: { en: { hash: `en_${i}abc`, wasm: 'en', page_count: 3 } } };
    writeFileSync(path.join(dir, p, 'pagefind-entry.json'), JSON.stringify(entry));
  }
  writeFileSync(path.join(dir, 'parts.json'), JSON.stringify({ parts, hidden: [] }));
  return dir;
}

describe('the files a first search fetches', () => {
  it('are the code, the parts file and the page list of one index, not the WebAssembly', () => {
    expect(firstSearchFiles(index([]))).toEqual(['pagefind.js', 'parts.json', 'pagefind.en_0abc.pf_meta']);
  });

  it('add the page list of every part', () => {
    expect(firstSearchFiles(index(['part-1/', 'part-2/'])).slice(2)).toEqual([
      'pagefind.en_0abc.pf_meta',
      'part-1/pagefind.en_1abc.pf_meta',
      'part-2/pagefind.en_2abc.pf_meta',
    ]);
  });
});

describe('the preload links', () => {
  it('preload the code as a module and the rest as fetches Pagefind can use (crossorigin)', () => {
    expect(preloadLinks(['pagefind.js', 'pagefind.en_0abc.pf_meta'], '/mc/pagefind/')).toBe(
      '<link rel="modulepreload" href="/mc/pagefind/pagefind.js">' +
        '<link rel="preload" href="/mc/pagefind/pagefind.en_0abc.pf_meta" as="fetch" crossorigin>',
    );
  });

  it('go at the end of the head, and a page without one is an error, not a silent skip', () => {
    expect(withPreloads('<html><head><title>S</title></head><body></body></html>', '<link>', '/pf/')).toBe(
      '<html><head><title>S</title><link></head><body></body></html>',
    );
    expect(() => withPreloads('<p>no head</p>', '<link>', '/pf/')).toThrow(/no <\/head>/);
  });

  it("replace a page's earlier preloads of the index, and only those", () => {
    const page =
      '<head><link rel="modulepreload" href="/_search/page-A.js">' +
      '<link rel="preload" href="/pf/pagefind.en_old.pf_meta" as="fetch" crossorigin></head>';
    const again = withPreloads(page, preloadLinks(['pagefind.en_new.pf_meta'], '/pf/'), '/pf/');
    expect(again).toBe(
      '<head><link rel="modulepreload" href="/_search/page-A.js">' +
        '<link rel="preload" href="/pf/pagefind.en_new.pf_meta" as="fetch" crossorigin></head>',
    );
  });
});
