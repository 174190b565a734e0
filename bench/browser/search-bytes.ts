/**
 * What a search transferred, by file kind: Pagefind's code and page lists, which every first
 * search fetches whatever its query, apart from the words, filters and fragments the query needs.
 */
import type { SearchBytes } from './types.ts';

export type SearchFileKind = keyof SearchBytes;

const KINDS: [RegExp, SearchFileKind][] = [
  [/\.pf_meta$|\/pagefind-entry\.json$|\/parts\.json$/, 'pageLists'],
  [/\.pf_index$/, 'words'],
  [/\.pf_filter$/, 'filters'],
  [/\.pf_fragment$/, 'fragments'],
  [/\/_search\/[^/]+\.js$|\/pagefind(-worker)?\.js$|\/wasm\.[^/]+\.pagefind$/, 'code'],
];

/** The kind of a file a search fetched, from its URL (query and hash ignored). */
export function searchFileKind(url: string): SearchFileKind {
  const { pathname } = new URL(url);
  return KINDS.find(([re]) => re.test(pathname))?.[1] ?? 'other';
}

export const noSearchBytes = (): SearchBytes => ({
  code: 0,
  pageLists: 0,
  words: 0,
  filters: 0,
  fragments: 0,
  other: 0,
});

/** The least any first search fetches from this index: the bytes no query can avoid. */
export const fixedSearchBytes = (b: SearchBytes) => b.code + b.pageLists;
