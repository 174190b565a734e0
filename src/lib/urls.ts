/**
 * URL and slug rules: the one place that knows where each kind of record lives on the site.
 * Paths here never include the deployment base; `withBase` adds it.
 */

/** Areas and topics share /topics/ so a reader finds PCI and CXL in the same place. */
export const topicPath = (id: string) => `/topics/${id}/`;
export const yearPath = (year: string | number) => `/years/${year}/`;
/** Session ids are "<year>/<slug>", so the session sits under its year. */
export const sessionPath = (id: string) => `/years/${id}/`;
export const outcomePath = (id: string) => `/outcomes/${id}/`;
export const personPath = (id: string) => `/people/${id}/`;

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
} as const;

/** Joins the deployment base (from Astro's BASE_URL) and a site path without doubling slashes. */
export function withBase(path: string, base: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('#')) return path;
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${b}${path.startsWith('/') ? path : `/${path}`}`;
}

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
