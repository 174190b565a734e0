/**
 * Renders the bench result as docs/benchmarks.md: a table per N with the ratios, the browser
 * and Lighthouse numbers, the targets the project set itself (reported, never asserted), the
 * commands and the machine.
 */
import type { BenchResult, SizeResult, ToolResult } from '../bench.ts';
import type { PageLoad, QuickSearch, SearchPageTiming } from './browser.ts';
import type { PageWeight } from './weights.ts';
import type { LighthousePage } from './lighthouse.ts';
import { fmt, kib, mib } from './lib.ts';

const TOOL_NAMES: Record<ToolResult['tool'], string> = {
  ours: 'this project',
  starlight: 'Starlight',
  hugo: 'Hugo + Pagefind',
};

const s = (n: number | undefined, d = 1) => fmt(n, d);

function sizeTable(size: SizeResult, cores: number): string {
  const rows = (['ours', 'starlight', 'hugo'] as const)
    .map((k) => size.tools[k])
    .filter((t): t is ToolResult => !!t)
    .map((t) =>
      t.notMeasured
        ? `| ${TOOL_NAMES[t.tool]} | not measured: ${t.notMeasured} | | | | | | |`
        : `| ${TOOL_NAMES[t.tool]} | **${s(t.seconds.median)}** (${s(t.seconds.min)}–${s(t.seconds.max)})` +
          `${t.generatorSeconds ? ` = ${s(t.generatorSeconds.median)} + ${s(t.pagefindSeconds?.median)}` : ''} | ` +
          `${s(t.peakTreeRssMiB.median / 1024, 2)} (max ${s(t.peakTreeRssMiB.max / 1024, 2)}) | ${s(t.maxProcessRssMiB.median / 1024, 2)} | ` +
          `${t.htmlPages} | ${s(t.pagesPerSecond, 0)} | ${s(mib(t.distBytes))} | ${s(mib(t.pagefindBytes))} |`,
    );
  const r = size.ratios;
  const loads = (['ours', 'starlight', 'hugo'] as const)
    .map((k) => size.tools[k])
    .filter((t): t is ToolResult => !!t && t.runs.length > 0)
    .map(
      (t) =>
        `${TOOL_NAMES[t.tool]} ${s(Math.min(...t.runs.map((x) => x.load1)), 1)}–${s(Math.max(...t.runs.map((x) => x.load1)), 1)}`,
    );
  return [
    `### N = ${size.sessions.toLocaleString('en')} sessions`,
    '',
    `${size.years} years, ${size.people} people, ${size.outcomes} outcomes, ~${size.wordsPerSession} words per session body, ${s(mib(size.contentBytes))} MiB of content.`,
    '',
    '| build | wall s, median (min–max) | peak RSS of process tree, GiB | largest process, GiB | HTML pages | pages/s | output MiB | Pagefind index MiB |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `Ratios of wall time (median): ours / Starlight **${r.oursToStarlight ? `${s(r.oursToStarlight, 2)}` : '–'}**` +
      `${r.oursToStarlight ? ` (Starlight / ours = ${s(1 / r.oursToStarlight, 2)})` : ''}; ` +
      `ours / (Hugo + Pagefind) **${r.oursToHugo ? s(r.oursToHugo, 1) : '–'}**; ours / Hugo alone ${r.oursToHugoWithoutPagefind ? s(r.oursToHugoWithoutPagefind, 1) : '–'}.`,
    '',
    `1-minute load average just before the runs (the machine has ${cores} cores; a high value means other work shared it): ${loads.join('; ')}.`,
    '',
  ].join('\n');
}

const isLoad = (p: unknown): p is PageLoad => !!p && typeof p === 'object' && 'total' in p;
const isQuick = (q: unknown): q is QuickSearch => !!q && typeof q === 'object' && 'cold' in q;
const isPageTiming = (q: unknown): q is SearchPageTiming =>
  !!q && typeof q === 'object' && 'msToResults' in q;

