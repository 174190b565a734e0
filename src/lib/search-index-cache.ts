/**
 * Pagefind's output for each part of the index, kept between builds and keyed by a digest of
 * everything that part's run reads: its input folder (the pages cut to what is indexed, its
 * dictionary), Pagefind's version and its arguments. A rebuild runs Pagefind only for parts
 * whose digest moved, and copies the rest: editing one session re-indexes the part holding it.
 * A word new to the whole archive changes every other part's dictionary, and so every part.
 */
import { cpSync, existsSync, globSync, readFileSync } from 'node:fs';
import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';

/**
 * One digest of a folder's files (paths and bytes, in a fixed order) and of `salt`, which
 * names what else the output depends on.
 */
export function folderDigest(folder: string, salt: string): string {
  const h = createHash('sha256').update(`${salt}\n`);
  const files = globSync('**/*', { cwd: folder, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(folder, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
  for (const f of files) {
    const bytes = readFileSync(path.join(folder, f));
    h.update(`${f} ${bytes.length}\n`).update(bytes);
  }
  return h.digest('hex');
}

/** The cache holds one folder per slot (`main`, `part-1`, …): the output of its last digest. */
const slotDir = (cache: string, slot: string, digest: string) => path.join(cache, slot, digest.slice(0, 32));

/** Copies the kept output of `slot` for `digest` to `out`; false when there is none. */
export function restorePart(cache: string, slot: string, digest: string, out: string): boolean {
  const kept = slotDir(cache, slot, digest);
  if (!existsSync(kept)) return false;
  cpSync(kept, out, { recursive: true });
  return true;
}

/**
 * Keeps `out` as the output of `slot` for `digest`, in place of what the slot held, leaving out
 * the entries of `out` named in `besides` (the parts' folders inside the main index's output).
 * Written beside and renamed, so a build stopped halfway never leaves a partial copy to be
 * reused. Asynchronous: the build copies one part while Pagefind indexes the next.
 */
export async function keepPart(
  cache: string,
  slot: string,
  digest: string,
  out: string,
  besides: string[] = [],
): Promise<void> {
  const kept = slotDir(cache, slot, digest);
  const writing = `${path.dirname(kept)}.writing`;
  const left = new Set(besides.map((b) => path.join(out, b.replace(/\/$/, ''))));
  await rm(writing, { recursive: true, force: true });
  await mkdir(writing, { recursive: true });
  await cp(out, path.join(writing, path.basename(kept)), {
    recursive: true,
    filter: (src) => !left.has(src),
  });
  await rm(path.dirname(kept), { recursive: true, force: true });
  await rename(writing, path.dirname(kept));
}
