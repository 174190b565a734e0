/** The build-at-scale tables: one per size, the ratios, the loads, the growth of our build. */
import { gib, mib } from '../lib.ts';
import type { BenchResult, SizeResult, ToolName, ToolResult, WarmResult } from '../types.ts';
import { s } from './guards.ts';

const TOOL_NAMES: Record<ToolName, string> = {
  ours: 'this project',
  floor: 'bare Astro (floor)',
  starlight: 'Starlight',
  hugo: 'Hugo + Pagefind',
};
const ORDER: ToolName[] = ['ours', 'floor', 'starlight', 'hugo'];

function toolRow(t: ToolResult): string {
  if (t.notMeasured) return `| ${TOOL_NAMES[t.tool]} | not measured: ${t.notMeasured} | | | | | | |`;
  const split = t.generatorSeconds
    ? ` = ${s(t.generatorSeconds.median)} + ${s(t.pagefindSeconds?.median)}`
    : '';
  return (
    `| ${TOOL_NAMES[t.tool]} | **${s(t.seconds.median)}** (${s(t.seconds.min)}–${s(t.seconds.max)})${split} | ` +
    `${s(gib(t.peakTreeRssMiB.median), 2)} (max ${s(gib(t.peakTreeRssMiB.max), 2)}) | ${s(gib(t.maxProcessRssMiB.median), 2)} | ` +
    `${t.htmlPages} | ${s(t.pagesPerSecond, 0)} | ${s(mib(t.distBytes))} | ${s(mib(t.pagefindBytes))} |`
  );
}

function warmRow(w: WarmResult): string {
  return (
    `| this project, warm (one session edited) | **${s(w.seconds.median)}** (${s(w.seconds.min)}–${s(w.seconds.max)}) | ` +
    `${s(w.peakTreeRssMiB.median / 1024, 2)} (max ${s(w.peakTreeRssMiB.max / 1024, 2)}) | | | | | |`
  );
}

function ratioLine(size: SizeResult): string {
  const r = size.ratios;
  const w = size.warm;
  const warm = w
    ? ` Warm rebuild after editing \`${w.editedFile}\`: ${s(w.warmToCold, 2)}× our cold build, ${s(w.warmToStarlight, 2)}× Starlight's cold build.`
    : '';
  return (
    `Ratios of wall time (median): ours / Starlight **${r.oursToStarlight ? `${s(r.oursToStarlight, 2)}` : '–'}**` +
    `${r.oursToStarlight ? ` (Starlight / ours = ${s(1 / r.oursToStarlight, 2)})` : ''}; ` +
    `ours / floor **${r.oursToFloor ? s(r.oursToFloor, 2) : '–'}**; ` +
    (r.floorPlusOurIndexSeconds
      ? `the floor plus our search index alone ${s(r.floorPlusOurIndexSeconds)} s, ours / that ${s(r.oursToFloorPlusOurIndex, 2)}; `
      : '') +
    `ours / (Hugo + Pagefind) **${r.oursToHugo ? s(r.oursToHugo, 1) : '–'}**; ours / Hugo alone ${r.oursToHugoWithoutPagefind ? s(r.oursToHugoWithoutPagefind, 1) : '–'}.` +
    warm
  );
}

const range = (xs: number[], digits: number) => `${s(Math.min(...xs), digits)}–${s(Math.max(...xs), digits)}`;

/** The disk probe before each run (bench/disk-probe.ts); empty for results older than it. */
function diskLine(size: SizeResult, tools: ToolResult[]): string[] {
  const probed = [
    ...tools.map((t) => ({ name: TOOL_NAMES[t.tool], runs: t.runs })),
    ...(size.warm ? [{ name: `${TOOL_NAMES.ours}, warm`, runs: size.warm.runs }] : []),
  ]
    .map(({ name, runs }) => ({ name, ms: runs.flatMap((x) => (x.diskMs === undefined ? [] : [x.diskMs])) }))
    .filter((x) => x.ms.length);
  if (!probed.length) return [];
  return [
    `Writing 1,000 files of 16 KB just before each run, ms (\`bench/disk-probe.ts\`; a high value means a slow disk slowed the run): ${probed.map((x) => `${x.name} ${range(x.ms, 0)}`).join('; ')}.`,
    '',
  ];
}

