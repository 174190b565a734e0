/**
 * The content check shared by `npm run check` and the build's first step.
 */
import { readContent, strayFiles } from './content-files.ts';
import { formatErrors, validateContent, type ContentError } from './validate.ts';
import type { Records } from './records.ts';

/** Every content error, and the records when there are none. */
export function checkContentRecords(
  root: string,
  contentDir?: string,
): { errors: ContentError[]; records: Records } {
  const { entries, errors } = readContent(root, contentDir);
  const validated = validateContent(entries);
  return {
    errors: [...errors, ...strayFiles(root, contentDir), ...validated.errors],
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
