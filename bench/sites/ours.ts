/**
 * Our site in the bench: a copy of this project under .bench/ours, built by scripts/build.ts
 * (check, Astro, post-build steps, Pagefind) on any content folder into any output folder.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
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

/** Astro's data store and page cache in the copy: removed before a cold build, kept for a warm one. */
export function clearStore(copy: string): void {
  rmSync(path.join(copy, 'node_modules', '.astro'), { recursive: true, force: true });
  rmSync(path.join(copy, '.astro'), { recursive: true, force: true });
}

export interface OursBuild {
  copy: string;
  content: string;
  out: string;
  timeoutSeconds: number;
  /** Keep Astro's data store of the previous build (a warm rebuild); cold by default. */
  warm?: boolean;
  env?: Record<string, string>;
}

/** `CONTENT_DIR=<content> node scripts/build.ts --out <out>` in the copy. */
export async function buildOurs(b: OursBuild): Promise<BuildResult> {
  if (!b.warm) clearStore(b.copy);
  const r = await measure(process.execPath, ['scripts/build.ts', '--out', b.out], {
    cwd: b.copy,
    env: nodeEnv({ CONTENT_DIR: b.content, ...b.env }),
    timeoutSeconds: b.timeoutSeconds,
  });
  return { ...r, out: b.out };
}

/**
 * The seconds of a build's search index phase, read from the line scripts/build.ts ends with
 * ("Built the site … in 86.1 s (check … 6.6 s, astro … 41.8 s, …, search index (3 parts, 0
 * unchanged) 33.0 s)."); undefined when the output has no such line.
 */
export function searchIndexSeconds(output: string): number | undefined {
  const m = /^Built the site .* in [\d.]+ s \(.*\bsearch index(?: \([^)]*\))? ([\d.]+) s\)\.$/m.exec(output);
  return m ? Number(m[1]) : undefined;
}
