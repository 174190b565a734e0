/**
 * Builds the Pagefind index of a built site with Pagefind's Node API, checking every step's
 * errors and closing the indexer in any case.
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { BODY_TAG, withAcronymFilters } from './search-acronyms.ts';
import type { SearchRecord } from './search-meta.ts';

/** Pages sent to Pagefind before waiting for its answers. */
const IN_FLIGHT = 32;

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
 * Indexes `siteDir` and the extra records into `siteDir/pagefind/`; returns the number of
 * entries indexed.
 */
export async function indexSite(siteDir: string, records: SearchRecord[] = []): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    // Page by page rather than addDirectory: each page gets its acronym filters in the index only,
    // and Pagefind reads only the part it indexes. Several pages in flight at once: Pagefind's
    // service parses them while the next are read.
    const files = globSync('**/*.html', { cwd: siteDir });
    let pageCount = 0;
    const addFile = async (file: string) => {
      const indexed = indexedDocument(readFileSync(path.join(siteDir, file), 'utf8'));
      if (indexed === undefined) return;
      pageCount++;
      const content = withAcronymFilters(indexed);
      const added = await index.addHTMLFile({ sourcePath: file.split(path.sep).join('/'), content });
      if (added.errors.length)
        throw new Error(`Pagefind could not index ${path.join(siteDir, file)}: ${added.errors.join('; ')}`);
    };
    for (let i = 0; i < files.length; i += IN_FLIGHT)
      await Promise.all(files.slice(i, i + IN_FLIGHT).map(addFile));
    for (const record of records) {
      const r = await index.addCustomRecord(record);
      if (r.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${r.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length)
      throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return pageCount + records.length;
  } finally {
    await pagefind.close();
  }
}
