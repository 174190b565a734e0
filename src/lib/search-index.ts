/**
 * Builds the Pagefind index of a built site with Pagefind's Node API, checking every step's
 * errors and closing the indexer in any case.
 */
import * as pagefind from 'pagefind';
import type { SearchRecord } from './search-meta.ts';

/**
 * Indexes `siteDir` and the extra records into `siteDir/pagefind/`; returns the number of
 * entries indexed.
 */
export async function indexSite(siteDir: string, records: SearchRecord[] = []): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length)
      throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    for (const record of records) {
      const r = await index.addCustomRecord(record);
      if (r.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${r.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length)
      throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count + records.length;
  } finally {
    await pagefind.close();
  }
}
