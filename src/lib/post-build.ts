/**
 * The steps after `astro build` that work on the built HTML: mark links that leave the site,
 * link first mentions of acronyms in prose to their topics, then add each page's Content-Security-Policy (last, so it hashes the
 * final HTML), then write `_headers` with the policy of all pages for hosts that read one.
 */
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { glossary, linkAcronyms, type GlossaryEntry } from './acronyms.ts';
import type { Archive } from './archive.ts';
import { headersFile, inlineHashes, withCspMeta } from './csp.ts';

export interface PostBuildInput {
  glossary: GlossaryEntry[];
  /** Topic ids: a topic page does not link its own acronym. */
  topicIds: ReadonlySet<string>;
  /** The deployment's base path ("/" or "/mc-archive/"). */
  base: string;
}

export const postBuildInput = (archive: Archive, base: string): PostBuildInput => ({
  glossary: glossary(archive),
  topicIds: new Set(archive.topics.map((t) => t.id)),
  base,
});

/** The topic a built file is the page of ("topics/sva/index.html" → "sva"), if any. */
export function pageTopic(file: string, topicIds: ReadonlySet<string>): string | undefined {
  const id = /^topics\/([^/]+)\/index\.html$/.exec(file.split(path.sep).join('/'))?.[1];
  return id && topicIds.has(id) ? id : undefined;
}

const EXTERNAL_A = /<a\b([^>]*)>/g;

/**
 * Links that leave the site never pass the referrer or a window handle on. Components write
 * rel themselves; links in Markdown (.md) bodies, which no component renders, get it here.
 */
export function safeExternalLinks(html: string): string {
  return html.replace(EXTERNAL_A, (tag, attrs: string) =>
    /\bhref="[a-z][a-z0-9+.-]*:/i.test(attrs) && !/\brel=/.test(attrs)
      ? `<a${attrs} rel="noopener noreferrer">`
      : tag,
  );
}

/** One page finished: its new HTML and the hashes of its inline scripts and styles. */
export function finishPage(
  file: string,
  html: string,
  input: PostBuildInput,
): { html: string; scripts: string[]; styles: string[] } {
  const linked = linkAcronyms(
    safeExternalLinks(html),
    input.glossary,
    pageTopic(file, input.topicIds),
    input.base,
  );
  const finished = withCspMeta(linked);
  return { html: finished, ...inlineHashes(finished) };
}

/**
 * Finishes every HTML page under `dir` in place, one page in memory at a time, and writes
 * `dir/_headers`. Returns the number of pages. Synchronous reads and writes: awaiting each of
 * 15,690 pages' read and write took 17.5 s at 10,000 sessions, against 8 s.
 */
export function finishSite(dir: string, input: PostBuildInput): number {
  const files = globSync('**/*.html', { cwd: dir });
  const hashes = { scripts: new Set<string>(), styles: new Set<string>() };
  for (const file of files) {
    const page = finishPage(file, readFileSync(path.join(dir, file), 'utf8'), input);
    page.scripts.forEach((x) => hashes.scripts.add(x));
    page.styles.forEach((x) => hashes.styles.add(x));
    writeFileSync(path.join(dir, file), page.html);
  }
  writeFileSync(path.join(dir, '_headers'), headersFile(hashes));
  return files.length;
}
