/**
 * Builds the Pagefind index of a built site with Pagefind's command line, from a copy of what it
 * indexes, and checks that every page and record is in it.
 */
import { existsSync, globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { escapeAttr } from './acronyms.ts';
import { BODY_TAG, withAcronymFilters } from './search-acronyms.ts';
import type { SearchRecord } from './search-meta.ts';

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
 * filters) to the same path under `input`; returns the number of pages written. Synchronous:
 * awaiting each of thousands of small reads and writes took twice as long.
 */
function writeSearchInput(siteDir: string, input: string): number {
  const made = new Set<string>();
  let pages = 0;
  for (const file of globSync('**/*.html', { cwd: siteDir })) {
    const indexed = indexedDocument(readFileSync(path.join(siteDir, file), 'utf8'));
    if (indexed === undefined) continue;
    const target = path.join(input, file);
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(target, withAcronymFilters(indexed));
    pages++;
  }
  return pages;
}

/**
 * Where the copy for Pagefind goes: in memory (/dev/shm) where the system has it, since the copy
 * is thousands of small files and folders, each a slow metadata write on a disk (at 1,000
 * sessions 1.5 s against 0.3 s); otherwise beside the site. Named after the site's path, so the
 * next build of the same site clears what a stopped one left.
 */
function searchInputFolder(siteDir: string): string {
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

function writeRecords(records: SearchRecord[], input: string): void {
  records.forEach((record, i) => {
    const folder = path.join(input, RECORDS, String(i));
    mkdirSync(folder, { recursive: true });
    // A record carries its acronym filters already (recordingRecords).
    writeFileSync(path.join(folder, 'index.html'), recordDocument(record));
  });
}

/** Pagefind's command line, through its npm package's runner, which finds the binary. */
const PAGEFIND_CLI = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));

/** Runs Pagefind's command line; its output is shown only if it fails. */
function runPagefind(args: string[]): Promise<void> {
  const child = spawn(process.execPath, [PAGEFIND_CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`Pagefind stopped (${signal ?? `exit ${code}`}):\n${output.trim()}`)),
    );
  });
}

/**
 * Indexes `siteDir` and the extra records into `siteDir/pagefind/`; returns the number of
 * entries indexed. Pagefind reads a copy of the pages cut to what it indexes, each with its
 * acronym filters (which exist in the index only), and a document per record, from a folder
 * beside the site. Its command line indexes a folder in parallel and wrote the index of 10,000
 * sessions in 31 s, where its Node API took 50 s for the same folder (and parses pages sent to
 * it one by one, one at a time).
 */
export async function indexSite(siteDir: string, records: SearchRecord[] = []): Promise<number> {
  const input = searchInputFolder(siteDir);
  await rm(input, { recursive: true, force: true });
  try {
    const pages = writeSearchInput(siteDir, input);
    writeRecords(records, input);
    const output = path.join(siteDir, 'pagefind');
    await runPagefind(['--site', input, '--output-path', output, '--force-language', 'en']);
    const entry = JSON.parse(readFileSync(path.join(output, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    if (indexed !== pages + records.length)
      throw new Error(
        `Pagefind indexed ${indexed} of the ${pages} pages and ${records.length} records of ${siteDir}.`,
      );
    return indexed;
  } finally {
    await rm(input, { recursive: true, force: true });
  }
}
