/**
 * `npm run bench`: how the archive's build and pages perform, measured, not asserted (timings
 * belong in benchmarks, not in `npm test`). Sections, each skippable:
 *
 *   pipelines   the real site built with Sätteri and with unified + remark-gfm (the decision in
 *               docs/architecture.md), alternating runs
 *   scale       a synthetic archive of N sessions (scripts/bench/generate.ts) built by this
 *               project, by Astro Starlight and by Hugo (+ Pagefind), alternating A/B/C runs:
 *               wall time, peak memory of the process tree, pages/s, output and index sizes
 *   browser     Chromium (playwright-core) on the built sites: first-load bytes per page kind,
 *               search bytes and times through the UI
 *   lighthouse  Lighthouse scores of our page kinds (real content)
 *
 * Everything is built in folders under .bench/ (a copy of the project with its node_modules
 * linked, Starlight and Lighthouse installed there on first run), never in dist/. Results go to
 * docs/benchmarks.md and docs/benchmarks.json (or .bench/ with --no-docs).
 *
 *   npm run bench
 *   npm run bench -- --sizes 1000 --runs 1 --skip-starlight --skip-lighthouse --no-docs
 *
 * Flags: --sizes 1000,10000  --runs 3  --seed 1  --skip-pipelines  --skip-scale
 *   --skip-starlight  --skip-hugo  --skip-browser  --skip-lighthouse  --no-docs
 *   --build-cap <s> (per build of ours and Hugo, default 1800)
 *   --starlight-cap <s> (per Starlight build, default 900; see docs/benchmarks.md)
 *   --render-only (rewrite benchmarks.md from benchmarks.json, e.g. after changing the report)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateArchive, readTopics, wordCount, writeContent, type Archive } from './bench/generate.ts';
import { capture, dirSize, stats, type Measured, type Stats } from './bench/lib.ts';
import {
  buildHugo,
  buildOurs,
  buildStarlight,
  prepareOurCopy,
  runPagefind,
  setupHugo,
  setupStarlight,
  writeHugoSite,
  writeStarlightContent,
} from './bench/sites.ts';
import { comparePipelines, type PipelineResult } from './bench/pipelines.ts';
import {
  launch,
  measureSite,
  type PageKinds,
  type SearchPlan,
  type SiteBrowserResult,
} from './bench/browser.ts';
import { lighthouseSite, setupLighthouse, type LighthousePage } from './bench/lighthouse.ts';
import { renderReport } from './bench/report.ts';
import { siteWeights, type SiteWeights } from './bench/weights.ts';

// Options ---------------------------------------------------------------------------------------

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
function option(name: string, fallback: string): string {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : fallback;
}
const known = new Set([
  'render-only',
  'sizes',
  'runs',
  'seed',
  'build-cap',
  'starlight-cap',
  'skip-pipelines',
  'skip-scale',
  'skip-starlight',
  'skip-hugo',
  'skip-browser',
  'skip-lighthouse',
  'no-docs',
]);
for (const a of argv) {
  if (a.startsWith('--') && !known.has(a.slice(2))) {
    console.error(`Unknown option ${a}. Options: ${[...known].map((k) => `--${k}`).join(' ')}`);
    process.exit(2);
  }
}

export interface Options {
  sizes: number[];
  runs: number;
  seed: string;
  buildCapSeconds: number;
  starlightCapSeconds: number;
  skip: {
    pipelines: boolean;
    scale: boolean;
    starlight: boolean;
    hugo: boolean;
    browser: boolean;
    lighthouse: boolean;
  };
}

const options: Options = {
  sizes: option('sizes', '1000,10000').split(',').map(Number),
  runs: Number(option('runs', '3')),
  seed: option('seed', '1'),
  buildCapSeconds: Number(option('build-cap', '1800')),
  starlightCapSeconds: Number(option('starlight-cap', '900')),
  skip: {
    pipelines: flag('skip-pipelines'),
    scale: flag('skip-scale'),
    starlight: flag('skip-starlight'),
    hugo: flag('skip-hugo'),
    browser: flag('skip-browser'),
    lighthouse: flag('skip-lighthouse'),
  },
};
if (
  options.sizes.some((n) => !Number.isInteger(n) || n < 1) ||
  !Number.isInteger(options.runs) ||
  options.runs < 1
) {
  console.error('--sizes takes positive integers (1000,10000) and --runs a positive integer.');
  process.exit(2);
}

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, '.bench');
const copy = path.join(work, 'ours');
const outDir = (name: string) => path.join(work, 'out', name);
const realContent = path.join(root, 'content');

// Result shapes ---------------------------------------------------------------------------------

export interface ToolResult {
  tool: 'ours' | 'starlight' | 'hugo';
  /** Why there is no measurement (time cap, skipped, failed). */
  notMeasured?: string;
  /** Each run; `load1` is the 1-minute load average just before it (2 means both cores busy already). */
  runs: {
    seconds: number;
    peakTreeRssMiB: number;
    maxProcessRssMiB: number;
    ok: boolean;
    error?: string;
    load1: number;
  }[];
  seconds: Stats;
  peakTreeRssMiB: Stats;
  maxProcessRssMiB: Stats;
  /** Hugo only: the Pagefind run after it, included in `seconds`. */
  generatorSeconds?: Stats;
  pagefindSeconds?: Stats;
  htmlPages: number;
  distBytes: number;
  pagefindBytes: number;
  pagesPerSecond: number;
}

