/**
 * The scale section: a synthetic archive of N sessions built by this project, by a bare Astro
 * floor, by Starlight and by Hugo (+ Pagefind), runs alternating so machine noise hits each
 * alike, then our warm rebuild: wall time, peak memory of the process tree, pages/s, output and
 * index sizes.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { generateArchive, readTopics, writeContent } from './generate.ts';
import { wordCount, type Archive } from './generate/model.ts';
import { dirSize, stats } from './lib.ts';
import { SYNTHETIC_SEARCH, syntheticPaths } from './paths.ts';
import { log, summarise, withMachineState } from './results.ts';
import { removeDiskProbes } from './disk-probe.ts';
import { buildHugoAndPagefind, setupHugo, writeHugoSite } from './sites/hugo.ts';
import { buildFloor, setupFloor } from './sites/floor.ts';
import { buildOurs, searchIndexSeconds } from './sites/ours.ts';
import { buildStarlight, setupStarlight, writeStarlightContent } from './sites/starlight.ts';
import type { BenchResult, BrowserSite, Options, Run, SizeResult, ToolName } from './types.ts';
import { warmRebuilds } from './warm.ts';

export interface ScaleContext {
  root: string;
  work: string;
  copy: string;
  realContent: string;
  options: Options;
  result: BenchResult;
  outDir: (name: string) => string;
  /** Our builds, measured in the browser at the end. */
  oursSites: BrowserSite[];
  /** Measures competitors' sites right away: the next size overwrites their output. */
  browseNow: (sites: BrowserSite[]) => Promise<void>;
  /** Called after every size, so a long run that dies late still leaves its numbers. */
  save: () => void;
}

interface Competitors {
  floorDir?: string;
  starlightDir?: string;
  hugoDir?: string;
  /** Starlight's per-session time at the previous size predicts whether the next fits the cap. */
  starlightSecondsPerSession?: number;
}

