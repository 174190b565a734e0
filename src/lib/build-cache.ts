/**
 * Astro keeps parsed (and, for Markdown, rendered) entries in a data store between builds and
 * only re-reads files whose text changed. It clears the store itself when content.config.ts,
 * the Astro config or Astro's version change, but not when a module content.config.ts imports
 * changes: a new schema would then be applied to old entries. So the build keeps a digest of
 * everything the store depends on beside it, and clears the store only when that digest moves.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Where the build starts following imports: the content config and the Astro config. */
export const STORE_ROOTS = ['src/content.config.ts', 'astro.config.mjs'];
/** Read by the loaders but not imported: the installed versions of every package. */
export const STORE_EXTRAS = ['package-lock.json'];
/** Environment that changes what a loader stores (where content is, how Markdown renders). */
export const STORE_ENV = ['CONTENT_DIR', 'MARKDOWN_PIPELINE', 'BASE_PATH', 'SITE_URL'];

const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/**
 * The project files reachable from `roots` through relative imports (static and dynamic with a
 * literal path), roots included, as sorted paths relative to `root`. Package imports are covered
 * by the lock file instead.
 */
export function importClosure(
  root: string,
  roots: string[],
  read: (file: string) => string | undefined = (f) => (existsSync(f) ? readFileSync(f, 'utf8') : undefined),
): string[] {
  const seen = new Set<string>();
  const stack = roots.map((r) => path.resolve(root, r));
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    const text = read(file);
    if (text === undefined) continue;
    seen.add(file);
    for (const m of text.matchAll(RELATIVE_IMPORT)) stack.push(path.resolve(path.dirname(file), m[1]!));
  }
  return [...seen].map((f) => path.relative(root, f).split(path.sep).join('/')).sort();
}

/** One digest of the files' names and bytes and of the environment values given. */
export function storeDigest(
  files: { name: string; text: string }[],
  env: Record<string, string | undefined>,
): string {
  const h = createHash('sha256');
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name)))
    h.update(`file ${f.name} ${Buffer.byteLength(f.text)}\n`).update(f.text);
  for (const k of Object.keys(env).sort()) h.update(`env ${k}=${env[k] ?? ''}\n`);
  return h.digest('hex');
}

/** The digest of this project's store inputs, as the build about to run would see them. */
export function projectStoreDigest(root: string, contentRoot: string): string {
  const names = [...importClosure(root, STORE_ROOTS), ...STORE_EXTRAS];
  const files = names.flatMap((name) => {
    const file = path.join(root, name);
    return existsSync(file) ? [{ name, text: readFileSync(file, 'utf8') }] : [];
  });
  const env: Record<string, string | undefined> = Object.fromEntries(
    STORE_ENV.map((k) => [k, process.env[k]]),
  );
  // The absolute folder: stored entries remember the file they came from.
  env.CONTENT_DIR = contentRoot;
  env.NODE = process.version;
  return storeDigest(files, env);
}

/** Astro's store (a file, or a folder when chunked) in its cache folder and in .astro/. */
const storePaths = (root: string) => [
  path.join(root, 'node_modules', '.astro', 'data-store.json'),
  path.join(root, 'node_modules', '.astro', 'data-store'),
  path.join(root, '.astro', 'data-store.json'),
  path.join(root, '.astro', 'data-store'),
];
export const digestFile = (root: string) => path.join(root, 'node_modules', '.astro', 'store-inputs.sha256');

/**
 * Before `astro build`: keeps the store when it was written by a build with the same inputs,
 * otherwise clears it. The digest is removed until `storeBuilt` writes it back, so a build
 * that fails halfway never leaves a store that looks current.
 */
export async function prepareStore(root: string, digest: string): Promise<'kept' | 'cleared'> {
  const file = digestFile(root);
  const previous = existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
  await rm(file, { force: true });
  if (previous === digest) return 'kept';
  for (const p of storePaths(root)) await rm(p, { recursive: true, force: true });
  return 'cleared';
}

/** After a successful `astro build`: the store now matches these inputs. */
export async function storeBuilt(root: string, digest: string): Promise<void> {
  await mkdir(path.dirname(digestFile(root)), { recursive: true });
  await writeFile(digestFile(root), `${digest}\n`);
}
