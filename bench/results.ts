/**
 * The result of a bench run: its skeleton with the machine and versions, each tool's runs
 * summarised, and the files it is written to (benchmarks.json and benchmarks.md).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { capture, dirSize, stats } from './lib.ts';
import { renderReport } from './report.ts';
import type { BenchResult, Options, Run, ToolName, ToolResult } from './types.ts';
import { probeDisk } from './disk-probe.ts';

const pkgVersion = (dir: string, pkg: string) => {
  const file = path.join(dir, 'node_modules', pkg, 'package.json');
  return existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
    : undefined;
};

export function newResult(root: string, options: Options, argv: string[]): BenchResult {
  return {
    date: new Date().toISOString(),
    machine: {
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      os: capture('sh', ['-c', '. /etc/os-release && echo "$PRETTY_NAME"']) ?? `${os.type()} ${os.release()}`,
      node: process.version,
    },
    versions: {
      astro: pkgVersion(root, 'astro'),
      pagefind: pkgVersion(root, 'pagefind'),
      '@astrojs/mdx': pkgVersion(root, '@astrojs/mdx'),
      'playwright-core': pkgVersion(root, 'playwright-core'),
      chromium: capture('/usr/bin/chromium', ['--version'])
        ?.replace(/^Chromium\s+/, '')
        .split(' ')[0],
    },
    options,
    commands: {
      bench: argv.length ? `npm run bench -- ${argv.join(' ')}` : 'npm run bench',
      generate: `node bench/generate.ts --sessions <N> --seed ${options.seed} --format ${options.format} --out .bench/content-<N>`,
      check: 'CONTENT_DIR=.bench/content-<N> node scripts/check.ts',
      ours: 'cd .bench/ours && CI=1 CONTENT_DIR=<abs>/.bench/content-<N> node scripts/build.ts --out <abs>/.bench/out/ours-<N>',
      floor:
        'cd .bench/floor && CI=1 CONTENT_DIR=<abs>/.bench/content-<N> node node_modules/astro/bin/astro.mjs build',
      starlight: 'cd .bench/starlight && CI=1 node node_modules/astro/bin/astro.mjs build',
      hugo: 'cd .bench/hugo && hugo --quiet --cleanDestinationDir && node <project>/node_modules/pagefind/lib/runner/bin.cjs --site public --force-language en --silent',
      lighthouse:
        'CHROME_PATH=/usr/bin/chromium node .bench/lighthouse/node_modules/lighthouse/cli/index.js <url> --only-categories=performance,accessibility,best-practices,seo --chrome-flags="--headless=new --no-sandbox --disable-gpu …" [--preset=desktop]',
    },
    sizes: [],
    slopes: [],
    browser: [],
    weights: [],
    notes: [],
  };
}

export function outputSizes(dir: string) {
  const all = dirSize(dir);
  const pf = dirSize(path.join(dir, 'pagefind'));
  return { htmlPages: all.htmlPages - pf.htmlPages, distBytes: all.bytes, pagefindBytes: pf.bytes };
}

/**
 * Runs a build, noting the machine's state first: its load, and how fast its disk writes files
 * (into a folder under `probes`). Other work on the machine, or a slow disk, skews a run.
 */
export async function withMachineState<R extends Omit<Run, 'load1' | 'diskMs'>>(
  build: () => Promise<R>,
  probes: string,
): Promise<R & { load1: number; diskMs: number }> {
  const load1 = os.loadavg()[0]!;
  const diskMs = probeDisk(probes);
  return { ...(await build()), load1, diskMs };
}

export function summarise(
  tool: ToolName,
  runs: Run[],
  out: string,
  extra: Partial<ToolResult> = {},
): ToolResult {
  const ok = runs.filter((r) => r.ok);
  const sizes = ok.length ? outputSizes(out) : { htmlPages: 0, distBytes: 0, pagefindBytes: 0 };
  const seconds = stats(ok.map((r) => r.seconds));
  return {
    tool,
    runs: runs.map((r) => ({
      seconds: r.seconds,
      peakTreeRssMiB: r.peakTreeRssMiB,
      maxProcessRssMiB: r.maxProcessRssMiB,
      ok: r.ok,
      error: r.error,
      load1: r.load1,
      diskMs: r.diskMs,
    })),
    seconds,
    peakTreeRssMiB: stats(ok.map((r) => r.peakTreeRssMiB)),
    maxProcessRssMiB: stats(ok.map((r) => r.maxProcessRssMiB)),
    ...sizes,
    pagesPerSecond: sizes.htmlPages / seconds.median,
    ...extra,
  };
}

/** Where the results go: docs/, or .bench/ with --no-docs. */
export const resultDir = (root: string, options: Options) =>
  options.noDocs ? path.join(root, '.bench') : path.join(root, 'docs');

/** Written after every size too, so a long run that dies late still leaves its numbers. */
export function writeResults(dir: string, result: BenchResult, started: number): void {
  const json: BenchResult = { ...result, benchMinutes: (performance.now() - started) / 60000 };
  writeFileSync(path.join(dir, 'benchmarks.json'), `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(path.join(dir, 'benchmarks.md'), renderReport(json));
}

export function renderOnly(dir: string): void {
  const json = JSON.parse(readFileSync(path.join(dir, 'benchmarks.json'), 'utf8')) as BenchResult;
  writeFileSync(path.join(dir, 'benchmarks.md'), renderReport(json));
  console.log(`Rewrote ${path.join(dir, 'benchmarks.md')} from benchmarks.json.`);
}

export const log = (s: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}`);
