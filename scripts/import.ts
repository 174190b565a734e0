/**
 * `npm run import -- <file> [--year <year>] [--dry-run]`: imports the MC's sessions of one year
 * from Indico's JSON export or an iCalendar file into content/ (src/lib/import/), prints what
 * it added, updated, kept and skipped, then runs the content check.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot, displayPath } from '../src/lib/collections.ts';
import { applyWrites, loadContent, readExportFile } from '../src/lib/import/files.ts';
import { ImportError } from '../src/lib/import/model.ts';
import { formatSummary, planImport } from '../src/lib/import/plan.ts';
import { parseExport } from '../src/lib/import/source.ts';
import { nextSteps } from '../src/lib/import/year.ts';
import { checkContent } from '../src/lib/preflight.ts';
import { formatErrors } from '../src/lib/validate.ts';

const USAGE = 'Usage: npm run import -- <export.json | calendar.ics> [--year <year>] [--dry-run]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    year: { type: 'string' },
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

const root = process.cwd();
// npm runs scripts in the project folder; a path the organiser typed is relative to where they were.
const from = process.env.INIT_CWD ?? root;
const file = path.resolve(from, positionals[0]!);
const relative = path.relative(from, file);
const shown = relative && !relative.startsWith('..') ? relative : file;
const dryRun = values['dry-run'];

try {
  const source = parseExport(readExportFile(file));
  const contentDir = displayPath(root, contentRoot(root));
  const { writes, summary } = planImport(source, loadContent(root), {
    year,
    currentYear: new Date().getFullYear(),
    contentDir,
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
