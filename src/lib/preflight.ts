/**
 * The content check shared by `npm run check` and the build's first step.
 */
import { readContent, strayFiles } from './content-files.ts';
import { contentRoot, displayPath } from './collections.ts';
import { listContent } from './safe-files.ts';
import { formatErrors, validateContent, type ContentError } from './validate.ts';
import type { Records } from './records.ts';

/** Every content error, and the records when there are none. */
export function checkContentRecords(
  root: string,
  contentDir = contentRoot(root),
): { errors: ContentError[]; records: Records } {
  // One listing for reading and for stray files: no file is looked at twice, none is followed.
  const listing = listContent(contentDir);
  const { entries, errors } = readContent(root, contentDir, listing);
  const validated = validateContent(entries, { contentDir: displayPath(root, contentDir) });
  return {
    errors: [...errors, ...strayFiles(root, contentDir, listing), ...validated.errors],
    records: validated.records,
  };
}

export const checkContent = (root: string, contentDir?: string): ContentError[] =>
  checkContentRecords(root, contentDir).errors;

/** Prints the result; returns the validated records, or undefined when content has errors. */
export function runContentCheck(root: string, { quiet = false } = {}): { records: Records } | undefined {
  const { errors, records } = checkContentRecords(root);
  if (errors.length) {
    console.error(formatErrors(errors));
    return undefined;
  }
  if (!quiet) console.log('Content check: no errors.');
  return { records };
}
