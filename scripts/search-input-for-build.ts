/**
 * Writes what Pagefind reads of the site Astro built (src/lib/search-index.ts: the pages cut to
 * what is indexed, the recordings' records, the parts), in a process of its own started by
 * scripts/build.ts beside scripts/finish-for-build.ts, each on a core. Its memory (about 350 MB
 * at 10,000 sessions) is freed before Pagefind runs. Writes the search inputs as JSON to the
 * file given by --inputs; prints what stopped it and exits 1.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { writeSearchInputs } from '../src/lib/search-index.ts';
import type { SearchRecord } from '../src/lib/search-meta.ts';

const { values } = parseArgs({
  options: { site: { type: 'string' }, facts: { type: 'string' }, inputs: { type: 'string' } },
});
if (!values.site || !values.facts || !values.inputs) {
  console.error(
    'Usage: node scripts/search-input-for-build.ts --site <folder> --facts <file.json> --inputs <file.json>',
  );
  process.exit(2);
}
const { site, facts, inputs } = values;
try {
  const { recordings } = JSON.parse(readFileSync(facts, 'utf8')) as { recordings: SearchRecord[] };
  writeFileSync(inputs, JSON.stringify(writeSearchInputs(site, recordings)));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
