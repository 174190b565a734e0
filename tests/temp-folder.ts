/**
 * Vitest's global setup: the run's temporary files go in one folder of their own, removed when
 * the run ends. Tests, the builds they start and Chromium make hundreds of temporary folders a
 * run (each test archive is one); left in the system's temp folder, they piled up by the
 * thousand. Workers and the processes they start inherit TMPDIR, which os.tmpdir() reads.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const folder = mkdtempSync(path.join(tmpdir(), 'archive-tests-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = folder;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(folder, { recursive: true, force: true });
  };
}