export interface SizeResult {
  sessions: number;
  years: number;
  people: number;
  outcomes: number;
  wordsPerSession: number;
  contentBytes: number;
  tools: Partial<Record<ToolResult['tool'], ToolResult>>;
  ratios: { oursToStarlight?: number; oursToHugo?: number; oursToHugoWithoutPagefind?: number };
}

export interface BenchResult {
  date: string;
  machine: { cores: number; cpu: string; memoryGiB: number; os: string; node: string };
  versions: Record<string, string | undefined>;
  options: Options;
  commands: Record<string, string>;
  pipelines?: PipelineResult & { realSite: { htmlPages: number; distBytes: number; pagefindBytes: number } };
  sizes: SizeResult[];
  slopes: {
    from: number;
    to: number;
    oursSecondsPer1000: number;
    oursPeakMiBPer1000: number;
    perSessionCostRatio: number;
  }[];
  browser: { site: string; result: SiteBrowserResult }[];
  /** Every page's first-load weight (HTML + linked CSS and JS, gzip), per site. */
  weights: ({ site: string } & SiteWeights)[];
  lighthouse?: { version: string; pages: LighthousePage[] } | { error: string };
  notes: string[];
}

// Helpers ---------------------------------------------------------------------------------------

const pkgVersion = (dir: string, pkg: string) => {
  const file = path.join(dir, 'node_modules', pkg, 'package.json');
  return existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
    : undefined;
};

function outputSizes(dir: string) {
  const all = dirSize(dir);
  const pf = dirSize(path.join(dir, 'pagefind'));
  return { htmlPages: all.htmlPages - pf.htmlPages, distBytes: all.bytes, pagefindBytes: pf.bytes };
}

type Run = Measured & { load1: number };

/** Runs a build, noting the machine's load first: other work on the machine skews a run. */
async function withLoad(build: () => Promise<Measured>): Promise<Run> {
  const load1 = os.loadavg()[0]!;
  return { ...(await build()), load1 };
}

function summarise(
  tool: ToolResult['tool'],
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
    })),
    seconds,
    peakTreeRssMiB: stats(ok.map((r) => r.peakTreeRssMiB)),
    maxProcessRssMiB: stats(ok.map((r) => r.maxProcessRssMiB)),
    ...sizes,
    pagesPerSecond: sizes.htmlPages / seconds.median,
    ...extra,
  };
}

