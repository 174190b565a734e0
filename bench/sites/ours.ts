/**
 * Our site in the bench: a copy of this project under .bench/ours, built by scripts/build.ts
 * (check, Astro, post-build steps, Pagefind) on any content folder into any output folder.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { measure, nodeEnv } from '../lib.ts';
import type { BuildResult } from '../types.ts';

/** Project files the copy needs; node_modules is linked, build output and caches stay behind. */
const SKIP = new Set(['node_modules', 'dist', '.astro', '.bench', '.git', 'test-results']);
/** Caches Astro and Vite write into node_modules/: kept per copy so two builds never share them. */
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * Copies the project into `dir` (fresh each bench run, so it builds today's src/) and gives it a
 * node_modules/ of links to the project's packages. Linking the whole folder would let the copy's
 * build delete and write the real project's node_modules/.astro/data-store.json (build.ts clears
 * it), racing with anyone building the real site.
 */
export function prepareOurCopy(root: string, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(root)) {
    if (SKIP.has(name)) continue;
    cpSync(path.join(root, name), path.join(dir, name), { recursive: true });
  }
  const modules = path.join(dir, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(path.join(root, 'node_modules'))) {
    if (PRIVATE_CACHES.has(name)) continue;
    symlinkSync(path.join(root, 'node_modules', name), path.join(modules, name));
  }
}

/**
 * `CONTENT_DIR=<content> node scripts/build.ts --out <out>` in the copy. Older build scripts
 * without --out write the copy's dist/, which is then moved to `out`.
 */
export async function buildOurs(
  copy: string,
  content: string,
  out: string,
  timeoutSeconds: number,
  extraEnv: Record<string, string> = {},
): Promise<BuildResult> {
  const hasOut = readFileSync(path.join(copy, 'scripts', 'build.ts'), 'utf8').includes("'--out'");
  const args = ['scripts/build.ts', ...(hasOut ? ['--out', out] : [])];
  const r = await measure(process.execPath, args, {
    cwd: copy,
    env: nodeEnv({ CONTENT_DIR: content, ...extraEnv }),
    timeoutSeconds,
  });
  if (r.ok && !hasOut) {
    rmSync(out, { recursive: true, force: true });
    renameSync(path.join(copy, 'dist'), out);
  }
  return { ...r, out };
}
