/**
 * `npm run check`: validates content/ in a second, without building. Exits non-zero and
 * prints every problem (file, field, line, what is allowed, how to fix) when content is bad.
 */
import { runContentCheck } from '../src/lib/preflight.ts';

const valid = runContentCheck(process.cwd(), { quiet: process.argv.includes('--quiet') });
process.exit(valid ? 0 : 1);
