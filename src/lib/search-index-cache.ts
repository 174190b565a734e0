/**
 * Pagefind's output for each part of the index, kept between builds and keyed by a digest of
 * everything that part's run reads: its input folder (the pages cut to what is indexed, its
 * dictionary), Pagefind's version and its arguments. A rebuild runs Pagefind only for parts
 * whose digest moved, and copies the rest: editing one session re-indexes the part holding it.
 * A word new to the whole archive changes every other part's dictionary, and so every part.
 *
 * The kept output and the site's share their files as hard links: at 10,000 sessions a part is
 * about 5,700 files, which took 5 s to copy while Pagefind indexed the next part, and 0.06 s to
 * link. Nothing writes into Pagefind's output once it has run, so sharing is safe; a site on
 * another file system than the cache gets copies.
 */
import { cpSync, existsSync, globSync, linkSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
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

/**
 * Gives `to` the tree of `from` (a folder not yet there), leaving out the paths in `left`: hard
 * links where both sit on one file system, copies otherwise.
 */
export function shareTree(from: string, to: string, left: Set<string> = new Set()): void {
  try {
    linkTree(from, to, left);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    cpSync(from, to, { recursive: true, force: true, filter: (src) => !left.has(src) });
  }
}

function linkTree(from: string, to: string, left: Set<string>): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    if (left.has(source)) continue;
    if (entry.isDirectory()) linkTree(source, path.join(to, entry.name), left);
    else linkSync(source, path.join(to, entry.name));
  }
}

/** The cache holds one folder per slot (`main`, `part-1`, …): the output of its last digest. */
const slotDir = (cache: string, slot: string, digest: string) => path.join(cache, slot, digest.slice(0, 32));

/** Copies the kept output of `slot` for `digest` to `out`; false when there is none. */
export function restorePart(cache: string, slot: string, digest: string, out: string): boolean {
  const kept = slotDir(cache, slot, digest);
  if (!existsSync(kept)) return false;
  shareTree(kept, out);
  return true;
}

/**
 * Keeps `out` as the output of `slot` for `digest`, in place of what the slot held, leaving out
 * the entries of `out` named in `besides` (the parts' folders inside the main index's output).
 * Written beside and renamed, so a build stopped halfway never leaves a partial copy to be
 * reused. Asynchronous: removing the slot's last output is a deletion of thousands of files,
 * which goes on while Pagefind indexes the next part.
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
  shareTree(out, path.join(writing, path.basename(kept)), left);
  await rm(path.dirname(kept), { recursive: true, force: true });
  await rename(writing, path.dirname(kept));
}
