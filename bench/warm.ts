/**
 * The warm rebuild: after the cold builds at a size, one session file is edited (a sentence
 * added to its notes) and our build runs again with Astro's data store and page cache kept,
 * as an editor's next `npm run build` would. Each run edits the file anew.
 */
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import type { Archive } from './generate/model.ts';
import { stats } from './lib.ts';
import { log, withMachineState } from './results.ts';
import { buildOurs } from './sites/ours.ts';
import type { Options, Run, WarmResult } from './types.ts';

export async function warmRebuilds(
  { copy, content, out, probes }: { copy: string; content: string; out: string; probes: string },
  archive: Archive,
  options: Options,
): Promise<WarmResult> {
  const s = archive.sessions[0]!;
  const editedFile = `sessions/${s.year}/${s.slug}.${options.format}`;
  const runs: Run[] = [];
  for (let i = 0; i < options.runs; i++) {
    appendFileSync(path.join(content, editedFile), `\nA sentence added before warm rebuild ${i + 1}.\n`);
    log(`scale N=${archive.sessions.length} warm ${i + 1}/${options.runs}: ours after editing ${editedFile}`);
    const r = await withMachineState(
      () => buildOurs({ copy, content, out, timeoutSeconds: options.buildCapSeconds, warm: true }),
      probes,
    );
    log(
      `  warm ${r.ok ? `${r.seconds.toFixed(1)} s, peak ${r.peakTreeRssMiB.toFixed(0)} MiB, disk probe ${r.diskMs.toFixed(0)} ms` : `failed: ${r.error}\n${r.tail}`}`,
    );
    runs.push(r);
  }
  const ok = runs.filter((r) => r.ok);
  return {
    editedFile,
    runs: runs.map((r) => ({ ...r, tail: r.ok ? '' : r.tail })),
    seconds: stats(ok.map((r) => r.seconds)),
    peakTreeRssMiB: stats(ok.map((r) => r.peakTreeRssMiB)),
  };
}