const log = (s: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}`);

function realPaths(): PageKinds {
  const years = readdirSync(path.join(realContent, 'years'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .filter((y) => /^\d{4}$/.test(y))
    .sort();
  // The newest year that has session files: its first session is the sample session page.
  const withSessions = years.filter(
    (y) =>
      existsSync(path.join(realContent, 'sessions', y)) &&
      readdirSync(path.join(realContent, 'sessions', y)).length,
  );
  const year = withSessions.at(-1) ?? years.at(-1)!;
  const session = readdirSync(path.join(realContent, 'sessions', year))
    .sort()[0]!
    .replace(/\.(ya?ml|json|mdx)$/, '');
  const topic = existsSync(path.join(realContent, 'topics', 'iommufd.mdx'))
    ? 'iommufd'
    : readdirSync(path.join(realContent, 'topics'))[0]!.replace(/\.mdx$/, '');
  return {
    home: '/',
    year: `/years/${year}/`,
    session: `/years/${year}/${session}/`,
    topic: `/topics/${topic}/`,
    search: '/search/',
  };
}

function syntheticPaths(a: Archive): Record<'ours' | 'starlight' | 'hugo', PageKinds> {
  const s = a.sessions[0]!;
  const topic = a.topics.some((t) => t.id === 'iommufd') ? 'iommufd' : a.topics[0]!.id;
  return {
    ours: {
      home: '/',
      year: `/years/${s.year}/`,
      session: `/years/${s.year}/${s.slug}/`,
      topic: `/topics/${topic}/`,
      search: '/search/',
    },
    starlight: { home: '/', year: `/${s.year}/`, session: `/${s.year}/${s.slug}/` },
    hugo: { home: '/', year: `/${s.year}/`, session: `/${s.year}/${s.slug}/`, topic: `/topics/${topic}/` },
  };
}

/**
 * Queries. On the real site "iommufd" finds about a tenth of the pages. In the synthetic archive
 * kernel identifiers repeat across sessions, so "iommufd" matches almost every page (the worst
 * case for Pagefind's result counting), and "kdump" plays the typical query (~14 % of sessions).
 */
const REAL_SEARCH = (ui: SearchPlan['ui']): SearchPlan[] => [
  { ui, label: 'typical', first: 'iommufd', refine: ' dirty' },
];
const SYNTHETIC_SEARCH = (ui: SearchPlan['ui']): SearchPlan[] => [
  { ui, label: 'typical', first: 'kdump', refine: ' support' },
  { ui, label: 'broad', first: 'iommufd', refine: ' dirty' },
];

// Main ------------------------------------------------------------------------------------------

async function main() {
  mkdirSync(work, { recursive: true });
  const started = performance.now();
  const result: BenchResult = {
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
      generate: `node scripts/bench/generate.ts --sessions <N> --seed ${options.seed} --out .bench/content-<N>`,
      check: 'CONTENT_DIR=.bench/content-<N> node scripts/check.ts',
      ours: 'cd .bench/ours && CI=1 CONTENT_DIR=<abs>/.bench/content-<N> node scripts/build.ts --out <abs>/.bench/out/ours-<N>',
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

  log('copying the project to .bench/ours (node_modules linked)');
  prepareOurCopy(root, copy);
  const browserSites: { site: string; dir: string; kinds: PageKinds; plans?: SearchPlan[] }[] = [];

  // 1. Markdown pipelines on the real site -------------------------------------------------------
  const real = outDir('ours-real');
  if (!options.skip.pipelines) {
    log(`pipelines: real site, ${options.runs} alternating runs each`);
    const p = await comparePipelines(copy, realContent, real, options.runs, options.buildCapSeconds);
    result.pipelines = { ...p, realSite: outputSizes(real) };
    for (const f of p.failures) result.notes.push(`Pipeline build failed: ${f.split('\n')[0]}`);
  } else if (!options.skip.browser || !options.skip.lighthouse) {
    log('building the real site once (pipelines skipped)');
    const r = await buildOurs(copy, realContent, real, options.buildCapSeconds);
    if (!r.ok) throw new Error(`The real site did not build (${r.error}):\n${r.tail}`);
  }
  browserSites.push({
    site: 'ours, real content',
    dir: real,
    kinds: realPaths(),
    plans: REAL_SEARCH('ours'),
  });
  const weightSites = [{ site: 'ours, real content', dir: real }];

  // 2. Scale: ours, Starlight, Hugo on the synthetic archive -----------------------------------
  let starlightDir: string | undefined;
  let hugoDir: string | undefined;
  if (!options.skip.scale) {
    if (!options.skip.starlight) {
      starlightDir = path.join(work, 'starlight');
      try {
        const v = await setupStarlight(starlightDir);
        result.versions['@astrojs/starlight'] = v.starlight;
        result.versions['astro (Starlight)'] = v.astro;
      } catch (e) {
        result.notes.push(`Starlight not measured: ${(e as Error).message.split('\n')[0]}`);
        starlightDir = undefined;
      }
    }
    if (!options.skip.hugo) {
      hugoDir = path.join(work, 'hugo');
      try {
        result.versions.hugo = await setupHugo();
      } catch (e) {
        result.notes.push(`Hugo not measured: ${(e as Error).message}`);
        hugoDir = undefined;
      }
    }
    const topics = readTopics(realContent);
    // Starlight's per-session time at the previous size predicts whether the next fits the cap.
    let starlightSecondsPerSession: number | undefined;
    for (const n of options.sizes) {
      log(`scale N=${n}: generating`);
      const archive = generateArchive(n, options.seed, topics);
      const content = path.join(work, `content-${n}`);
      writeContent(archive, content, realContent);
      const size: SizeResult = {
        sessions: n,
        years: archive.years.length,
        people: archive.people.length,
        outcomes: archive.outcomes.length,
        wordsPerSession: Math.round(archive.sessions.reduce((s, x) => s + wordCount(x.body), 0) / n),
        contentBytes: dirSize(content).bytes,
        tools: {},
        ratios: {},
      };
      if (starlightDir) writeStarlightContent(starlightDir, archive);
      if (hugoDir) {
        mkdirSync(hugoDir, { recursive: true });
        writeHugoSite(hugoDir, archive);
      }
      const oursRuns: Run[] = [];
      const starRuns: Run[] = [];
      const hugoRuns: Run[] = [];
      const hugoGen: number[] = [];
      const hugoPf: number[] = [];
      let starlightSkip: string | undefined;
      const predicted = starlightSecondsPerSession ? starlightSecondsPerSession * n : undefined;
      if (starlightDir && predicted && predicted > options.starlightCapSeconds) {
        starlightSkip = `predicted ${predicted.toFixed(0)} s from the smaller size (linear), above the ${options.starlightCapSeconds} s cap per build`;
      }
      const paths = syntheticPaths(archive);
      for (let i = 0; i < options.runs; i++) {
        log(`scale N=${n} run ${i + 1}/${options.runs}: ours`);
        const o = await withLoad(() =>
          buildOurs(copy, content, outDir(`ours-${n}`), options.buildCapSeconds),
        );
        oursRuns.push(o);
        log(
          `  ours ${o.ok ? `${o.seconds.toFixed(1)} s, peak ${o.peakTreeRssMiB.toFixed(0)} MiB` : `failed: ${o.error}\n${o.tail}`}`,
        );
        if (starlightDir && !starlightSkip) {
          log(`scale N=${n} run ${i + 1}/${options.runs}: starlight`);
          const s = await withLoad(() => buildStarlight(starlightDir!, options.starlightCapSeconds));
          starRuns.push(s);
          log(
            `  starlight ${s.ok ? `${s.seconds.toFixed(1)} s, peak ${s.peakTreeRssMiB.toFixed(0)} MiB` : `failed: ${s.error}`}`,
          );
          // One run over the cap says enough; more would only repeat it.
          if (!s.ok)
            starlightSkip = s.timedOut
              ? `stopped at the ${options.starlightCapSeconds} s cap per build`
              : `build failed: ${s.error}: ${s.tail.split('\n').slice(-3).join(' ')}`;
        }
        if (hugoDir) {
          log(`scale N=${n} run ${i + 1}/${options.runs}: hugo + pagefind`);
          const load1 = os.loadavg()[0]!;
          const h = await buildHugo(hugoDir, options.buildCapSeconds);
          const pf = h.ok
            ? await runPagefind(root, h.out.replace(/\/$/, ''), options.buildCapSeconds)
            : undefined;
          const ok = h.ok && !!pf?.ok;
          hugoRuns.push({
            ...h,
            load1,
            ok,
            error: h.error ?? pf?.error,
            seconds: h.seconds + (pf?.seconds ?? 0),
            peakTreeRssMiB: Math.max(h.peakTreeRssMiB, pf?.peakTreeRssMiB ?? 0),
            maxProcessRssMiB: Math.max(h.maxProcessRssMiB, pf?.maxProcessRssMiB ?? 0),
          });
          if (ok) {
            hugoGen.push(h.seconds);
            hugoPf.push(pf!.seconds);
          }
          log(
            `  hugo ${ok ? `${h.seconds.toFixed(1)} s + pagefind ${pf!.seconds.toFixed(1)} s` : `failed: ${h.error ?? pf?.error}`}`,
          );
        }
      }
      size.tools.ours = summarise('ours', oursRuns, outDir(`ours-${n}`));
      if (!oursRuns.some((r) => r.ok))
        size.tools.ours.notMeasured = `every build failed: ${oursRuns[0]?.error}`;
      if (starlightDir) {
        size.tools.starlight = summarise('starlight', starRuns, path.join(starlightDir, 'dist'));
        if (!starRuns.some((r) => r.ok))
          size.tools.starlight.notMeasured = starlightSkip ?? 'no successful build';
        else starlightSecondsPerSession = size.tools.starlight.seconds.median / n;
      }
      if (hugoDir)
        size.tools.hugo = summarise('hugo', hugoRuns, path.join(hugoDir, 'public'), {
          generatorSeconds: stats(hugoGen),
          pagefindSeconds: stats(hugoPf),
        });
      // A generator that quietly drops pages (Hugo skips future dates by default) would look fast.
      for (const tool of Object.values(size.tools)) {
        if (!tool.notMeasured && tool.htmlPages < n)
          result.notes.push(
            `N=${n}: ${tool.tool} wrote ${tool.htmlPages} HTML pages for ${n} sessions; its numbers are not comparable.`,
          );
      }
      const t = (k: ToolResult['tool']) =>
        size.tools[k]?.notMeasured ? undefined : size.tools[k]?.seconds.median;
      const ours = t('ours');
      if (ours && t('starlight')) size.ratios.oursToStarlight = ours / t('starlight')!;
      if (ours && t('hugo')) size.ratios.oursToHugo = ours / t('hugo')!;
      if (ours && size.tools.hugo?.generatorSeconds?.median)
        size.ratios.oursToHugoWithoutPagefind = ours / size.tools.hugo.generatorSeconds.median;
      result.sizes.push(size);

      if (size.tools.ours && !size.tools.ours.notMeasured) {
        browserSites.push({
          site: `ours, N=${n}`,
          dir: outDir(`ours-${n}`),
          kinds: paths.ours,
          plans: SYNTHETIC_SEARCH('ours'),
        });
        weightSites.push({ site: `ours, N=${n}`, dir: outDir(`ours-${n}`) });
      }
      // The competitors' output is overwritten by the next size: measure it now.
      if (!options.skip.browser) {
        const now: typeof browserSites = [];
        if (size.tools.starlight && !size.tools.starlight.notMeasured)
          now.push({
            site: `Starlight, N=${n}`,
            dir: path.join(starlightDir!, 'dist'),
            kinds: paths.starlight,
            plans: SYNTHETIC_SEARCH('starlight'),
          });
        if (size.tools.hugo && !size.tools.hugo.notMeasured)
          now.push({ site: `Hugo, N=${n}`, dir: path.join(hugoDir!, 'public'), kinds: paths.hugo });
        await browse(now, result);
      }
      writeResults(result, started);
    }
    // Slopes between consecutive sizes.
    const measured = result.sizes.filter((s) => s.tools.ours && !s.tools.ours.notMeasured);
    for (let i = 1; i < measured.length; i++) {
      const a = measured[i - 1]!;
      const b = measured[i]!;
      const k = (b.sessions - a.sessions) / 1000;
      result.slopes.push({
        from: a.sessions,
        to: b.sessions,
        oursSecondsPer1000: (b.tools.ours!.seconds.median - a.tools.ours!.seconds.median) / k,
        oursPeakMiBPer1000: (b.tools.ours!.peakTreeRssMiB.median - a.tools.ours!.peakTreeRssMiB.median) / k,
        perSessionCostRatio:
          b.tools.ours!.seconds.median / b.sessions / (a.tools.ours!.seconds.median / a.sessions),
      });
    }
  }

  // 3. Browser: our sites (real and synthetic) ---------------------------------------------------
  if (!options.skip.browser) await browse(browserSites, result);

  if (!options.skip.browser) {
    for (const s of weightSites) {
      log(`weights: ${s.site}`);
      result.weights.push({ site: s.site, ...siteWeights(s.dir) });
    }
  }

  // 4. Lighthouse on the real site ---------------------------------------------------------------
  if (!options.skip.lighthouse) {
    log('lighthouse: real site');
    try {
      const lhDir = path.join(work, 'lighthouse');
      const version = await setupLighthouse(lhDir);
      result.versions.lighthouse = version;
      const { home, year, session, topic, search } = realPaths();
      const pages = Object.fromEntries(
        Object.entries({ home, year, session, topic, search }).filter(([, p]) => p),
      ) as Record<string, string>;
      result.lighthouse = { version, pages: await lighthouseSite(lhDir, real, pages) };
    } catch (e) {
      result.lighthouse = { error: (e as Error).message };
    }
  }

  writeResults(result, started);
  log(`done in ${((performance.now() - started) / 60000).toFixed(1)} min`);
}

async function browse(
  sites: { site: string; dir: string; kinds: PageKinds; plans?: SearchPlan[] }[],
  result: BenchResult,
) {
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
  sites.length = 0;
}

/** Written after every size too, so a long run that dies late still leaves its numbers. */
function writeResults(result: BenchResult, started: number) {
  const docs = !flag('no-docs');
  const dir = docs ? path.join(root, 'docs') : work;
  const json = { ...result, benchMinutes: (performance.now() - started) / 60000 };
  writeFileSync(path.join(dir, 'benchmarks.json'), `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(path.join(dir, 'benchmarks.md'), renderReport(json));
}

function renderOnly() {
  const dir = flag('no-docs') ? work : path.join(root, 'docs');
  const json = JSON.parse(readFileSync(path.join(dir, 'benchmarks.json'), 'utf8')) as BenchResult & {
    benchMinutes?: number;
  };
  writeFileSync(path.join(dir, 'benchmarks.md'), renderReport(json));
  console.log(`Rewrote ${path.join(dir, 'benchmarks.md')} from benchmarks.json.`);
}

(flag('render-only') ? Promise.resolve(renderOnly()) : main()).catch((e: unknown) => {
  console.error(`\nBench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exit(1);
});
