/**
 * Builds the Pagefind index of a built site with Pagefind's Node API, checking every step's
 * errors and closing the indexer in any case.
 */
import { existsSync, globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import * as pagefind from 'pagefind';
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

/**
 * Indexes `siteDir` and the extra records into `siteDir/pagefind/`; returns the number of
 * entries indexed. Pagefind reads a copy of the pages cut to what it indexes, each with its
 * acronym filters (which exist in the index only), from a folder beside the site: its own
 * directory walk indexes them in parallel, where pages sent one by one through the Node API are
 * parsed one at a time (at 10,000 sessions, 46 s against 65 s for the whole index).
 */
export async function indexSite(siteDir: string, records: SearchRecord[] = []): Promise<number> {
  const input = searchInputFolder(siteDir);
  await rm(input, { recursive: true, force: true });
  try {
    const pages = writeSearchInput(siteDir, input);
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: input });
    if (added.errors.length)
      throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    if (added.page_count !== pages)
      throw new Error(`Pagefind indexed ${added.page_count} of the ${pages} pages of ${siteDir}.`);
    for (const record of records) {
      const r = await index.addCustomRecord(record);
      if (r.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${r.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length)
      throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return pages + records.length;
  } finally {
    await pagefind.close();
    await rm(input, { recursive: true, force: true });
  }
}
