/**
 * The search page names, in its head, the index files its first search fetches (Pagefind's
 * code, its WebAssembly, the page list of the index and of each part), so the browser fetches
 * them while it reads the page. Without them each waits for the one before: the code, then
 * the entry file, then the page list, then each part's. Their names are known only once
 * Pagefind has written the index, so the build adds them to the page afterwards.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { paths } from './urls.ts';
import { PARTS_FILE, type SearchParts } from './search-parts.ts';

/** What Pagefind's entry file says about one language's index. */
interface EntryLanguage {
  hash: string;
  wasm?: string;
}

/**
 * The files of the index in `pagefindDir` that a first search fetches, as paths under it:
 * `pagefind.js`, `parts.json` (which the search code always asks for), one WebAssembly, and each
 * index's page list.
 */
export function firstSearchFiles(pagefindDir: string): string[] {
  const entry = (dir: string) =>
    JSON.parse(readFileSync(path.join(pagefindDir, dir, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, EntryLanguage>;
    };
  const partsFile = path.join(pagefindDir, PARTS_FILE);
  const parts = existsSync(partsFile)
    ? (JSON.parse(readFileSync(partsFile, 'utf8')) as SearchParts).parts
    : [];
  const main = Object.values(entry('').languages);
  const files = ['pagefind.js', ...(existsSync(partsFile) ? [PARTS_FILE] : [])];
  // The parts share the main index's WebAssembly (Pagefind loads it once).
  files.push(...new Set(main.map((l) => `wasm.${l.wasm ?? 'unknown'}.pagefind`)));
  for (const dir of ['', ...parts])
    for (const l of Object.values(entry(dir).languages)) files.push(`${dir}pagefind.${l.hash}.pf_meta`);
  return files;
}

/**
 * Link tags for `files` under the index's URL. The code is a module; the rest Pagefind reads
 * with fetch(), which a preload only serves when its request mode matches: `crossorigin`.
 */
export function preloadLinks(files: string[], bundleUrl: string): string {
  return files
    .map((f) =>
      f.endsWith('.js')
        ? `<link rel="modulepreload" href="${bundleUrl}${f}">`
        : `<link rel="preload" href="${bundleUrl}${f}" as="fetch" crossorigin>`,
    )
    .join('');
}

/** `html` with `links` at the end of its head. */
export function withPreloads(html: string, links: string): string {
  const at = html.indexOf('</head>');
  if (at < 0) throw new Error('the search page has no </head> to add the index preloads to');
  return `${html.slice(0, at)}${links}${html.slice(at)}`;
}

/** Adds the preloads of the index in `siteDir/pagefind/` to the built search page. */
export function preloadSearchPage(siteDir: string, bundleUrl: string): void {
  const page = path.join(siteDir, paths.search.slice(1), 'index.html');
  const files = firstSearchFiles(path.join(siteDir, paths.pagefind.slice(1)));
  writeFileSync(page, withPreloads(readFileSync(page, 'utf8'), preloadLinks(files, bundleUrl)));
}