async function setupCompetitors(ctx: ScaleContext): Promise<Competitors> {
  const { options, result } = ctx;
  const c: Competitors = {};
  if (!options.skip.floor) {
    c.floorDir = path.join(ctx.work, 'floor');
    setupFloor(ctx.root, c.floorDir, options.format);
  }
  if (!options.skip.starlight) {
    try {
      const v = await setupStarlight(path.join(ctx.work, 'starlight'));
      result.versions['@astrojs/starlight'] = v.starlight;
      result.versions['astro (Starlight)'] = v.astro;
      c.starlightDir = path.join(ctx.work, 'starlight');
    } catch (e) {
      result.notes.push(`Starlight not measured: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  if (!options.skip.hugo) {
    try {
      result.versions.hugo = await setupHugo();
      c.hugoDir = path.join(ctx.work, 'hugo');
    } catch (e) {
      result.notes.push(`Hugo not measured: ${(e as Error).message}`);
    }
  }
  return c;
}

/** Where the disk probes before each run go (bench/disk-probe.ts), removed after the last size. */
const diskProbes = (ctx: ScaleContext) => path.join(ctx.work, 'disk-probes');

const said = (name: string, r: Run) =>
  log(
    `  ${name} ${r.ok ? `${r.seconds.toFixed(1)} s, peak ${r.peakTreeRssMiB.toFixed(0)} MiB, disk probe ${r.diskMs?.toFixed(0) ?? '–'} ms` : `failed: ${r.error}\n${r.tail}`}`,
  );

function newSize(n: number, archive: Archive, content: string, options: Options): SizeResult {
  return {
    sessions: n,
    years: archive.years.length,
    people: archive.people.length,
    outcomes: archive.outcomes.length,
    wordsPerSession: Math.round(archive.sessions.reduce((s, x) => s + wordCount(x.body), 0) / n),
    contentBytes: dirSize(content).bytes,
    format: options.format,
    tools: {},
    ratios: {},
  };
}

/** Every run of every tool at one size, alternating ours / floor / Starlight / Hugo. */
async function runTools(ctx: ScaleContext, c: Competitors, n: number, content: string) {
  const { options } = ctx;
  const runs: Record<ToolName, Run[]> = { ours: [], floor: [], starlight: [], hugo: [] };
  const probes = diskProbes(ctx);
  const hugoParts = { generator: [] as number[], pagefind: [] as number[] };
  const predicted = c.starlightSecondsPerSession ? c.starlightSecondsPerSession * n : undefined;
  let starlightSkip =
    c.starlightDir && predicted && predicted > options.starlightCapSeconds
      ? `predicted ${predicted.toFixed(0)} s from the smaller size (linear), above the ${options.starlightCapSeconds} s cap per build`
      : undefined;
  for (let i = 0; i < options.runs; i++) {
    const step = (tool: string) => log(`scale N=${n} run ${i + 1}/${options.runs}: ${tool}`);
    step('ours');
    const o = await withMachineState(
      () =>
        buildOurs({
          copy: ctx.copy,
          content,
          out: ctx.outDir(`ours-${n}`),
          timeoutSeconds: options.buildCapSeconds,
        }),
      probes,
    );
    runs.ours.push(o);
    said('ours', o);
    if (c.floorDir) {
      step('floor');
      const f = await withMachineState(
        () => buildFloor(c.floorDir!, content, options.buildCapSeconds),
        probes,
      );
      runs.floor.push(f);
      said('floor', f);
    }
    if (c.starlightDir && !starlightSkip) {
      step('starlight');
      const s = await withMachineState(
        () => buildStarlight(c.starlightDir!, options.starlightCapSeconds),
        probes,
      );
      runs.starlight.push(s);
      said('starlight', s);
      // One run over the cap says enough; more would only repeat it.
      if (!s.ok)
        starlightSkip = s.timedOut
          ? `stopped at the ${options.starlightCapSeconds} s cap per build`
          : `build failed: ${s.error}: ${s.tail.split('\n').slice(-3).join(' ')}`;
    }
    if (c.hugoDir) {
      step('hugo + pagefind');
      const h = await withMachineState(
        () => buildHugoAndPagefind(ctx.root, c.hugoDir!, options.buildCapSeconds),
        probes,
      );
      runs.hugo.push(h);
      if (h.ok) {
        hugoParts.generator.push(h.generator);
        hugoParts.pagefind.push(h.pagefind);
      }
      said('hugo', h);
    }
  }
  return { runs, hugoParts, starlightSkip };
}

function summariseSize(
  ctx: ScaleContext,
  c: Competitors,
  size: SizeResult,
  t: Awaited<ReturnType<typeof runTools>>,
): void {
  const n = size.sessions;
  const ok = t.runs.ours.filter((r) => r.ok);
  const index = ok.map((r) => searchIndexSeconds(r.tail));
  size.tools.ours = summarise(
    'ours',
    t.runs.ours,
    ctx.outDir(`ours-${n}`),
    index.every((x) => x !== undefined) && ok.length
      ? {
          generatorSeconds: stats(ok.map((r, i) => r.seconds - index[i]!)),
          pagefindSeconds: stats(index as number[]),
        }
      : {},
  );
  if (!t.runs.ours.some((r) => r.ok))
    size.tools.ours.notMeasured = `every build failed: ${t.runs.ours[0]?.error}`;
  if (c.floorDir) {
    size.tools.floor = summarise('floor', t.runs.floor, path.join(c.floorDir, 'dist'));
    if (!t.runs.floor.some((r) => r.ok))
      size.tools.floor.notMeasured = `every build failed: ${t.runs.floor[0]?.error}`;
  }
  if (c.starlightDir) {
    const st = summarise('starlight', t.runs.starlight, path.join(c.starlightDir, 'dist'));
    if (!t.runs.starlight.some((r) => r.ok)) st.notMeasured = t.starlightSkip ?? 'no successful build';
    else c.starlightSecondsPerSession = st.seconds.median / n;
    size.tools.starlight = st;
  }
  if (c.hugoDir)
    size.tools.hugo = summarise('hugo', t.runs.hugo, path.join(c.hugoDir, 'public'), {
      generatorSeconds: stats(t.hugoParts.generator),
      pagefindSeconds: stats(t.hugoParts.pagefind),
    });
  // A generator that quietly drops pages (Hugo skips future dates by default) would look fast.
  for (const tool of Object.values(size.tools)) {
    if (!tool.notMeasured && tool.htmlPages < n)
      ctx.result.notes.push(
        `N=${n}: ${tool.tool} wrote ${tool.htmlPages} HTML pages for ${n} sessions; its numbers are not comparable.`,
      );
  }
  const median = (k: ToolName) => (size.tools[k]?.notMeasured ? undefined : size.tools[k]?.seconds.median);
  const ours = median('ours');
  if (!ours) return;
  if (median('starlight')) size.ratios.oursToStarlight = ours / median('starlight')!;
  if (median('floor')) size.ratios.oursToFloor = ours / median('floor')!;
  const ourIndex = size.tools.ours.pagefindSeconds?.median;
  if (median('floor') && ourIndex) {
    size.ratios.floorPlusOurIndexSeconds = median('floor')! + ourIndex;
    size.ratios.oursToFloorPlusOurIndex = ours / size.ratios.floorPlusOurIndexSeconds;
  }
  if (median('hugo')) size.ratios.oursToHugo = ours / median('hugo')!;
  if (size.tools.hugo?.generatorSeconds?.median)
    size.ratios.oursToHugoWithoutPagefind = ours / size.tools.hugo.generatorSeconds.median;
  const warm = size.warm?.seconds.median;
  if (size.warm && warm) {
    size.warm.warmToCold = warm / ours;
    if (median('starlight')) size.warm.warmToStarlight = warm / median('starlight')!;
  }
}

async function browseSize(ctx: ScaleContext, c: Competitors, size: SizeResult, archive: Archive) {
  const n = size.sessions;
  const paths = syntheticPaths(archive);
  const ok = (k: ToolName) => size.tools[k] && !size.tools[k].notMeasured;
  if (ok('ours'))
    ctx.oursSites.push({
      site: `ours, N=${n}`,
      dir: ctx.outDir(`ours-${n}`),
      kinds: paths.ours,
      plans: SYNTHETIC_SEARCH('ours'),
    });
  if (ctx.options.skip.browser) return;
  const now: BrowserSite[] = [];
  if (ok('starlight'))
    now.push({
      site: `Starlight, N=${n}`,
      dir: path.join(c.starlightDir!, 'dist'),
      kinds: paths.starlight,
      plans: SYNTHETIC_SEARCH('starlight'),
    });
  if (ok('hugo')) now.push({ site: `Hugo, N=${n}`, dir: path.join(c.hugoDir!, 'public'), kinds: paths.hugo });
  await ctx.browseNow(now);
}

function slopes(result: BenchResult): void {
  const measured = result.sizes.filter((s) => s.tools.ours && !s.tools.ours.notMeasured);
  for (let i = 1; i < measured.length; i++) {
    const a = measured[i - 1]!.tools.ours!;
    const b = measured[i]!.tools.ours!;
    const [na, nb] = [measured[i - 1]!.sessions, measured[i]!.sessions];
    const k = (nb - na) / 1000;
    result.slopes.push({
      from: na,
      to: nb,
      oursSecondsPer1000: (b.seconds.median - a.seconds.median) / k,
      oursPeakMiBPer1000: (b.peakTreeRssMiB.median - a.peakTreeRssMiB.median) / k,
      perSessionCostRatio: b.seconds.median / nb / (a.seconds.median / na),
    });
  }
}

export async function runScale(ctx: ScaleContext): Promise<void> {
  const c = await setupCompetitors(ctx);
  const topics = readTopics(ctx.realContent);
  for (const n of ctx.options.sizes) {
    log(`scale N=${n}: generating`);
    const archive = generateArchive(n, ctx.options.seed, topics);
    const content = path.join(ctx.work, `content-${n}`);
    writeContent(archive, content, ctx.realContent, ctx.options.format);
    const size = newSize(n, archive, content, ctx.options);
    if (c.starlightDir) writeStarlightContent(c.starlightDir, archive, ctx.options.format);
    if (c.hugoDir) {
      mkdirSync(c.hugoDir, { recursive: true });
      writeHugoSite(c.hugoDir, archive);
    }
    const tools = await runTools(ctx, c, n, content);
    if (!ctx.options.skip.warm && tools.runs.ours.some((r) => r.ok))
      size.warm = await warmRebuilds(
        { copy: ctx.copy, content, out: ctx.outDir(`ours-${n}`), probes: diskProbes(ctx) },
        archive,
        ctx.options,
      );
    summariseSize(ctx, c, size, tools);
    ctx.result.sizes.push(size);
    await browseSize(ctx, c, size, archive);
    ctx.save();
  }
  removeDiskProbes(diskProbes(ctx));
  slopes(ctx.result);
}
