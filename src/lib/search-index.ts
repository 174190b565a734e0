/**
 * Builds the Pagefind index of a built site with Pagefind's command line, from a copy of what it
 * indexes, and checks that every page and record is in it.
 */
import { existsSync, globSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeAttr } from './acronyms.ts';
import { folderDigest, keepPart, restorePart } from './search-index-cache.ts';
import { runNode } from './run-node.ts';
import { BODY_TAG, withAcronymFilters } from './search-acronyms.ts';
import type { SearchRecord } from './search-meta.ts';
import {
  dictionaryId,
  ENTRIES_PER_PART,
  PART_KEEPS,
  partFolder,
  PARTS_FILE,
  SORT_TAG,
  splitInput,
  type SearchDocument,
  type SearchInput,
  type SearchParts,
} from './search-parts.ts';

/**
 * The part of a built page Pagefind reads: its `data-pagefind-body` element (where this site
 * also puts a page's filters and meta) in a bare document. Pagefind indexes nothing else, so the
 * head, JSON-LD, header and footer are bytes it would parse for nothing: about half of a
 * session page. A page without that element gives undefined, as Pagefind would skip it.
 */
export function indexedDocument(html: string): string | undefined {
  const open = BODY_TAG.exec(html);
  if (!open) return undefined;
  const tags = new RegExp(`<(/?)${open[1]}\\b[^>]*>`, 'gi');
  tags.lastIndex = open.index + open[0].length;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      const body = html.slice(open.index, m.index + m[0].length);
      return `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${body}</body></html>`;
    }
  }
  // Unbalanced (not what Astro writes): let Pagefind read the whole page.
  return html;
}

/**
 * Writes what Pagefind reads of each built page of `siteDir` (indexedDocument, with its acronym
 * filters) to the same path under `input`. Synchronous: awaiting each of thousands of small
 * reads and writes took twice as long.
 */
function writeSearchInput(siteDir: string, files: string[], input: string): SearchDocument[] {
  const made = new Set<string>();
  const written: SearchDocument[] = [];
  for (const file of files) {
    const indexed = indexedDocument(readFileSync(path.join(siteDir, file), 'utf8'));
    if (indexed === undefined) continue;
    const target = path.join(input, file);
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(target, withAcronymFilters(indexed));
    written.push({ file, year: SORT_TAG.exec(indexed)?.[1] ?? '' });
  }
  return written;
}

/**
 * Where the copy for Pagefind goes: in memory (/dev/shm) where the system has it, since the copy
 * is thousands of small files and folders, each a slow metadata write on a disk (at 1,000
 * sessions 1.5 s against 0.3 s); otherwise beside the site. Named after the site's path, so the
 * next build of the same site clears what a stopped one left.
 */
export function searchInputFolder(siteDir: string): string {
  const name = `search-input-${createHash('sha256').update(path.resolve(siteDir)).digest('hex').slice(0, 16)}`;
  return existsSync(SHM) ? path.join(SHM, name) : path.join(path.dirname(siteDir), `.${name}`);
}
const SHM = '/dev/shm';

/** Where records' documents go in the copy: a folder no site path uses. */
const RECORDS = '_search-records';

/**
 * A search record as a document Pagefind reads like a page: its text, and its meta, filters and
 * sort key as empty elements, as on the site's pages. Its `url` goes in as meta: Pagefind names
 * a document by its file, and the search code opens `meta.url` where a result has one
 * (src/client/search/engine.ts).
 */
export function recordDocument(record: SearchRecord): string {
  const tag = (kind: string, value: string) => `<span data-pagefind-${kind}="${escapeAttr(value)}"></span>`;
  const tags = [
    ...Object.entries({ ...record.meta, url: record.url }).map(([k, v]) => tag('meta', `${k}:${v}`)),
    ...Object.entries(record.filters).flatMap(([k, vs]) => vs.map((v) => tag('filter', `${k}:${v}`))),
    ...Object.entries(record.sort).map(([k, v]) => tag('sort', `${k}:${v}`)),
  ];
  return (
    `<!doctype html><html lang="${escapeAttr(record.language)}"><head><meta charset="utf-8"></head><body>` +
    `<article data-pagefind-body><div hidden>${tags.join('')}</div><p>${escapeAttr(record.content)}</p></article></body></html>`
  );
}

function writeRecords(records: SearchRecord[], input: string): SearchDocument[] {
  return records.map((record, i) => {
    const file = path.join(RECORDS, String(i), 'index.html');
    mkdirSync(path.dirname(path.join(input, file)), { recursive: true });
    // A record carries its acronym filters already (recordingRecords).
    writeFileSync(path.join(input, file), recordDocument(record));
    return { file, year: record.sort.year ?? '' };
  });
}

/** Pagefind's command line, through its npm package's runner, which finds the binary. */
const PAGEFIND_CLI = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));

/** Runs Pagefind's command line; its output is shown only if it fails. */
const runPagefind = (args: string[]) =>
  runNode([PAGEFIND_CLI, ...args], (ended, output) => `Pagefind stopped (${ended}):\n${output.trim()}`);

/** How many entries the Pagefind index in `dir` holds, from its entry file. */
export function indexedCount(dir: string): number {
  const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

/** What names Pagefind's output besides its input: its version and how it is run. */
const PAGEFIND_VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as {
    version: string;
  }
).version;
const PAGEFIND_ARGS = ['--force-language', 'en'];

