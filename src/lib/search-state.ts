/**
 * The search page's state and its URL: /search/?q=iommufd&year=2023&area=iommu. One query
 * parameter per filter group, repeated for several values (year=2023&year=2024). Shared by the
 * browser code and the tests, so a shared link always means the same search.
 */

/** Filter groups, in the order the search page shows them. The words match the site's. */
export const FILTER_GROUPS = ['kind', 'year', 'area', 'topic', 'status'] as const;
export type FilterGroup = (typeof FILTER_GROUPS)[number];

export const FILTER_LABELS: Record<FilterGroup, string> = {
  kind: 'Kind',
  year: 'Year',
  area: 'Area',
  topic: 'Topic',
  status: 'Outcome status',
};

export interface SearchState {
  q: string;
  filters: Record<FilterGroup, string[]>;
}

export const emptyFilters = (): Record<FilterGroup, string[]> => ({
  kind: [],
  year: [],
  area: [],
  topic: [],
  status: [],
});

/** A search state from words and filters given as one value or several per group. */
export function searchFor(q: string, filters: Partial<Record<FilterGroup, string | string[]>>): SearchState {
  const all = emptyFilters();
  for (const [group, value] of Object.entries(filters) as [FilterGroup, string | string[]][])
    all[group] = Array.isArray(value) ? value : [value];
  return { q, filters: all };
}

export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = emptyFilters();
  for (const group of FILTER_GROUPS) {
    const values = params
      .getAll(group)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
    filters[group] = [...new Set(values)];
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** The query string for a state ("" when empty); values sorted so equal states give equal URLs. */
export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const group of FILTER_GROUPS)
    for (const v of [...state.filters[group]].sort()) params.append(group, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export const hasFilters = (state: SearchState) => FILTER_GROUPS.some((g) => state.filters[g].length > 0);
export const isEmptySearch = (state: SearchState) => !state.q.trim() && !hasFilters(state);

/**
 * Pagefind stems and prefix-matches every word, so "ATS" would find "at" and "attestation" and
 * "DOE" "does". Acronyms of two to four capitals (a plural "s" aside) therefore match as whole
 * words: the index gives each page one `acronym` filter value per acronym in its text
 * (src/lib/search-acronyms.ts), and a query naming acronyms narrows to the pages that have them
 * all, while its other words keep Pagefind's prefix search. Letters and digits continue a word;
 * "_", "-" and "/" end it, so CONFIG_PCI_ATS and SR-IOV count, ARM64 and PCIe do not.
 */
export const ACRONYM_FILTER = 'acronym';
const ACRONYM = /(?<![\p{L}\p{N}])([A-Z]{2,4})s?(?![\p{L}\p{N}])/gu;

/** The acronyms in a text or a query, once each, in order of appearance. */
export function acronymsIn(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(ACRONYM), (m) => m[1]!))];
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An excerpt of `length` words around the first mention of one of `acronyms`, every mention in
 * <mark> as in Pagefind's excerpts, or undefined when the text names none. Pagefind's own
 * excerpt marks what its stemmer matched, so for ATS it may show "at" or "attestation".
 */
export function acronymExcerpt(text: string, acronyms: string[], length = 22): string | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  const names = (w: string) => acronymsIn(w).some((a) => acronyms.includes(a));
  const first = words.findIndex(names);
  if (first < 0) return undefined;
  const start = Math.max(0, Math.min(first - Math.floor(length / 3), words.length - length));
  return words
    .slice(start, start + length)
    .map((w) =>
      escapeHtml(w).replace(ACRONYM, (m: string, a: string) =>
        acronyms.includes(a) ? `<mark>${m}</mark>` : m,
      ),
    )
    .join(' ');
}

type PagefindFilters = Record<string, { any: string[] } | { all: string[] }>;

/**
 * Values inside a group are alternatives (any of them); groups narrow each other (all), and so
 * do the query's acronyms.
 */
export function toPagefindFilters(state: SearchState, leaveOut?: FilterGroup): PagefindFilters {
  const out: PagefindFilters = {};
  for (const group of FILTER_GROUPS) {
    if (group !== leaveOut && state.filters[group].length) out[group] = { any: state.filters[group] };
  }
  const acronyms = acronymsIn(state.q);
  if (acronyms.length) out[ACRONYM_FILTER] = { all: acronyms };
  return out;
}

export function toggleFilter(state: SearchState, group: FilterGroup, value: string): SearchState {
  const current = state.filters[group];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, filters: { ...state.filters, [group]: next } };
}

/** What the search page says before there is anything to search for (in its HTML and from its code). */
export const EMPTY_SEARCH_HINT =
  'Type a search or choose a filter: for example iommufd, SR-IOV, or every merged IOMMU outcome.';

/**
 * Where a result opens: the page Pagefind names, or for a record (a recording, listed on another
 * page) the `url` its meta carries, with the query Pagefind added (the highlight terms) put
 * before the record's fragment.
 */
export function resultUrl(pagefindUrl: string, metaUrl?: string): string {
  if (!metaUrl) return pagefindUrl;
  const query = /\?([^#]*)/.exec(pagefindUrl)?.[1];
  if (!query) return metaUrl;
  const hash = metaUrl.indexOf('#');
  const [page, fragment] = hash < 0 ? [metaUrl, ''] : [metaUrl.slice(0, hash), metaUrl.slice(hash)];
  return `${page}${page.includes('?') ? '&' : '?'}${query}${fragment}`;
}
