/**
 * The bench splits a search's bytes by file kind (bench/browser/search-bytes.ts) to show what
 * every first search fetches whatever its query. Held to the index the build really writes, so
 * a Pagefind that names its files otherwise fails here instead of moving bytes into "other".
 */
import { globSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { searchFileKind } from '../../bench/browser/search-bytes.ts';
import { DIST, requireDist } from './dist.ts';

const url = (file: string) => `http://127.0.0.1:4321/${file}`;

describe('search bytes by kind, on the built index', () => {
  requireDist();
  const files = globSync('{pagefind,_search}/**/*', { cwd: DIST, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => `${d.parentPath.slice(DIST.length + 1)}/${d.name}`.replace(/\\/g, '/'));

  it('counts each kind of file the search code fetches', () => {
    const kinds = Object.groupBy(files, (f) => searchFileKind(url(f)));
    expect(kinds.pageLists).toEqual(
      expect.arrayContaining([
        'pagefind/pagefind-entry.json',
        'pagefind/parts.json',
        expect.stringMatching(/\.pf_meta$/),
      ]),
    );
    expect(kinds.code).toEqual(
      expect.arrayContaining([
        'pagefind/pagefind.js',
        'pagefind/wasm.en.pagefind',
        expect.stringMatching(/^_search\/.+\.js$/),
      ]),
    );
    for (const kind of ['words', 'filters', 'fragments'] as const)
      expect(kinds[kind]?.length).toBeGreaterThan(0);
  });

  it('leaves out of the fixed part only what the search code never fetches', () => {
    const other = files.filter((f) => searchFileKind(url(f)) === 'other');
    // Pagefind's own UIs and the highlight script: this site ships its own search code.
    for (const f of other)
      expect(f).toMatch(/^pagefind\/pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/);
  });

  it('ignores the query and hash of a URL', () => {
    expect(searchFileKind('http://h/pagefind/pagefind.en_1.pf_meta?ts=1#x')).toBe('pageLists');
    expect(searchFileKind('http://h/years/2023/')).toBe('other');
  });
});
