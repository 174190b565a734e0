/**
 * Builds the Pagefind index of a built site with Pagefind's Node API, checking every step's
 * errors and closing the indexer in any case.
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { withAcronymFilters } from './search-acronyms.ts';
import type { SearchRecord } from './search-meta.ts';

/** Pages sent to Pagefind before waiting for its answers. */
const IN_FLIGHT = 32;

/**
 * Indexes `siteDir` and the extra records into `siteDir/pagefind/`; returns the number of
 * entries indexed.
 */
export async function indexSite(siteDir: string, records: SearchRecord[] = []): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    // Page by page rather than addDirectory: each page gets its acronym filters in the index only.
    // Several pages in flight at once: Pagefind's service parses them while the next are read.
    const files = globSync('**/*.html', { cwd: siteDir });
    const addFile = async (file: string) => {
      const content = withAcronymFilters(readFileSync(path.join(siteDir, file), 'utf8'));
      const added = await index.addHTMLFile({ sourcePath: file.split(path.sep).join('/'), content });
      if (added.errors.length)
        throw new Error(`Pagefind could not index ${path.join(siteDir, file)}: ${added.errors.join('; ')}`);
    };
    for (let i = 0; i < files.length; i += IN_FLIGHT)
      await Promise.all(files.slice(i, i + IN_FLIGHT).map(addFile));
    const pageCount = files.length;
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
