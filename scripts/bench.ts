/**
 * `npm run bench`: times the whole build of the real site (content check, Astro, Pagefind)
 * with each Markdown pipeline, alternating runs so machine noise hits both alike, and reports
 * medians and the ratio. Not part of `npm test`: timings belong in benchmarks, not assertions.
 *
 *   npm run bench -- --runs 5
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const pipelines = ['satteri', 'unified'] as const;
const times: Record<(typeof pipelines)[number], number[]> = { satteri: [], unified: [] };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

for (let i = 0; i < runs; i++) {
  for (const pipeline of i % 2 ? [...pipelines].reverse() : pipelines) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['scripts/build.ts'], { env: { ...process.env, MARKDOWN_PIPELINE: pipeline, CI: '1' }, stdio: ['ignore', 'pipe', 'inherit'] });
    if (r.status !== 0) throw new Error(`build with ${pipeline} failed`);
    times[pipeline].push((performance.now() - t0) / 1000);
    console.log(`run ${i + 1} ${pipeline}: ${times[pipeline].at(-1)!.toFixed(2)} s`);
  }
}
// Leave dist/ built with the site's own pipeline.
spawnSync(process.execPath, ['scripts/build.ts'], { env: { ...process.env, CI: '1' }, stdio: 'ignore' });

const result = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  runs,
  seconds: Object.fromEntries(pipelines.map((p) => [p, { median: median(times[p]), min: Math.min(...times[p]), max: Math.max(...times[p]) }])),
  ratioUnifiedToSatteri: median(times.unified) / median(times.satteri),
};
mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/build-pipelines.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(`\nWhole build with Pagefind, median of ${runs} (${result.machine}):`);
for (const p of pipelines) {
  const t = result.seconds[p]!;
  console.log(`  ${p.padEnd(8)} ${t.median.toFixed(2)} s (min ${t.min.toFixed(2)}, max ${t.max.toFixed(2)})`);
}
console.log(`  unified / satteri: ${result.ratioUnifiedToSatteri.toFixed(2)}x`);