function browserTables(result: BenchResult): string {
  if (!result.browser.length) return '_Browser section skipped._\n';
  const loads = result.browser.flatMap(({ site, result: r }) =>
    Object.entries(r.pages).map(([kind, p]) =>
      isLoad(p)
        ? `| ${site} | ${kind} | \`${p.path.length > 40 ? `${p.path.slice(0, 37)}…` : p.path}\` | ${s(kib(p.html))} | ${s(kib(p.css))} | ${s(kib(p.js))} (${p.jsFiles} files) | ${s(kib(p.other))} | **${s(kib(p.total))}** | ${p.inlineScriptBytes} |`
        : `| ${site} | ${kind} | \`${p.path}\` | failed: ${p.error} | | | | | |`,
    ),
  );
  const searches = result.browser.flatMap(({ site, result: r }) =>
    (r.searches ?? []).flatMap(({ plan, quickSearch: q, searchPage: sp }) => {
      const who = `${site} (${plan.label})`;
      const gap = (t: { keyGapMs?: number }) => (t.keyGapMs ? `, keys ${s(t.keyGapMs, 0)} ms apart` : '');
      const out: string[] = [];
      if (isQuick(q)) {
        out.push(
          `| ${who} | box, whole query at once, cold | “${q.cold.query}” | ${s(kib(q.cold.bytes))} (${q.cold.requests}) | **${s(q.cold.msToResults, 0)}** from focus | ${s(q.cold.msAfterLastKey, 0)} |`,
        );
        out.push(
          `| ${who} | box, typed${gap(q.typed)} | “${q.typed.query}” | ${s(kib(q.typed.bytes))} (${q.typed.requests}) | ${s(q.typed.msToResults, 0)} from focus | **${s(q.typed.msAfterLastKey, 0)}** |`,
        );
        out.push(
          `| ${who} | refined, typed${gap(q.refined)} | “${q.refined.query}” | ${s(kib(q.refined.bytes))} (${q.refined.requests}) | ${s(q.refined.msToResults, 0)} from first added key | **${s(q.refined.msAfterLastKey, 0)}** |`,
        );
      } else out.push(`| ${who} | search box | “${plan.first}” | failed: ${q.error} | | |`);
      if (isPageTiming(sp))
        out.push(
          `| ${who} | \`${sp.path}\` opened | | ${s(kib(sp.bytes))} (${sp.requests}), whole page | **${s(sp.msToResults, 0)}** from navigation | – |`,
        );
      else if (sp) out.push(`| ${who} | search page | | failed: ${sp.error} | | |`);
      return out;
    }),
  );
  return [
    'First load of each page kind in a fresh browser context (no cache), bytes as transferred with gzip (KiB):',
    '',
    '| site | page kind | path | HTML | CSS | JS files | other | total | inline script bytes |',
    '|---|---|---|---|---|---|---|---|---|',
    ...loads,
    '',
    'Search through the UI (the median of three rounds, each in fresh browser contexts). Ours: the header search box; Starlight: its search dialog. KiB is what was transferred from the first interaction until results for the whole query showed (the page itself excluded, except for the search page). Times are taken in the page: from the focus (or click), from the last `input` event, or from navigation start, to the animation frame that shows results for exactly that query. Our box waits 120 ms after the last keystroke before it searches; the times include that wait. “typical” queries find about a tenth of the sessions; “broad” (synthetic archive only) finds nearly every page, the worst case. The typed rounds ask Playwright for 80 ms between keys; the gap the page saw is given.',
    '',
    '| site | how | query | KiB (requests) | ms to results | ms after last key |',
    '|---|---|---|---|---|---|',
    ...searches,
    '',
  ].join('\n');
}

function weightTables(result: BenchResult): string {
  // Results written before the page scan existed have no `weights`.
  if (!result.weights?.length) return '';
  const row = (p: PageWeight) =>
    `| \`${p.path}\` | ${s(kib(p.html))} | ${s(kib(p.css))} | ${s(kib(p.js))} | **${s(kib(p.total))}** |`;
  return result.weights
    .map((w) =>
      [
        `Every page of **${w.site}**, first load without a browser (HTML + the CSS and script files it links, gzip): ${w.over.length} of ${w.pages} pages are over ${w.budget / 1000} KB. The heaviest (KiB):`,
        '',
        '| page | HTML | CSS | JS files | total |',
        '|---|---|---|---|---|',
        ...w.heaviest.map(row),
        '',
      ].join('\n'),
    )
    .join('\n');
}

