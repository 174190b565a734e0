/**
 * What is done to the built HTML: each page, as Astro renders it (src/middleware.ts), gets
 * links that leave the site marked, first mentions of acronyms in prose linked to their topics,
 * then its Content-Security-Policy (last, so it hashes the final HTML); after the build,
 * `_headers` gets the policy of all pages for hosts that read one.
 */
import { createHash } from 'node:crypto';
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { glossary, linkAcronyms, type GlossaryEntry } from './acronyms.ts';
import type { Archive } from './archive.ts';
import { headersFile, inlineHashes, policyHashes, withCspMeta } from './csp.ts';

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

/**
 * A digest of what finishing a page takes besides the page itself, for the cache keys of
 * Astro's incremental build (routes.ts): a changed acronym changes every page.
 */
export const postBuildDigest = (input: PostBuildInput) =>
  createHash('sha256')
    .update(JSON.stringify([input.glossary, [...input.topicIds].sort(), input.base]))
    .digest('base64url');

/**
 * The topic a page is the page of, from its site path or its built file ("/topics/sva/" or
 * "topics/sva/index.html" → "sva"), if any.
 */
export function pageTopic(page: string, topicIds: ReadonlySet<string>): string | undefined {
  const id = /^\/?topics\/([^/]+)\/(?:index\.html)?$/.exec(page.split(path.sep).join('/'))?.[1];
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
  page: string,
  html: string,
  input: PostBuildInput,
): { html: string; scripts: string[]; styles: string[] } {
  const linked = linkAcronyms(
    safeExternalLinks(html),
    input.glossary,
    pageTopic(page, input.topicIds),
    input.base,
  );
  const finished = withCspMeta(linked);
  return { html: finished, ...inlineHashes(finished) };
}

/**
 * Writes `dir/_headers` from the policies of the finished pages under `dir`, reading one page at
 * a time; returns the number of pages. A page without a policy is an error: it was not finished.
 */
export function writeHeaders(dir: string): number {
  const files = globSync('**/*.html', { cwd: dir });
  const hashes = { scripts: new Set<string>(), styles: new Set<string>() };
  for (const file of files) {
    const page = policyHashes(readFileSync(path.join(dir, file), 'utf8'));
    if (!page)
      throw new Error(`${file} has no Content-Security-Policy: src/middleware.ts did not finish it.`);
    page.scripts.forEach((x) => hashes.scripts.add(x));
    page.styles.forEach((x) => hashes.styles.add(x));
  }
  writeFileSync(path.join(dir, '_headers'), headersFile(hashes));
  return files.length;
}
