/**
 * URL and slug rules: the one place that knows where each kind of record lives on the site,
 * and the only module that reads the deployment base. Paths here never include the base;
 * `href` (or `withBase` with another base) adds it.
 */
import { deployment } from '../deploy.ts';
import { searchStateToQuery, type SearchState } from './search-state.ts';

/**
 * The base the site is built for: Astro's BASE_URL inside a build (which also honours a base
 * passed to `build()` directly), the environment's BASE_PATH in plain Node scripts.
 */
export const siteBase: string = import.meta.env?.BASE_URL ?? deployment.base;

/** Areas and topics share /topics/ so a reader finds PCI and CXL in the same place. */
export const topicPath = (id: string) => `/topics/${id}/`;
export const yearPath = (year: string | number) => `/years/${year}/`;
/** Session ids are "<year>/<slug>", so the session sits under its year. */
export const sessionPath = (id: string) => `/years/${id}/`;
export const outcomePath = (id: string) => `/outcomes/${id}/`;
export const personPath = (id: string) => `/people/${id}/`;

/** A year's calendar of timed sessions. */
export const calendarPath = (year: string | number) => `${yearPath(year)}schedule.ics`;
/** The JSON exports: "sessions" -> /api/sessions.json, its schema at /api/sessions.schema.json. */
export const apiPath = (name: string, schema = false) => `/api/${name}${schema ? '.schema' : ''}.json`;
/** Anchor of the i-th entry (from 0) of an outcome's status history. */
export const statusAnchor = (i: number) => `status-${i + 1}`;
/** Where the feed links a status change: the outcome page at that history entry. */
export const statusChangePath = (outcomeId: string, i: number) =>
  `${outcomePath(outcomeId)}#${statusAnchor(i)}`;

export const paths = {
  home: '/',
  topics: '/topics/',
  years: '/years/',
  outcomes: '/outcomes/',
  recordings: '/recordings/',
  people: '/people/',
  coverage: '/coverage/',
  about: '/about/',
  search: '/search/',
  api: '/api/',
  feed: '/rss.xml',
  sitemap: '/sitemap-index.xml',
  favicon: '/favicon.svg',
  /** Pagefind's bundle, written after the build. */
  pagefind: '/pagefind/',
} as const;

/** Joins the deployment base (from Astro's BASE_URL) and a site path without doubling slashes. */
export function withBase(path: string, base: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('#')) return path;
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${b}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The site path of a path under the base: "/mc-archive/topics/sva/" → "/topics/sva/". */
export function withoutBase(path: string, base: string): string {
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  return b && path.startsWith(`${b}/`) ? path.slice(b.length) : path;
}

/** A site path with this build's base: what an `href` on the site holds. */
export const href = (path: string) => withBase(path, siteBase);

/** An absolute URL of a site path on the public site (`site` is the origin, e.g. Astro.site). */
export const absoluteUrl = (path: string, site: string | URL) => new URL(href(path), site).href;

/** Splits a "<year>/<slug>" id; throws with a readable message on anything else. */
export function splitYearId(id: string): { year: string; slug: string } {
  const m = /^(\d{4})\/([a-z0-9-]+)$/.exec(id);
  if (!m) throw new Error(`Expected an id of the form <year>/<slug>, got "${id}".`);
  return { year: m[1]!, slug: m[2]! };
}

/**
 * A URL-safe slug: accents folded to ASCII ("Jörg Rödel" -> "jorg-rodel"), anything else
 * collapsed to single hyphens. Used for people ids and heading anchors.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Anchor of an outcome or session row inside a year page or the outcomes table. */
export const rowAnchor = (kind: 'session' | 'outcome' | 'recording', id: string) =>
  `${kind}-${id.replace('/', '-')}`;

/** The pre-filtered views of /outcomes/, readable without JavaScript. */
export const outcomeStatusPath = (status: string) => `/outcomes/status/${status}/`;
export const outcomeYearPath = (year: string | number) => `/outcomes/${year}/`;
export const outcomeAreaPath = (area: string) => `/outcomes/area/${area}/`;

/** The search page with these words and filters, e.g. every session of a topic in a year. */
export const searchPath = (state: SearchState) => `${paths.search}${searchStateToQuery(state)}`;
