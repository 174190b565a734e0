/**
 * Runs the real build (`node scripts/build.ts`) as a child process, on any content folder and
 * into any output folder, and fingerprints outputs for byte-for-byte comparisons.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { shellEnv } from '../shell-env.ts';

export const PROJECT = path.resolve(import.meta.dirname, '../..');

export interface BuildRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runBuild(out: string, contentDir?: string, env: Record<string, string> = {}): BuildRun {
  const vars = shellEnv({ CI: '1', ...env, ...(contentDir ? { CONTENT_DIR: contentDir } : {}) });
  const r = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
    cwd: PROJECT,
    env: vars,
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Path -> sha256 of every file under dir (empty when dir does not exist). */
export function fingerprint(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    globSync('**/*', { cwd: dir, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
      .sort()
      .map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(path.join(dir, f)))
          .digest('hex'),
      ]),
  );
}
