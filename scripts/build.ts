/**
 * `npm run build`: checks content while Astro builds the site, finishes the pages, indexes them
 * with Pagefind, and only then replaces dist/. A failure at any step leaves the previous dist/
 * as it was.
 *
 *   node scripts/build.ts [--out <folder>] [--no-wait]   (--out: another folder than dist/)
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { deployment, deploymentNotice } from '../src/deploy.ts';
import { contentRoot, displayPath } from '../src/lib/collections.ts';
import { prepareStore, projectStoreDigest, storeBuilt } from '../src/lib/build-cache.ts';
import { indexSearchInputs, searchInputFolder, type SearchInputs } from '../src/lib/search-index.ts';
import { preloadSearchPage } from '../src/lib/search-preload.ts';
import { paths, withBase } from '../src/lib/urls.ts';
import { startBuild } from '../src/lib/build-lock.ts';
import { runNode } from '../src/lib/run-node.ts';

const root = process.cwd();
// --no-wait is read by the build lock (src/lib/build-lock.ts).
const { values } = parseArgs({ options: { out: { type: 'string' }, 'no-wait': { type: 'boolean' } } });
const dist = values.out ? path.resolve(values.out) : path.join(root, 'dist');
const shown = displayPath(root, dist);
// Staging sits next to the output so the final renames stay on one file system.
const staging = `${dist}.next`;
const previous = `${dist}.previous`;
const removing = `${dist}.removing`;
const factsFile = `${dist}.facts.json`;
const inputsFile = `${dist}.search-inputs.json`;

/**
 * Deletes the build before the last one (`<out>.previous/`), kept since the last swap so that
 * deleting tens of thousands of files is not the end of every build; it runs beside the first
 * steps, which are busy with the CPU, not the disk. Moved aside first, so a deletion cut short
 * never leaves a half site where a stopped swap would be restored from.
 */
async function discardPrevious() {
  await removeFolder(removing);
  if (!(await exists(previous))) return;
  await rename(previous, removing);
  await removeFolder(removing);
}

/**
 * Deletes a folder in a process of its own. Node's asynchronous recursive rm of a site of 10,000
 * sessions (48,000 files) grew this process by about 140 MB, held through Astro's peak beside
 * it; a synchronous one grows nothing but would stop this process from passing on Astro's output.
 */
function removeFolder(folder: string): Promise<void> {
  const code = "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })";
  return runNode(
    ['-e', code, folder],
    (ended, output) =>
      `could not delete ${displayPath(root, folder)}/ (${ended}): ${/^Error.*$/m.exec(output)?.[0] ?? output.trim()}`,
  );
}

/** What the steps leave for each other: gone at the end, whether the build succeeds or not. */
async function removeTemporaries() {
  for (const p of [factsFile, inputsFile, searchInputFolder(staging)])
    await rm(p, { recursive: true, force: true });
}

async function exists(p: string) {
  return stat(p).then(
    () => true,
    () => false,
  );
}

interface Step {
  /** The exit code; null once stopped by the build (a stop by any other signal rejects). */
  done: Promise<number | null>;
  /** Passes on what the step printed so far and what it prints from now (a held step). */
  release(): void;
  /** Ends the step; settles once it has exited, so nothing it writes comes after. */
  stop(): Promise<void>;
}

/**
 * Waits for steps that run side by side; the first that fails stops the others. Gives the
 * failures' exit codes and names, none when all passed.
 */
async function sideBySide(steps: [string, Step][]): Promise<string[]> {
  const failed: string[] = [];
  await Promise.all(
    steps.map(async ([name, s]) => {
      const code = await s.done;
      if (code === 0 || code === null) return;
      failed.push(`${name} stopped (exit ${code})`);
      await Promise.all(steps.map(([, other]) => other !== s && other.stop()));
    }),
  );
  return failed;
}

/**
 * Runs one of the build's steps as a process of its own, whose memory is returned when it exits
 * (Node keeps a heap it has grown). A held step keeps its output until released, so a step
 * started early says nothing over the check; on a terminal it keeps its colours.
 */
