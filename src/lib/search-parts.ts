/**
 * A large archive's search index in parts: which entries go to which part, the dictionary each
 * part gets, and parts.json, which the search code reads to merge them
 * (src/client/search/engine.ts). Indexing itself is search-index.ts.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** What Pagefind is given to index: a file under the input folder and the year it sorts by. */
export interface SearchDocument {
  file: string;
  year: string;
}

/** The sort key a page carries (SearchTags.astro): filter-only searches list newest first. */
export const SORT_TAG = /data-pagefind-sort="year:([^"]*)"/;

/**
 * The part of the index each document goes to, from the years they sort by. Pagefind scores a
 * sorted result by how many entries of its own index sort at or after it, and a merged search
 * orders results by score, then by part. So the documents are dealt out from the oldest
 * backwards, the first part taking the newest of each run of `parts`: a filter-only search of
 * the merged parts then lists them newest first, exactly as one index would.
 */
export function assignParts(years: string[], parts: number): number[] {
  const order = years.map((_, i) => i).sort((a, b) => years[b]!.localeCompare(years[a]!) || a - b);
  const part = new Array<number>(years.length);
  order.forEach((doc, i) => (part[doc] = parts - 1 - ((order.length - 1 - i) % parts)));
  return part;
}

/** Moves each document of `input` into the folder of its part (a rename: the copy is small files). */
export function splitInput(input: string, documents: SearchDocument[], count: number): SearchInput[] {
  // A word's parts are kept as the bits of one number (writeDictionaries).
  if (count > 31)
    throw new Error(
      `The search index would need ${count} parts of ${ENTRIES_PER_PART} entries; at most 31 are supported. Raise ENTRIES_PER_PART in src/lib/search-parts.ts.`,
    );
  const folders = Array.from({ length: count }, (_, i) => path.join(input, '_search-parts', String(i)));
  const made = new Set<string>();
  const parts = assignParts(
    documents.map((d) => d.year),
    count,
  );
  parts.forEach((part, i) => {
    const target = path.join(folders[part]!, documents[i]!.file);
    if (!made.has(path.dirname(target))) {
      mkdirSync(path.dirname(target), { recursive: true });
      made.add(path.dirname(target));
    }
    renameSync(path.join(input, documents[i]!.file), target);
  });
  const dictionaries = writeDictionaries(
    folders,
    documents.map((d, i) => path.join(folders[parts[i]!]!, d.file)),
    parts,
  );
  return folders.map((folder, k) => ({ folder, dictionary: dictionaries[k]! }));
}

/** A folder Pagefind indexes as one part, and whether it holds a dictionary. */
export interface SearchInput {
  folder: string;
  dictionary: boolean;
}

/** The words of an indexed document, lower-cased, as Pagefind would split them at the least. */
export function documentWords(html: string): Set<string> {
  const text = html.replace(/<[^>]*>/g, ' ').toLowerCase();
  return new Set(text.split(/\s+/).filter(Boolean));
}

/** Where a part's dictionary goes: a path no site page uses. */
export const DICTIONARY = '_search-dictionary/';

/**
 * Gives every part a document of the words that are elsewhere in the archive but not in it.
 * Pagefind drops a query word its index does not hold, so without one a part lacking a rare
 * word would answer "live migration" with every page on "live". With it, the word is known
 * everywhere, and only the dictionary (which the search code hides) matches there.
 */
function writeDictionaries(folders: string[], files: string[], parts: number[]): boolean[] {
  // Read back from the copy rather than kept from writing it: only the words stay in memory.
  const seen = new Map<string, number>();
  files.forEach((file, i) => {
    const bit = 1 << parts[i]!;
    for (const w of documentWords(readFileSync(file, 'utf8'))) seen.set(w, (seen.get(w) ?? 0) | bit);
  });
  return folders.map((folder, k) => {
    const missing = [...seen].filter(([, mask]) => !(mask & (1 << k))).map(([w]) => w);
    if (!missing.length) return false;
    mkdirSync(path.join(folder, DICTIONARY), { recursive: true });
    writeFileSync(
      path.join(folder, DICTIONARY, 'index.html'),
      '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>' +
        `<article data-pagefind-body><p>${missing.join(' ')}</p></article></body></html>`,
    );
    return true;
  });
}

/**
 * The page id Pagefind gave a part's dictionary: the id of its fragment, found by the URL inside,
 * largest file first (a dictionary is usually by far the largest).
 */
export function dictionaryId(output: string): string {
  const dir = path.join(output, 'fragment');
  const files = readdirSync(dir)
    .map((f) => ({ f, size: statSync(path.join(dir, f)).size }))
    .sort((a, b) => b.size - a.size);
  for (const { f } of files) {
    const text = gunzipSync(readFileSync(path.join(dir, f))).toString('utf8');
    const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
    if (fragment.url.endsWith(`/${DICTIONARY}`)) return f.replace(/\.pf_fragment$/, '');
  }
  throw new Error(`The dictionary of the search index part in ${output} was not found among its fragments.`);
}

/**
 * How many pages and records one Pagefind run indexes at most. Pagefind holds a whole index in
 * memory (about 0.5 GB, plus 0.15 GB per thousand pages of this site): one index of 10,000
 * sessions (16,700 entries) took 2.9 GB. Past this size the entries are split into parts, each
 * indexed by a run of its own, one after another, and the search code merges them (parts.json).
 */
export const ENTRIES_PER_PART = 6000;

/** The parts beside the main index, as URLs relative to it (src/client/search/engine.ts). */
export const PARTS_FILE = 'parts.json';
export const partFolder = (i: number) => `part-${i}/`;
/** What a merged part needs: the main index brings the code and the WebAssembly. */
export const PART_KEEPS = /^(pagefind-entry\.json|.*\.pf_meta|index|fragment|filter)$/;

/** parts.json: the parts to merge into the main index, and the ids of pages no search shows. */
export interface SearchParts {
  parts: string[];
  hidden: string[];
}