function lighthouseTable(result: BenchResult): string {
  const lh = result.lighthouse;
  if (!lh) return '_Lighthouse section skipped._\n';
  if ('error' in lh) return `Lighthouse failed: ${lh.error}\n`;
  const cell = (p: LighthousePage, form: 'mobile' | 'desktop') => {
    const sc = p[form];
    return sc ? `${sc.performance} / ${sc.accessibility} / ${sc['best-practices']} / ${sc.seo}` : '–';
  };
  return [
    `Lighthouse ${lh.version}, our real-content build served with gzip on 127.0.0.1. Scores: performance / accessibility / best practices / SEO. Mobile is Lighthouse's default (simulated slow 4G, 4× CPU slowdown); desktop is \`--preset=desktop\`.`,
    '',
    '| page kind | path | mobile | desktop | scored audits below 100 |',
    '|---|---|---|---|---|',
    ...lh.pages.map(
      (p) =>
        `| ${p.kind} | \`${p.path}\` | ${cell(p, 'mobile')} | ${cell(p, 'desktop')} | ${
          p.error
            ? `failed: ${p.error}`
            : Object.entries(p.failing ?? {})
                .filter(([, a]) => a.length)
                .map(([f, a]) => `${f}: ${a.join(', ')}`)
                .join('; ') || 'none'
        } |`,
    ),
    '',
  ].join('\n');
}

interface Target {
  target: string;
  measured: string;
  met: boolean | undefined;
}

