import { describe, expect, it } from 'vitest';
import {
  isEmptySearch,
  parseSearchState,
  searchStateToQuery,
  toPagefindFilters,
  toggleFilter,
} from './search-state.ts';

describe('search state in the URL', () => {
  it('reads a shared link with a query and filters', () => {
    const s = parseSearchState('?q=iommufd&year=2023&area=iommu');
    expect(s.q).toBe('iommufd');
    expect(s.filters).toEqual({ kind: [], year: ['2023'], area: ['iommu'], topic: [], status: [] });
  });

  it('accepts repeated and comma-separated values, once each', () => {
    expect(parseSearchState('year=2023&year=2024,2023').filters.year).toEqual(['2023', '2024']);
  });

  it('writes the same URL for the same search, whatever the click order', () => {
    const a = toggleFilter(toggleFilter(parseSearchState('q=sva'), 'year', '2024'), 'year', '2019');
    expect(searchStateToQuery(a)).toBe('?q=sva&year=2019&year=2024');
    expect(searchStateToQuery(parseSearchState(searchStateToQuery(a)))).toBe('?q=sva&year=2019&year=2024');
  });

  it('toggles a filter value off again', () => {
    const s = toggleFilter(toggleFilter(parseSearchState(''), 'status', 'merged'), 'status', 'merged');
    expect(isEmptySearch(s)).toBe(true);
    expect(searchStateToQuery(s)).toBe('');
  });

  it('turns filters into Pagefind filters: any value in a group, all groups', () => {
    const s = parseSearchState('status=merged&area=iommu&area=vfio');
    expect(toPagefindFilters(s)).toEqual({ area: { any: ['iommu', 'vfio'] }, status: { any: ['merged'] } });
    expect(toPagefindFilters(s, 'area')).toEqual({ status: { any: ['merged'] } });
  });
});
