/**
 * Where each collection's files live under content/ and which files belong to it. Read by
 * src/content.config.ts (the build) and by the check script, so both see the same files.
 */
import path from 'node:path';

/**
 * The content folder: content/ in the project, or another folder (a fixture, a synthetic
 * archive for the benchmark) named by the CONTENT_DIR environment variable.
 */
export const CONTENT_DIR = process.env.CONTENT_DIR || 'content';

/** The content folder as an absolute path. */
export const contentRoot = (projectRoot: string) => path.resolve(projectRoot, CONTENT_DIR);

/** How a content file is named in messages: relative to the project when inside it. */
export function displayPath(projectRoot: string, absolute: string): string {
  const rel = path.relative(projectRoot, absolute);
  return (rel.startsWith('..') ? absolute : rel).split(path.sep).join('/');
}

export const COLLECTIONS = {
  areas: { folder: 'areas', pattern: '*.mdx' },
  topics: { folder: 'topics', pattern: '*.mdx' },
  years: { folder: 'years', pattern: '*.mdx' },
  pages: { folder: 'pages', pattern: '*.mdx' },
  /**
   * Sessions and outcomes sit in a folder per year: content/sessions/2023/<slug>.yaml. A session
   * may also be Markdown (.md) or MDX, its front matter the same fields and its body the
   * session's notes; .md when the notes need no components (Astro renders and caches it once).
   */
  sessions: { folder: 'sessions', pattern: '*/*.{yaml,yml,json,md,mdx}' },
  outcomes: { folder: 'outcomes', pattern: '*/*.{yaml,yml,json}' },
  /** Recordings of a year sit in its folder; a recording spanning years at the top. */
  recordings: { folder: 'recordings', pattern: '**/*.{yaml,yml,json}' },
  people: { folder: 'people', pattern: '*.{yaml,yml,json}' },
  /** One site-wide file, content/mc.yaml: the MC's names and settled video matches (read by the importer). */
  mc: { folder: '.', pattern: 'mc.yaml' },
} as const;

export type CollectionKey = keyof typeof COLLECTIONS;

/** The entry id: the path below the collection folder without extension ("2023/iommufd"). */
export const entryId = (pathInCollection: string) => pathInCollection.replace(/\.(mdx?|ya?ml|json)$/, '');