/** The project's own targets, checked against what was measured (undefined: not measured). */
export function targets(result: BenchResult): Target[] {
  const out: Target[] = [];
  const real = result.pipelines?.seconds.satteri;
  out.push({
    target: 'whole real build ≤ 5 s',
    measured: real ? `${s(real.median, 2)} s median` : 'not measured',
    met: real ? real.median <= 5 : undefined,
  });
  const big = result.sizes.find((x) => x.sessions === 10000)?.tools.ours;
  out.push({
    target: '10,000 sessions ≤ 60 s',
    measured: big && !big.notMeasured ? `${s(big.seconds.median)} s` : 'not measured',
    met: big && !big.notMeasured ? big.seconds.median <= 60 : undefined,
  });
  out.push({
    target: '10,000 sessions ≤ 2 GiB peak',
    measured:
      big && !big.notMeasured
        ? `${s(big.peakTreeRssMiB.median / 1024, 2)} GiB (process tree), ${s(big.maxProcessRssMiB.median / 1024, 2)} GiB largest process`
        : 'not measured',
    met: big && !big.notMeasured ? big.peakTreeRssMiB.median <= 2048 : undefined,
  });
  const slope = result.slopes.find((x) => x.from === 1000 && x.to === 10000) ?? result.slopes.at(-1);
  out.push({
    target: 'linear growth',
    measured: slope
      ? `cost per session at ${slope.to} is ${s(slope.perSessionCostRatio, 2)}× that at ${slope.from}`
      : 'not measured',
    met: slope ? slope.perSessionCostRatio <= 1.25 : undefined,
  });
  const ratioAt = (k: 'oursToStarlight' | 'oursToHugo') =>
    result.sizes
      .filter((x) => x.ratios[k] !== undefined)
      .map((x) => `${x.ratios[k]!.toFixed(2)} at N=${x.sessions}`);
  const st = result.sizes.filter((x) => x.ratios.oursToStarlight !== undefined);
  out.push({
    target: '≥ 5× faster than Starlight (ours/Starlight ≤ 0.2)',
    measured: ratioAt('oursToStarlight').join(', ') || 'not measured',
    met: st.length ? st.every((x) => x.ratios.oursToStarlight! <= 0.2) : undefined,
  });
  const hu = result.sizes.filter((x) => x.ratios.oursToHugo !== undefined);
  out.push({
    target: 'within 10× of Hugo (ours/Hugo ≤ 10)',
    measured: ratioAt('oursToHugo').join(', ') || 'not measured',
    met: hu.length ? hu.every((x) => x.ratios.oursToHugo! <= 10) : undefined,
  });
  const ours = result.browser.filter((b) => b.site.startsWith('ours'));
  const contentLoads = ours.flatMap((b) =>
    Object.entries(b.result.pages)
      .filter(([k]) => k !== 'search')
      .map(([k, p]) => ({ site: b.site, k, p })),
  );
  const okLoads = contentLoads.filter((x) => isLoad(x.p)) as { site: string; k: string; p: PageLoad }[];
  if (okLoads.length) {
    const worst = okLoads.reduce((a, b) => (b.p.total > a.p.total ? b : a));
    const scan = result.weights?.find((w) => w.site === 'ours, real content');
    const over = scan
      ? `; on the real site ${scan.over.length} of ${scan.pages} pages are over 10 KB (heaviest ${scan.heaviest[0]?.path}, ${scan.heaviest[0]?.total} bytes)`
      : '';
    out.push({
      target: 'content pages ≤ 10 KB gzip first load',
      measured: `in the browser, largest: ${worst.k} of ${worst.site}, ${worst.p.total} bytes${over}`,
      met:
        okLoads.every((x) => x.p.total <= 10_000) &&
        (!scan || scan.over.every((p) => p.path.startsWith('/search/'))),
    });
    const js = okLoads.reduce((n, x) => n + x.p.js, 0);
    out.push({
      target: '0 bytes of JavaScript files until search is opened',
      measured: `${js} bytes in ${okLoads.reduce((n, x) => n + x.p.jsFiles, 0)} files over ${okLoads.length} page loads`,
      met: js === 0,
    });
  }
  const typical = ours.flatMap((b) =>
    (b.result.searches ?? [])
      .filter((x) => x.plan.label === 'typical' && isQuick(x.quickSearch))
      .map((x) => ({ site: b.site, q: x.quickSearch as QuickSearch })),
  );
  const broad = ours.flatMap((b) =>
    (b.result.searches ?? [])
      .filter((x) => x.plan.label === 'broad' && isQuick(x.quickSearch))
      .map((x) => ({ site: b.site, q: x.quickSearch as QuickSearch })),
  );
  const stress = (f: (q: QuickSearch) => string) =>
    broad.length ? `; broad query (not judged): ${broad.map((x) => `${f(x.q)} (${x.site})`).join('; ')}` : '';
  if (typical.length) {
    out.push({
      target: 'first search ≤ 130 KB transferred',
      measured:
        typical.map((x) => `${x.q.cold.bytes} bytes (${x.site})`).join('; ') +
        stress((q) => `${q.cold.bytes} bytes`),
      met: typical.every((x) => x.q.cold.bytes <= 130_000),
    });
    out.push({
      target: 'first search ≤ 200 ms to results',
      measured:
        typical.map((x) => `${s(x.q.cold.msToResults, 0)} ms from focus, cold (${x.site})`).join('; ') +
        stress((q) => `${s(q.cold.msToResults, 0)} ms`),
      met: typical.every((x) => x.q.cold.msToResults <= 200),
    });
    out.push({
      target: 'results visible ≤ 300 ms after the last keystroke',
      measured:
        typical
          .map(
            (x) =>
              `${s(x.q.typed.msAfterLastKey, 0)} / ${s(x.q.refined.msAfterLastKey, 0)} ms first / refined (${x.site})`,
          )
          .join('; ') +
        stress((q) => `${s(q.typed.msAfterLastKey, 0)} / ${s(q.refined.msAfterLastKey, 0)} ms`),
      met: typical.every((x) => x.q.typed.msAfterLastKey <= 300 && x.q.refined.msAfterLastKey <= 300),
    });
  }
  const lh = result.lighthouse;
  if (lh && !('error' in lh)) {
    const all = lh.pages.flatMap((p) => [p.mobile, p.desktop]).filter((x) => !!x);
    const below = lh.pages.flatMap((p) =>
      (['mobile', 'desktop'] as const).flatMap((f) =>
        Object.entries(p[f] ?? {})
          .filter(([, v]) => v !== 100)
          .map(([c, v]) => `${p.kind} ${f} ${c} ${v}`),
      ),
    );
    out.push({
      target: 'Lighthouse 100 ×4 on every page kind',
      measured: below.length ? `below 100: ${below.join(', ')}` : `all ${all.length * 4} scores 100`,
      met: all.length > 0 && below.length === 0 && lh.pages.every((p) => !p.error),
    });
  }
  return out;
}

