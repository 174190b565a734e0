/**
 * How fast the machine's disk takes new files just before a run. On this VM the system time of
 * Astro's step at 10,000 sessions went from 10.6 to 39.0 s over ten runs in one hour while the
 * load average stayed about 2 (docs/benchmarks.md, Notes): a run that follows a slow probe was
 * slowed by the disk, not by the code.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FILES = 1000;
const PAGE = 'x'.repeat(16 * 1024);
let probes = 0;

/**
 * Writes 1,000 files of 16 KB (a page each, in folders of 20 as a site's are) into a new folder
 * under `dir` and gives the milliseconds it took. The files stay until removeDiskProbes: deleting
 * them right away would slow the run being measured.
 */
export function probeDisk(dir: string): number {
  const folder = path.join(dir, `probe-${process.pid}-${probes++}`);
  const started = performance.now();
  for (let i = 0; i < FILES; i++) {
    const sub = path.join(folder, String(Math.floor(i / 20)), String(i));
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, 'index.html'), PAGE);
  }
  return performance.now() - started;
}

export const removeDiskProbes = (dir: string) => rmSync(dir, { recursive: true, force: true });
