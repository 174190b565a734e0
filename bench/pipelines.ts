/**
 * The Markdown pipeline comparison recorded in docs/architecture.md: the whole build of the
 * real site (check, Astro, Pagefind) with Sätteri (Astro's default) and with unified +
 * remark-gfm, runs alternating so machine noise hits both alike. Runs in the bench's copy of
 * the project, so the real dist/ is never touched; the last Sätteri build is kept as the real
 * site for the browser and Lighthouse sections.
 */
import os from 'node:os';
import { buildOurs } from './sites/ours.ts';
import { stats } from './lib.ts';
import { PIPELINES, type BuildResult, type Pipeline, type PipelineResult } from './types.ts';

export async function comparePipelines(
  copy: string,
  realContent: string,
  keepAs: string,
  runs: number,
  timeoutSeconds: number,
): Promise<PipelineResult> {
  const times: Record<Pipeline, number[]> = { satteri: [], unified: [] };
  const peaks: Record<Pipeline, number[]> = { satteri: [], unified: [] };
  const failures: string[] = [];
  const load1: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Reverse the order every other round: the first build of a round may pay for cold caches.
    const order = i % 2 ? [...PIPELINES].reverse() : [...PIPELINES];
    for (const pipeline of order) {
      load1.push(os.loadavg()[0]!);
      const r: BuildResult = await buildOurs({
        copy,
        content: realContent,
        out: keepAs,
        timeoutSeconds,
        env: { MARKDOWN_PIPELINE: pipeline },
      });
      if (!r.ok) {
        failures.push(`${pipeline} run ${i + 1}: ${r.error}\n${r.tail}`);
        continue;
      }
      times[pipeline].push(r.seconds);
      peaks[pipeline].push(r.peakTreeRssMiB);
      console.log(
        `  pipelines run ${i + 1} ${pipeline}: ${r.seconds.toFixed(2)} s, ${r.peakTreeRssMiB.toFixed(0)} MiB`,
      );
    }
  }
  // Leave the kept real-site build made with the site's own pipeline.
  if (runs % 2 === 1 || times.satteri.length === 0) {
    const r = await buildOurs({ copy, content: realContent, out: keepAs, timeoutSeconds });
    if (!r.ok) failures.push(`final satteri build: ${r.error}\n${r.tail}`);
  }
  const s = { satteri: stats(times.satteri), unified: stats(times.unified) };
  return {
    runs,
    seconds: s,
    peakTreeRssMiB: { satteri: stats(peaks.satteri), unified: stats(peaks.unified) },
    ratioUnifiedToSatteri: s.unified.median / s.satteri.median,
    load1,
    failures,
  };
}
