/**
 * Reads the built site in dist/ for the build-output tests. The test command builds first;
 * a missing dist/ is a failure that says how to make one.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = path.resolve(import.meta.dirname, '../../dist');

export interface BuiltPage {
  /** Site path, e.g. "/years/2023/". */
  url: string;
  file: string;
  html: string;
  doc: HTMLElement;
}

export function requireDist(): void {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    throw new Error('dist/ has no built site. Run `npm run build` first (`npm test` does it for you).');
  }
}

let cache: BuiltPage[] | undefined;

export function builtPages(): BuiltPage[] {
  requireDist();
  cache ??= globSync('**/*.html', { cwd: DIST })
    .filter((f) => !f.startsWith('pagefind/'))
    .sort()
    .map((file) => {
      const html = readFileSync(path.join(DIST, file), 'utf8');
      const url = `/${file.replace(/index\.html$/, '').replace(/\\/g, '/')}`;
      return { url, file, html, doc: parse(html) };
    });
  return cache;
}

export function page(url: string): BuiltPage {
  const found = builtPages().find((p) => p.url === url);
  if (!found) throw new Error(`No built page at ${url}`);
  return found;
}

export const readDist = (file: string) => readFileSync(path.join(DIST, file), 'utf8');

/** Hrefs of links inside the page's main content. */
export const mainLinks = (p: BuiltPage) =>
  p.doc.querySelectorAll('main a[href]').map((a) => a.getAttribute('href')!);