export function sizeTable(size: SizeResult, cores: number): string {
  const tools = ORDER.map((k) => size.tools[k]).filter((t): t is ToolResult => !!t);
  const rows = tools.map(toolRow);
  if (size.warm) rows.splice(1, 0, warmRow(size.warm));
  const loads = tools
    .filter((t) => t.runs.some((x) => Number.isFinite(x.load1)))
    .map(
      (t) =>
        `${TOOL_NAMES[t.tool]} ${range(
          t.runs.map((x) => x.load1),
          1,
        )}`,
    );
  return [
    `### N = ${size.sessions.toLocaleString('en')} sessions`,
    '',
    `${size.years} years, ${size.people} people, ${size.outcomes} outcomes, ~${size.wordsPerSession} words per session body (as \`.${size.format ?? 'mdx'}\`), ${s(mib(size.contentBytes))} MiB of content.`,
    '',
    '| build | wall s, median (min–max) | peak RSS of process tree, GiB | largest process, GiB | HTML pages | pages/s | output MiB | Pagefind index MiB |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    ratioLine(size),
    '',
    `1-minute load average just before the runs (the machine has ${cores} cores; a high value means other work shared it): ${loads.join('; ') || 'not recorded'}.`,
    '',
    ...diskLine(size, tools),
  ].join('\n');
}

export function slopeTable(result: BenchResult): string[] {
  if (!result.slopes.length) return [];
  return [
    'Growth of our build:',
    '',
    '| from N | to N | seconds per 1,000 more sessions | peak MiB per 1,000 more sessions | cost per session, larger / smaller |',
    '|---|---|---|---|---|',
    ...result.slopes.map(
      (x) =>
        `| ${x.from} | ${x.to} | ${s(x.oursSecondsPer1000, 2)} | ${s(x.oursPeakMiBPer1000, 0)} | ${s(x.perSessionCostRatio, 2)} |`,
    ),
    '',
  ];
}

export function scaleIntro(result: BenchResult): string {
  const format = result.options.format ?? 'mdx';
  return (
    `A synthetic archive (\`bench/generate.ts\`, deterministic from the seed) in the project's own format: sessions as \`.${format}\` (front matter = fields, ~500-word body with a GFM table, lists, links, kernel identifiers; no JSX, so \`.md\` is what an editor would pick), outcomes for every second session, a recording for every tenth, one person per 20 sessions, one edition per 100 sessions but at most 84 (years 2017–2100, so N = 10,000 has ~119 sessions a year), and the real areas, topics and prose pages. ` +
    `Starlight gets the same sessions as docs pages in the same format (\`.${format}\`, same bodies, title and description as front matter) plus a page per year listing them; its sidebar lists only the years, because Starlight's default sidebar would put every page on every page. ` +
    'The floor is the least Astro costs for the same sessions: a bare Astro site (`bench/sites/floor.ts`) with one layout and one page per session, no relations, no post-build steps, no search. ' +
    "Hugo gets the same bodies as Markdown with a theme-less layout, a section per year and taxonomies for topics and speakers, then Pagefind's CLI over its output. " +
    `Starlight is built at a size only when its time at the smaller size, scaled linearly, fits the cap of ${result.options.starlightCapSeconds} s a build; a build that reaches the cap is stopped, and the size is reported as not measured, with the reason. ` +
    'Runs alternate ours / floor / Starlight / Hugo; the warm rebuild follows the cold runs at each size: one session file edited, Astro’s data store and page cache (incremental build) of the last cold build kept. Wall time includes everything each build does: for ours the content check, Astro, the post-build steps and Pagefind; Starlight runs Pagefind itself. ' +
    'Where a wall time is followed by "= a + b", b is the Pagefind part: for Hugo its Pagefind run, for ours the search index phase the build reports (its Pagefind runs over every part), and a is the rest. The floor plus our search index alone is what a build of this design would take if everything else in ours cost no more than the bare floor. ' +
    "Peak memory is the sum of RSS over the build's process tree sampled every 100 ms (Pagefind is a separate process), and the largest single process as the kernel counted it (GNU time)."
  );
}
