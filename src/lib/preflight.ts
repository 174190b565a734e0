/**
 * The content check shared by `npm run check` and the build's first step.
 */
import { readContent, strayFiles } from './content-files.ts';
import { formatErrors, validateContent, type ContentError } from './validate.ts';

export function checkContent(root: string, contentDir?: string): ContentError[] {
  const { entries, errors } = readContent(root, contentDir);
  return [...errors, ...strayFiles(root, contentDir), ...validateContent(entries).errors];
}

/** Prints the result; returns true when content is valid. */
export function runContentCheck(root: string, { quiet = false } = {}): boolean {
  const errors = checkContent(root);
  if (errors.length) {
    console.error(formatErrors(errors));
    return false;
  }
  if (!quiet) console.log('Content check: no errors.');
  return true;
}