function step(script: string, args: string[], { held = false } = {}): Step {
  const file = path.join(import.meta.dirname, script);
  const child = spawn(process.execPath, [...process.execArgv, file, ...args], {
    cwd: root,
    stdio: held ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: held && process.stdout.isTTY ? { FORCE_COLOR: '1', ...process.env } : process.env,
  });
  let kept: [NodeJS.WriteStream, Buffer][] | undefined = held ? [] : undefined;
  for (const [from, to] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const)
    from?.on('data', (chunk: Buffer) => (kept ? kept.push([to, chunk]) : to.write(chunk)));
  let stopped = false;
  const done = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (stopped) resolve(null);
      else if (signal) reject(new Error(`${script} stopped by ${signal}`));
      else resolve(code ?? 1);
    });
  });
  return {
    done,
    release() {
      for (const [to, chunk] of kept ?? []) to.write(chunk);
      kept = undefined;
    },
    async stop() {
      kept = undefined;
      stopped = true;
      child.kill();
      await done.catch(() => {});
    },
  };
}

let clearing: Promise<void> | undefined;

async function main() {
  const started = performance.now();
  // One build at a time (they share .astro/); released when the process ends, however it ends.
  await startBuild(root, dist, shown);
  const phases: string[] = [];
  let mark = started;
  const phase = (name: string) => {
    const now = performance.now();
    phases.push(`${name} ${((now - mark) / 1000).toFixed(1)} s`);
    mark = now;
  };
  // --out may name a folder whose parent does not exist yet; the facts file and staging sit there.
  await mkdir(path.dirname(dist), { recursive: true });
  await removeFolder(staging);
  const digest = projectStoreDigest(root, contentRoot(root));
  const store = await prepareStore(root, digest);
  clearing = discardPrevious();
  // Awaited before the swap (and its failure reported there), not the moment it fails.
  clearing.catch(() => {});
  // Astro starts beside the check, which has the second core to itself; it is heard from only
  // once the content has passed, and stopped if it has not.
  const astro = step('astro-build.ts', ['--out', staging], { held: true });
  const check = step('check-for-build.ts', ['--facts', factsFile]);
  if ((await check.done) !== 0) {
    await astro.stop();
    await rm(factsFile, { force: true });
    await rm(staging, { recursive: true, force: true });
    // A failed deletion of an old site must not hide the content errors.
    await clearing.catch(() => {});
    console.error(`\nBuild stopped: fix the content errors above. ${shown}/ was left as it was.`);
    process.exit(1);
  }
  phase('check (Astro started beside it)');
  astro.release();
  const built = await astro.done;
  if (built !== 0) throw new Error(`astro build stopped (exit ${built}); its messages are above.`);
  await storeBuilt(root, digest);
  phase(`astro (data store ${store})`);
  // Two steps that each read every page, one per core. The checked records reach the search
  // input through the facts file; no second parse.
  const failed = await sideBySide([
    ['finishing the built site', step('finish-for-build.ts', ['--site', staging])],
    [
      "writing Pagefind's input",
      step('search-input-for-build.ts', ['--site', staging, '--facts', factsFile, '--inputs', inputsFile]),
    ],
  ]);
  if (failed.length) throw new Error(`${failed.join('; ')}; its messages are above.`);
  phase('headers, integrity and search input');
  const inputs = JSON.parse(await readFile(inputsFile, 'utf8')) as SearchInputs;
  const index = await indexSearchInputs(staging, inputs, path.join(root, '.astro', 'search-index'));
  await removeTemporaries();
  preloadSearchPage(staging, withBase(paths.pagefind, deployment.base));
  // Parts whose pages did not change are copied from the last build (search-index-cache.ts).
  const unchanged =
    index.parts > 1 ? ` (${index.parts} parts, ${index.kept} unchanged)` : index.kept ? ' (unchanged)' : '';
  phase(`search index${unchanged}`);
  // Swap in two renames so dist/ is never half-written; the site it replaces stays beside it
  // until the next build.
  await clearing;
  if (await exists(dist)) await rename(dist, previous);
  await rename(staging, dist);
  console.log(
    `Built the site and a search index of ${index.entries} entries into ${shown}/ in ${((performance.now() - started) / 1000).toFixed(1)} s (${phases.join(', ')}).`,
  );
  console.log(deploymentNotice(process.env));
}

main().catch(async (error: unknown) => {
  await rm(staging, { recursive: true, force: true });
  await clearing?.catch(() => {});
  await removeTemporaries();
  console.error(`\nBuild failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error(`${shown}/ was left as it was.`);
  process.exit(1);
});