/**
 * Indexes one part (or takes its output from `cache` when its input is unchanged); gives its
 * entry count, for a part with a dictionary that page's id, whether it was kept, and the keeping
 * of its output in the cache, still finishing (`besides`: what in `output` is not its).
 */
async function indexPart(
  { folder, dictionary }: SearchInput,
  output: string,
  slot: string,
  { cache, besides = [] }: { cache?: string; besides?: string[] },
) {
  const digest =
    cache && folderDigest(folder, `pagefind ${PAGEFIND_VERSION} ${PAGEFIND_ARGS.join(' ')} ${slot}`);
  const kept = !!cache && restorePart(cache, slot, digest!, output);
  let keeping = Promise.resolve();
  if (!kept) {
    // Pagefind writes new files only: never over one shared with the cache (search-index-cache.ts).
    await rm(output, { recursive: true, force: true });
    await runPagefind(['--site', folder, '--output-path', output, ...PAGEFIND_ARGS]);
    if (slot !== MAIN)
      for (const f of readdirSync(output))
        if (!PART_KEEPS.test(f)) await rm(path.join(output, f), { recursive: true, force: true });
    if (cache) keeping = keepPart(cache, slot, digest!, output, besides);
    // Handled where the build awaits it; until then a failed keep must not end the process.
    keeping.catch(() => {});
  }
  const count = indexedCount(output);
  const hidden = dictionary ? [dictionaryId(output)] : [];
  return { count: count - hidden.length, hidden, kept, keeping };
}
const MAIN = 'main';

export interface IndexOptions {
  /** Entries per Pagefind run; past it the index comes in parts. */
  perPart?: number;
  /** The folder where each part's output is kept for the next build; none: every part is indexed. */
  cache?: string;
}

export interface IndexResult {
  /** Pages and records in the index. */
  entries: number;
  /** Pagefind runs the index took (1 without parts), and how many of them were copied from the cache. */
  parts: number;
  kept: number;
}

/**
 * What Pagefind will read, as written by writeSearchInputs: the input of each part (one without
 * parts), and how many pages and records went in. Plain JSON, so the build can write it in a
 * process of its own and index it from another.
 */
export interface SearchInputs {
  parts: SearchInput[];
  pages: number;
  records: number;
}

/**
 * Writes what Pagefind reads of `siteDir` and the extra records to a folder beside the site:
 * a copy of the pages cut to what it indexes, each with its acronym filters (which exist in the
 * index only), and a document per record; past `perPart` entries, in parts with their
 * dictionaries. The caller removes `searchInputFolder(siteDir)` when done (indexSite does).
 */
export function writeSearchInputs(
  siteDir: string,
  records: SearchRecord[] = [],
  perPart = ENTRIES_PER_PART,
): SearchInputs {
  const input = searchInputFolder(siteDir);
  rmSync(input, { recursive: true, force: true });
  const pages = writeSearchInput(siteDir, globSync('**/*.html', { cwd: siteDir }).sort(), input);
  const documents = [...pages, ...writeRecords(records, input)];
  const count = Math.ceil(documents.length / perPart);
  const parts = count > 1 ? splitInput(input, documents, count) : [{ folder: input, dictionary: false }];
  return { parts, pages: pages.length, records: records.length };
}

/**
 * Indexes what writeSearchInputs wrote into `siteDir/pagefind/` (its parts in folders below,
 * listed in `parts.json`) and checks that every page and record is in it. Pagefind's command
 * line indexes a folder in parallel and wrote the index of 10,000 sessions in 31 s, where its
 * Node API took 50 s for the same pages.
 */
export async function indexSearchInputs(
  siteDir: string,
  { parts, pages, records }: SearchInputs,
  cache?: string,
): Promise<IndexResult> {
  const output = path.join(siteDir, 'pagefind');
  const written: SearchParts = { parts: parts.slice(1).map((_, i) => partFolder(i + 1)), hidden: [] };
  let indexed = 0;
  let kept = 0;
  const keeping: Promise<void>[] = [];
  // One run at a time: their memory never adds up. What a part's slot in the cache held before
  // is deleted while the next part is indexed.
  for (const [i, one] of parts.entries()) {
    const out = i ? path.join(output, written.parts[i - 1]!) : output;
    const slot = i ? written.parts[i - 1]!.replace(/\/$/, '') : MAIN;
    const part = await indexPart(one, out, slot, { cache, besides: i ? [] : written.parts });
    indexed += part.count;
    kept += Number(part.kept);
    keeping.push(part.keeping);
    written.hidden.push(...part.hidden);
  }
  await Promise.all(keeping);
  // A new file, never one written in place: the index's files are hard links into the cache.
  rmSync(path.join(output, PARTS_FILE), { force: true });
  writeFileSync(path.join(output, PARTS_FILE), JSON.stringify(written));
  if (indexed !== pages + records)
    throw new Error(
      `Pagefind indexed ${indexed} of the ${pages} pages and ${records} records of ${siteDir}.`,
    );
  return { entries: indexed, parts: parts.length, kept };
}

/** Both in one process: writes the search input of `siteDir`, indexes it and removes it. */
export async function indexSite(
  siteDir: string,
  records: SearchRecord[] = [],
  { perPart = ENTRIES_PER_PART, cache }: IndexOptions = {},
): Promise<IndexResult> {
  try {
    return await indexSearchInputs(siteDir, writeSearchInputs(siteDir, records, perPart), cache);
  } finally {
    await rm(searchInputFolder(siteDir), { recursive: true, force: true });
  }
}
