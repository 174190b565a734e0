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

/** Values inside a group are alternatives (any of them); groups narrow each other (all). */
export function toPagefindFilters(
  state: SearchState,
  leaveOut?: FilterGroup,
): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const group of FILTER_GROUPS) {
    if (group !== leaveOut && state.filters[group].length) out[group] = { any: state.filters[group] };
  }
  return out;
}

export function toggleFilter(state: SearchState, group: FilterGroup, value: string): SearchState {
  const current = state.filters[group];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, filters: { ...state.filters, [group]: next } };
}
