/**
 * The content check as the build runs it, in a process of its own (started by scripts/build.ts):
 * at 10,000 sessions it holds about 350 MB for 5 to 7 s, while Astro, started beside it, is still
 * loading (its peak comes tens of seconds later). Prints the same report as `npm run check` on errors and exits 1;
 * otherwise writes what the steps after Astro need (the recordings' search records) as JSON to
 * the file given by --facts.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { deployment } from '../src/deploy.ts';
import { buildArchive } from '../src/lib/archive.ts';
import { runContentCheck } from '../src/lib/preflight.ts';
import { recordingRecords } from '../src/lib/search-meta.ts';

const { values } = parseArgs({ options: { facts: { type: 'string' } } });
if (!values.facts) {
  console.error('Usage: node scripts/check-for-build.ts --facts <file.json>');
  process.exit(2);
}
const checked = runContentCheck(process.cwd(), { quiet: true });
if (!checked) process.exit(1);
const archive = buildArchive(checked.records);
writeFileSync(values.facts, JSON.stringify({ recordings: recordingRecords(archive, deployment.base) }));
