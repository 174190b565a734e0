/**
 * Astro's glob loader follows symbolic links and reads any bytes as text. `npm run build`
 * runs the content check first, but `npm run dev` and a bare `astro build` do not: this
 * wrapper holds the loader to the check's rules, so a link out of the content folder or a
 * file that is not UTF-8 stops the load with the link's (or file's) path and nothing of what
 * it holds, and a file linked in while the dev server runs is refused, not read.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { displayPath } from './collections.ts';
import { decodeUtf8, isPlainFileInside, listContent, unsafeMessage } from './safe-files.ts';

type Watcher = NonNullable<LoaderContext['watcher']>;

/** Why a file may not be loaded, in one line, or undefined when it may. */
function refusal(file: string, root: string): string | undefined {
  const decoded = decodeUtf8(readFileSync(file));
  if ('text' in decoded) return undefined;
  return `${displayPath(root, file)}: line ${decoded.line}, column ${decoded.column}: not UTF-8 text (bytes ${decoded.bytes}). Save the file with UTF-8 encoding.`;
}

/** Every problem in `folder`, one line each: links, special files and bytes that are not text. */
export function loadProblems(folder: string, contentDir: string, root: string): string[] {
  const { files, unsafe } = listContent(folder, contentDir);
  const shown = (p: string) => displayPath(root, p);
  return [
    ...unsafe.map((u) => `${shown(u.file)}: ${unsafeMessage(u, shown).message}`),
    ...files.flatMap((f) => refusal(path.join(folder, f), root) ?? []),
  ];
}

/** The watcher as the loader sees it: events for files the check would refuse are dropped. */
function guardWatcher(watcher: Watcher, folder: string, root: string, log: LoaderContext['logger']) {
  const guard =
    (handler: (file: string, ...rest: unknown[]) => unknown) =>
    (file: string, ...rest: unknown[]) => {
      if (!isPlainFileInside(folder, file)) {
        log.error(
          `${displayPath(root, file)}: not read, it is not a regular file inside the content folder.`,
        );
        return;
      }
      const refused = refusal(file, root);
      if (refused) log.error(refused);
      else return handler(file, ...rest);
    };
  return new Proxy(watcher, {
    get(target, key) {
      if (key === 'on')
        return (event: string, handler: (file: string, ...rest: unknown[]) => unknown) =>
          target.on(event, event === 'add' || event === 'change' ? guard(handler) : handler);
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Wraps a loader over `folder` (inside `contentDir`) so it reads only what the check reads. */
export function plainFilesOnly(loader: Loader, folder: string, contentDir: string, root: string): Loader {
  return {
    ...loader,
    load: async (context) => {
      const problems = loadProblems(folder, contentDir, root);
      if (problems.length) {
        throw new Error(
          `Content that the archive does not read (run \`npm run check\` for the fixes):\n  ${problems.join('\n  ')}`,
        );
      }
      const watcher = context.watcher && guardWatcher(context.watcher, folder, root, context.logger);
      return loader.load({ ...context, watcher });
    },
  };
}
