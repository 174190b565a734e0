/**
 * `npm run import -- <file> [--year <year>] [--mc-name <name>] [--video <id>=<session>] [--dry-run]`:
 * imports the MC's sessions of one year from Indico's JSON export or an iCalendar file, or its
 * recordings from a YouTube feed or yt-dlp's playlist JSON, into content/ (src/lib/import/);
 * prints what it added, updated, kept and skipped, then runs the content check.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot, displayPath } from '../src/lib/collections.ts';
import { applyWrites, loadContent, readExportFile } from '../src/lib/import/files.ts';
import { ImportError } from '../src/lib/import/model.ts';
import { planImport } from '../src/lib/import/plan.ts';
import { planVideoImport } from '../src/lib/import/plan-videos.ts';
import { parseInput } from '../src/lib/import/source.ts';
import { formatSummary } from '../src/lib/import/summary.ts';
import { nextSteps } from '../src/lib/import/year.ts';
import { checkContent } from '../src/lib/preflight.ts';
import { formatErrors } from '../src/lib/validate.ts';

const USAGE = `Usage: npm run import -- <file> [--year <year>] [--mc-name "<name>"] [--video <id>=<session id|none>] [--dry-run]
  <file>: Indico's export (.json), the MC's calendar (.ics), a YouTube feed (.xml) or yt-dlp --flat-playlist -J output (.json)`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    year: { type: 'string' },
    'mc-name': { type: 'string', multiple: true, default: [] },
    video: { type: 'string', multiple: true, default: [] },
    'dry-run': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help || positionals.length !== 1) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}
const year = values.year === undefined ? undefined : Number(values.year);
if (year !== undefined && !/^\d{4}$/.test(values.year!)) {
  console.error(`--year expects a year such as 2024, found "${values.year}".\n${USAGE}`);
  process.exit(2);
}
const videos: Record<string, string> = {};
for (const v of values.video) {
  const m = /^([\w-]{11})=(none|\d{4}\/[\w-]+)$/.exec(v.trim());
  if (!m) {
    console.error(
      `--video expects <video id>=<session id>, such as dQw4w9WgXcQ=2026/posted-msi (or =none), found "${v}".`,
    );
    process.exit(2);
  }
  videos[m[1]!] = m[2]!;
}

const root = process.cwd();
// npm runs scripts in the project folder; a path the organiser typed is relative to where they were.
const from = process.env.INIT_CWD ?? root;
const file = path.resolve(from, positionals[0]!);
const relative = path.relative(from, file);
const shown = relative && !relative.startsWith('..') ? relative : file;
const dryRun = values['dry-run'];

try {
  const input = parseInput(readExportFile(file));
  const contentDir = displayPath(root, contentRoot(root));
  const existing = loadContent(root);
  const mcNames = values['mc-name'].map((n) => n.trim()).filter(Boolean);
  const { writes, summary } =
    input.kind === 'videos'
      ? planVideoImport(input.feed, existing, { year, contentDir, mcNames, videos })
      : planImport(input.source, existing, {
          year,
          currentYear: new Date().getFullYear(),
          contentDir,
          mcNames,
        });
  if (!dryRun) applyWrites(root, writes);
  console.log(formatSummary(summary, shown, dryRun));
  if (summary.yearCreated)
    console.log(
      `\nNext:\n${nextSteps(summary.year, true)
        .map((s, i) => `  ${i + 1}. ${s}`)
        .join('\n')}`,
    );
  if (!dryRun) {
    const errors = checkContent(root);
    if (errors.length) {
      console.error(`\nThe content check fails after the import:\n${formatErrors(errors)}`);
      process.exit(1);
    }
    console.log('\nContent check: no errors.');
  }
} catch (e) {
  if (!(e instanceof ImportError)) throw e;
  console.error(`Could not import ${shown}:\n  ${e.message}`);
  process.exit(1);
}
