/**
 * `npm run bench`: how the archive's build and pages perform, measured, not asserted (timings
 * belong in benchmarks, not in `npm test`). Sections, each skippable:
 *
 *   pipelines   the real site built with Sätteri and with unified + remark-gfm (the decision in
 *               docs/architecture.md), alternating runs
 *   scale       a synthetic archive of N sessions (bench/generate.ts) built by this project, a
 *               bare Astro floor, Astro Starlight and Hugo (+ Pagefind), alternating runs, and a
 *               warm rebuild of ours after editing one session (bench/scale.ts)
 *   browser     Chromium (playwright-core) on the built sites: first-load bytes per page kind,
 *               search bytes and times through the UI
 *   lighthouse  Lighthouse scores of our page kinds (real content)
 *
 * Everything is built in folders under .bench/ (a copy of the project with its node_modules
 * linked, Starlight and Lighthouse installed there on first run), never in dist/. Results go to
 * docs/benchmarks.md and docs/benchmarks.json (or .bench/ with --no-docs). Flags: bench/options.ts.
 *
 *   npm run bench
 *   npm run bench -- --sizes 1000 --runs 1 --skip-starlight --skip-lighthouse --no-docs
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launch, measureSite } from './browser.ts';
import { lighthouseSite, setupLighthouse } from './lighthouse.ts';
import { parseOptions } from './options.ts';
import { REAL_SEARCH, realPaths } from './paths.ts';
import { comparePipelines } from './pipelines.ts';
import { log, newResult, outputSizes, renderOnly, resultDir, writeResults } from './results.ts';
import { runScale } from './scale.ts';
import { buildOurs, prepareOurCopy } from './sites/ours.ts';
import type { BenchResult, BrowserSite, Options } from './types.ts';
import { siteWeights } from './weights.ts';

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, '.bench');
const copy = path.join(work, 'ours');
const outDir = (name: string) => path.join(work, 'out', name);
const realContent = path.join(root, 'content');

async function browse(sites: BrowserSite[], result: BenchResult): Promise<void> {
  if (!sites.length) return;
  const browser = await launch();
  try {
    for (const s of sites) {
      log(`browser: ${s.site}`);
      result.browser.push({ site: s.site, result: await measureSite(browser, s.dir, s.kinds, s.plans) });
    }
  } finally {
    await browser.close();
  }
}

/** The real site: built with both pipelines (kept: the Sätteri build), or once. */
async function realSite(options: Options, result: BenchResult, real: string): Promise<void> {
  if (!options.skip.pipelines) {
    log(`pipelines: real site, ${options.runs} alternating runs each`);
    const p = await comparePipelines(copy, realContent, real, options.runs, options.buildCapSeconds);
    result.pipelines = { ...p, realSite: outputSizes(real) };
    for (const f of p.failures) result.notes.push(`Pipeline build failed: ${f.split('\n')[0]}`);
  } else if (!options.skip.browser || !options.skip.lighthouse) {
    log('building the real site once (pipelines skipped)');
    const r = await buildOurs({
      copy,
      content: realContent,
      out: real,
      timeoutSeconds: options.buildCapSeconds,
    });
    if (!r.ok) throw new Error(`The real site did not build (${r.error}):\n${r.tail}`);
  }
}

async function lighthouse(result: BenchResult, real: string): Promise<void> {
  log('lighthouse: real site');
  try {
    const lhDir = path.join(work, 'lighthouse');
    const version = await setupLighthouse(lhDir);
    result.versions.lighthouse = version;
    const pages = Object.fromEntries(
      Object.entries(realPaths(realContent)).filter((e): e is [string, string] => !!e[1]),
    );
    result.lighthouse = { version, pages: await lighthouseSite(lhDir, real, pages) };
  } catch (e) {
    result.lighthouse = { error: (e as Error).message };
  }
}

async function main(options: Options, argv: string[]): Promise<void> {
  mkdirSync(work, { recursive: true });
  const started = performance.now();
  const result = newResult(root, options, argv);
  const save = () => writeResults(resultDir(root, options), result, started);
  log('copying the project to .bench/ours (node_modules linked)');
  prepareOurCopy(root, copy);

  const real = outDir('ours-real');
  await realSite(options, result, real);
  const realLabel = 'ours, real content';
  const oursSites: BrowserSite[] = [
    { site: realLabel, dir: real, kinds: realPaths(realContent), plans: REAL_SEARCH('ours') },
  ];

  if (!options.skip.scale) {
    await runScale({
      root,
      work,
      copy,
      realContent,
      options,
      result,
      outDir,
      oursSites,
      browseNow: (sites) => browse(sites, result),
      save,
    });
  }
  if (!options.skip.browser) {
    await browse(oursSites, result);
    for (const s of oursSites) {
      log(`weights: ${s.site}`);
      result.weights.push({ site: s.site, ...siteWeights(s.dir) });
    }
  }
  if (!options.skip.lighthouse) await lighthouse(result, real);
  save();
  log(`done in ${((performance.now() - started) / 60000).toFixed(1)} min`);
}

const argv = process.argv.slice(2);
let options: Options;
try {
  options = parseOptions(argv);
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
(options.renderOnly ? Promise.resolve(renderOnly(resultDir(root, options))) : main(options, argv)).catch(
  (e: unknown) => {
    console.error(`\nBench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  },
);
