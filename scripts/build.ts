/**
 * `npm run build`: checks content, builds the site with Astro, indexes it with Pagefind, and
 * only then replaces dist/. A failure at any step leaves the previous dist/ as it was.
 */
import { rm, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'astro';
import { runContentCheck } from '../src/lib/preflight.ts';
import { buildArchive } from '../src/lib/archive.ts';
import { recordingRecords } from '../src/lib/search-meta.ts';
import { deployment, deploymentNotice } from '../src/deploy.ts';
import { displayPath } from '../src/lib/collections.ts';
import { checkIntegrity } from '../src/lib/integrity.ts';
import { finishSite, postBuildInput } from '../src/lib/post-build.ts';
import { indexSite } from '../src/lib/search-index.ts';
import { startBuild } from '../src/lib/build-lock.ts';

const root = process.cwd();
// --out <dir> builds somewhere else than dist/ (tests, benchmarks).
const outArg = process.argv.indexOf('--out');
const dist = outArg > 0 ? path.resolve(process.argv[outArg + 1]!) : path.join(root, 'dist');
const shown = displayPath(root, dist);
// Staging sits next to the output so the final renames stay on one file system.
const staging = `${dist}.next`;
const previous = `${dist}.previous`;

async function exists(p: string) {
  return stat(p).then(
    () => true,
    () => false,
  );
}

async function main() {
  const started = performance.now();
  // One build at a time (they share .astro/); released when the process ends, however it ends.
  await startBuild(root, dist, shown);
  const checked = runContentCheck(root, { quiet: true });
  if (!checked) {
    console.error(`\nBuild stopped: fix the content errors above. ${shown}/ was left as it was.`);
    process.exit(1);
  }
  // The checked records serve the post-build steps; no second parse of content/.
  const archive = buildArchive(checked.records);
  await rm(staging, { recursive: true, force: true });
  // Astro caches parsed entries and only notices changes to content.config.ts itself, not to
  // the schemas it imports: start from the files every time (fast here, and reproducible).
  for (const store of ['node_modules/.astro/data-store.json', '.astro/data-store.json'])
    await rm(path.join(root, store), { force: true });
  await build({ root, outDir: staging, logLevel: process.env.CI ? 'warn' : 'info' });
  await finishSite(staging, postBuildInput(archive, deployment.base));
  const problems = checkIntegrity(staging, deployment.base);
  if (problems.length) {
    throw new Error(
      `the built site has ${problems.length} broken link(s) or unreachable page(s):\n${problems
        .slice(0, 20)
        .map((p) => `  ${p.page}: ${p.message}`)
        .join('\n')}`,
    );
  }
  const pages = await indexSite(staging, recordingRecords(archive, deployment.base));
  // Swap in two renames so dist/ is never half-written.
  await rm(previous, { recursive: true, force: true });
  if (await exists(dist)) await rename(dist, previous);
  await rename(staging, dist);
  await rm(previous, { recursive: true, force: true });
  console.log(
    `Built the site and a search index of ${pages} entries into ${shown}/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  console.log(deploymentNotice(process.env));
}

main().catch(async (error: unknown) => {
  await rm(staging, { recursive: true, force: true });
  console.error(`\nBuild failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error(`${shown}/ was left as it was.`);
  process.exit(1);
});