export function renderReport(result: BenchResult & { benchMinutes?: number }): string {
  const m = result.machine;
  const p = result.pipelines;
  const lines: string[] = [
    '# Benchmarks',
    '',
    `Measured ${result.date.slice(0, 16).replace('T', ' ')} UTC by \`${result.commands.bench}\`${result.benchMinutes ? ` (${s(result.benchMinutes, 0)} min)` : ''}. ` +
      'Numbers are measurements, not test assertions; `npm test` does not run them. Generated by `scripts/bench.ts`; the raw numbers are in `docs/benchmarks.json`.',
    '',
    '## Machine and versions',
    '',
    `- ${m.cores} cores, ${m.cpu}, ${m.memoryGiB} GiB memory, ${m.os}, Node ${m.node}`,
    `- ${Object.entries(result.versions)
      .filter(([, v]) => v)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    `- ${result.options.runs} runs per build, sizes ${result.options.sizes.join(', ')}, seed ${result.options.seed}; time cap ${result.options.buildCapSeconds} s per build of ours and Hugo, ${result.options.starlightCapSeconds} s per Starlight build`,
    '',
    '## Targets',
    '',
    '| target | measured | met |',
    '|---|---|---|',
    ...targets(result).map(
      (t) =>
        `| ${t.target} | ${t.measured} | ${t.met === undefined ? 'not measured' : t.met ? 'yes' : '**no**'} |`,
    ),
    '',
    '## Build at scale: this project, Starlight, Hugo',
    '',
    "A synthetic archive (`scripts/bench/generate.ts`, deterministic from the seed) in the project's own format: sessions as MDX (front matter = fields, ~500-word body with a GFM table, lists, links, kernel identifiers), outcomes for every second session, a recording for every tenth, one person per 20 sessions, one edition per 100 sessions but at most 84 (years 2017–2100, so N = 10,000 has ~119 sessions a year), and the real areas, topics and prose pages. " +
      "Starlight gets the same sessions as docs pages (same MDX bodies, title and description as front matter) plus a page per year listing them; its sidebar lists only the years, because Starlight's default sidebar would put every page on every page. " +
      "Hugo gets the same bodies as Markdown with a theme-less layout, a section per year and taxonomies for topics and speakers, then Pagefind's CLI over its output. " +
      `Starlight is built at a size only when its time at the smaller size, scaled linearly, fits the cap of ${result.options.starlightCapSeconds} s a build; a build that reaches the cap is stopped, and the size is reported as not measured, with the reason. ` +
      'Runs alternate ours / Starlight / Hugo. Wall time includes everything each build does: for ours the content check, Astro, the post-build steps and Pagefind; Starlight runs Pagefind itself. ' +
      "Peak memory is the sum of RSS over the build's process tree sampled every 100 ms (Pagefind is a separate process), and the largest single process as the kernel counted it (GNU time).",
    '',
    ...result.sizes.map((x) => sizeTable(x, m.cores)),
  ];
  if (result.slopes.length) {
    lines.push(
      'Growth of our build:',
      '',
      '| from N | to N | seconds per 1,000 more sessions | peak MiB per 1,000 more sessions | cost per session, larger / smaller |',
      '|---|---|---|---|---|',
      ...result.slopes.map(
        (x) =>
          `| ${x.from} | ${x.to} | ${s(x.oursSecondsPer1000, 2)} | ${s(x.oursPeakMiBPer1000, 0)} | ${s(x.perSessionCostRatio, 2)} |`,
      ),
      '',
    );
  }
  lines.push(
    '## Pages in the browser',
    '',
    browserTables(result),
    weightTables(result),
    '## Lighthouse',
    '',
    lighthouseTable(result),
  );
  if (p) {
    lines.push(
      '## Markdown pipelines on the real site',
      '',
      `Whole build of the real content (check, Astro, Pagefind), ${p.runs} alternating runs each, ${p.realSite.htmlPages} pages, ${s(mib(p.realSite.distBytes))} MiB output of which ${s(mib(p.realSite.pagefindBytes))} MiB Pagefind index:`,
      '',
      '| pipeline | wall s, median (min–max) | peak RSS GiB, median |',
      '|---|---|---|',
      `| Sätteri (Astro's default, used) | **${s(p.seconds.satteri.median, 2)}** (${s(p.seconds.satteri.min, 2)}–${s(p.seconds.satteri.max, 2)}) | ${s(p.peakTreeRssMiB.satteri.median / 1024, 2)} |`,
      `| unified + remark-gfm | **${s(p.seconds.unified.median, 2)}** (${s(p.seconds.unified.min, 2)}–${s(p.seconds.unified.max, 2)}) | ${s(p.peakTreeRssMiB.unified.median / 1024, 2)} |`,
      '',
      `unified / Sätteri: **${s(p.ratioUnifiedToSatteri, 2)}×**. 1-minute load average before the runs: ${s(Math.min(...p.load1), 1)}–${s(Math.max(...p.load1), 1)}.`,
      '',
    );
  }
  if (result.notes.length) lines.push('## Notes', '', ...result.notes.map((n) => `- ${n}`), '');
  lines.push('## Commands', '', ...Object.entries(result.commands).map(([k, v]) => `- ${k}: \`${v}\``), '');
  return `${lines.join('\n')}\n`;
}
