/** The browser tables: first-load bytes per page kind, search through the UI, page weights. */
import { kib } from '../lib.ts';
import type { BenchResult, PageWeight } from '../types.ts';
import { isLoad, isPageTiming, isQuick, s } from './guards.ts';

export function browserTables(result: BenchResult): string {
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

export function weightTables(result: BenchResult): string {
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
