/**
 * `astro build` into the folder given by --out, run by scripts/build.ts as a process of its own:
 * Astro's heap (gigabytes at 10,000 sessions) is returned to the system when it exits, before
 * the post-build steps and Pagefind run, so their memory never adds up with Astro's.
 */
import { parseArgs } from 'node:util';
import { build } from 'astro';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
if (!values.out) {
  console.error('Usage: node scripts/astro-build.ts --out <folder>');
  process.exit(2);
}
await build({ root: process.cwd(), outDir: values.out, logLevel: process.env.CI ? 'warn' : 'info' });
// Astro may leave handles open (watchers, workers); the build is done, so is the process.
process.exit(0);
