/**
 * `npm run build`: checks content, builds the site with Astro, indexes it with Pagefind, and
 * only then replaces dist/. A failure at any step leaves the previous dist/ as it was.
 */
import { rm, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'astro';
import { runContentCheck } from '../src/lib/preflight.ts';
import { readContent } from '../src/lib/content-files.ts';
import { validateContent } from '../src/lib/validate.ts';
import { buildArchive } from '../src/lib/archive.ts';
import { recordingRecords } from '../src/lib/search-meta.ts';
import { deployment } from '../src/deploy.ts';
import { indexSite } from '../src/lib/search-index.ts';

const root = process.cwd();
const dist = path.join(root, 'dist');
const staging = path.join(root, '.astro', 'dist-next');
const previous = path.join(root, '.astro', 'dist-previous');

async function exists(p: string) {
  return stat(p).then(() => true, () => false);
}

async function main() {
  const started = performance.now();
  if (!runContentCheck(root, { quiet: true })) {
    console.error('\nBuild stopped: fix the content errors above. dist/ was left as it was.');
    process.exit(1);
  }
  await rm(staging, { recursive: true, force: true });
  // Astro caches parsed entries and only notices changes to content.config.ts itself, not to
  // the schemas it imports: start from the files every time (fast here, and reproducible).
  for (const store of ['node_modules/.astro/data-store.json', '.astro/data-store.json']) await rm(path.join(root, store), { force: true });
  await build({ root, outDir: staging, logLevel: process.env.CI ? 'warn' : 'info' });
  const archive = buildArchive(validateContent(readContent(root).entries).records);
  const pages = await indexSite(staging, recordingRecords(archive, deployment.base));
  // Swap in two renames so dist/ is never half-written.
  await rm(previous, { recursive: true, force: true });
  if (await exists(dist)) await rename(dist, previous);
  await rename(staging, dist);
  await rm(previous, { recursive: true, force: true });
  console.log(`Built the site and a search index of ${pages} entries into dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

main().catch((error: unknown) => {
  console.error(`\nBuild failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error('dist/ was left as it was.');
  process.exit(1);
});
