/**
 * What the build does to Astro's output before Pagefind runs, in a process of its own (started
 * by scripts/build.ts): the headers file, the integrity check, and the copy Pagefind reads. Each
 * reads every page; at 10,000 sessions this process grows to about 750 MB, which Node keeps after
 * its garbage is collected, and which would otherwise sit beside each Pagefind run.
 * Prints the broken links, or what else stopped it, and exits 1; otherwise writes the search
 * inputs (src/lib/search-index.ts) as JSON to the file given by --inputs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { deployment } from '../src/deploy.ts';
import { checkIntegrity } from '../src/lib/integrity.ts';
import { writeHeaders } from '../src/lib/post-build.ts';
import { writeSearchInputs } from '../src/lib/search-index.ts';
import type { SearchRecord } from '../src/lib/search-meta.ts';

const { values } = parseArgs({
  options: { site: { type: 'string' }, facts: { type: 'string' }, inputs: { type: 'string' } },
});
if (!values.site || !values.facts || !values.inputs) {
  console.error(
    'Usage: node scripts/finish-for-build.ts --site <folder> --facts <file.json> --inputs <file.json>',
  );
  process.exit(2);
}
const { site, facts, inputs } = values;
try {
  writeHeaders(site);
  const problems = checkIntegrity(site, deployment.base);
  if (problems.length) {
    console.error(
      `The built site has ${problems.length} broken link(s) or unreachable page(s):\n${problems
        .slice(0, 20)
        .map((p) => `  ${p.page}: ${p.message}`)
        .join('\n')}`,
    );
    process.exit(1);
  }
  const { recordings } = JSON.parse(readFileSync(facts, 'utf8')) as { recordings: SearchRecord[] };
  writeFileSync(inputs, JSON.stringify(writeSearchInputs(site, recordings)));
} catch (error) {
  // As the build reports its own failures: the message, not a stack trace.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
