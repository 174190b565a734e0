/** The Lighthouse table of our real-content build. */
import type { BenchResult, LighthousePage } from '../types.ts';

export function lighthouseTable(result: BenchResult): string {
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
