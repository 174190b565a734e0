/**
 * Where each collection's files live under content/ and which files belong to it. Read by
 * src/content.config.ts (the build) and by the check script, so both see the same files.
 */
export const CONTENT_DIR = 'content';

export const COLLECTIONS = {
  areas: { folder: 'areas', pattern: '*.mdx' },
  topics: { folder: 'topics', pattern: '*.mdx' },
  years: { folder: 'years', pattern: '*.mdx' },
  pages: { folder: 'pages', pattern: '*.mdx' },
  /** Sessions and outcomes sit in a folder per year: content/sessions/2023/<slug>.yaml. */
  sessions: { folder: 'sessions', pattern: '*/*.{yaml,yml,json}' },
  outcomes: { folder: 'outcomes', pattern: '*/*.{yaml,yml,json}' },
  /** Recordings of a year sit in its folder; a recording spanning years at the top. */
  recordings: { folder: 'recordings', pattern: '**/*.{yaml,yml,json}' },
  people: { folder: 'people', pattern: '*.{yaml,yml,json}' },
} as const;

export type CollectionKey = keyof typeof COLLECTIONS;

/** The entry id: the path below the collection folder without extension ("2023/iommufd"). */
export const entryId = (pathInCollection: string) => pathInCollection.replace(/\.(mdx|ya?ml|json)$/, '');
