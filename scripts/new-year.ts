/**
 * `npm run new-year -- <year>`: starts a year of the archive. Writes content/years/<year>.mdx
 * (in preparation, with the edition's fields to fill as comments) and the empty session and
 * outcome folders, then says what to do next. Refuses a year that exists.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentRoot, displayPath } from '../src/lib/collections.ts';
import { nextSteps, yearFile, yearScaffold } from '../src/lib/import/year.ts';
import { FIRST_YEAR, LAST_YEAR } from '../src/schemas.ts';

const arg = process.argv[2];
if (!arg || !/^\d{4}$/.test(arg) || +arg < FIRST_YEAR || +arg > LAST_YEAR) {
  console.error(
    `Usage: npm run new-year -- <year>, a year from ${FIRST_YEAR} to ${LAST_YEAR}${arg ? ` (found "${arg}")` : ''}.`,
  );
  process.exit(2);
}
const year = Number(arg);
const root = process.cwd();
const top = contentRoot(root);
const target = path.join(top, yearFile(year));
if (existsSync(target)) {
  console.error(
    `${displayPath(root, target)} already exists: edit it instead. To start the year over, delete the file first.`,
  );
  process.exit(1);
}
writeFileSync(target, yearScaffold(year, {}, new Date().getFullYear()));
// Empty folders for the year's records; no placeholder file, since the check rejects any file no collection claims.
const folders = ['sessions', 'outcomes'].map((f) => path.join(top, f, String(year)));
for (const folder of folders) mkdirSync(folder, { recursive: true });
console.log(
  `Created ${displayPath(root, target)} (in preparation) and the folders ${folders.map((f) => `${displayPath(root, f)}/`).join(' and ')}.\n\nNext:`,
);
console.log(
  nextSteps(year, false)
    .map((s, i) => `  ${i + 1}. ${s}`)
    .join('\n'),
);
