/** Which page of each kind the browser section opens, and which queries it types, per site. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Archive } from './generate/model.ts';
import type { PageKinds, SearchPlan } from './types.ts';

export function realPaths(realContent: string): PageKinds {
  const years = readdirSync(path.join(realContent, 'years'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .filter((y) => /^\d{4}$/.test(y))
    .sort();
  // The newest year that has session files: its first session is the sample session page.
  const withSessions = years.filter(
    (y) =>
      existsSync(path.join(realContent, 'sessions', y)) &&
      readdirSync(path.join(realContent, 'sessions', y)).length,
  );
  const year = withSessions.at(-1) ?? years.at(-1)!;
  const session = readdirSync(path.join(realContent, 'sessions', year))
    .sort()[0]!
    .replace(/\.(ya?ml|json|mdx?)$/, '');
  const topic = existsSync(path.join(realContent, 'topics', 'iommufd.mdx'))
    ? 'iommufd'
    : readdirSync(path.join(realContent, 'topics'))[0]!.replace(/\.mdx$/, '');
  return {
    home: '/',
    year: `/years/${year}/`,
    session: `/years/${year}/${session}/`,
    topic: `/topics/${topic}/`,
    search: '/search/',
  };
}

export function syntheticPaths(a: Archive): Record<'ours' | 'starlight' | 'hugo', PageKinds> {
  const s = a.sessions[0]!;
  const topic = a.topics.some((t) => t.id === 'iommufd') ? 'iommufd' : a.topics[0]!.id;
  return {
    ours: {
      home: '/',
      year: `/years/${s.year}/`,
      session: `/years/${s.year}/${s.slug}/`,
      topic: `/topics/${topic}/`,
      search: '/search/',
    },
    starlight: { home: '/', year: `/${s.year}/`, session: `/${s.year}/${s.slug}/` },
    hugo: { home: '/', year: `/${s.year}/`, session: `/${s.year}/${s.slug}/`, topic: `/topics/${topic}/` },
  };
}

/**
 * Queries. On the real site "iommufd" finds about a tenth of the pages. In the synthetic archive
 * kernel identifiers repeat across sessions, so "iommufd" matches almost every page (the worst
 * case for Pagefind's result counting), and "kdump" plays the typical query (~14 % of sessions).
 */
export const REAL_SEARCH = (ui: SearchPlan['ui']): SearchPlan[] => [
  { ui, label: 'typical', first: 'iommufd', refine: ' dirty' },
];
export const SYNTHETIC_SEARCH = (ui: SearchPlan['ui']): SearchPlan[] => [
  { ui, label: 'typical', first: 'kdump', refine: ' support' },
  { ui, label: 'broad', first: 'iommufd', refine: ' dirty' },
];
