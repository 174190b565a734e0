import { describe, expect, it } from 'vitest';
import {
  resultUrl,
  acronymExcerpt,
  acronymsIn,
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

  it('narrows to every acronym of the query, filters or not', () => {
    expect(toPagefindFilters(parseSearchState('q=ATS%20invalidation'))).toEqual({
      acronym: { all: ['ATS'] },
    });
    expect(toPagefindFilters(parseSearchState('q=DOE+IDE&year=2022'), 'year')).toEqual({
      acronym: { all: ['DOE', 'IDE'] },
    });
    expect(toPagefindFilters(parseSearchState('q=iommufd'))).toEqual({});
  });
});

describe('acronyms in a query or a page', () => {
  it('are two to four capitals standing alone, a plural s aside', () => {
    expect(acronymsIn('ATS, PRI and BARs; not PCIe, IOMMUFD, ARM64, Ats or ats')).toEqual([
      'ATS',
      'PRI',
      'BAR',
    ]);
  });

  it('end at _, - and /, so identifiers and compounds still name them', () => {
    expect(acronymsIn('CONFIG_PCI_ATS SR-IOV MPS/MRRS P2PDMA')).toEqual([
      'PCI',
      'ATS',
      'SR',
      'IOV',
      'MPS',
      'MRRS',
    ]);
  });
});

describe('the excerpt of an acronym search', () => {
  it('shows the first mention and marks every one, not the words that only share a stem', () => {
    const text = 'At the MC, attestation came up. Later ATS and ATS-capable devices, with PRI.';
    expect(acronymExcerpt(text, ['ATS'], 6)).toBe(
      'up. Later <mark>ATS</mark> and <mark>ATS</mark>-capable devices,',
    );
  });

  it('keeps the text as text and gives up when the acronym is absent', () => {
    expect(acronymExcerpt('a <b> DOE', ['DOE'])).toBe('a &lt;b&gt; <mark>DOE</mark>');
    expect(acronymExcerpt('does the doe', ['DOE'])).toBeUndefined();
  });
});

describe('where a result opens', () => {
  it("is Pagefind's page, unless the record names where it is listed", () => {
    expect(resultUrl('/years/2023/x/?highlight=msi')).toBe('/years/2023/x/?highlight=msi');
    expect(resultUrl('/_search-records/4/', '/years/2023/x/#recording-2023-y')).toBe(
      '/years/2023/x/#recording-2023-y',
    );
  });

  it("keeps the highlight terms, before the record's fragment", () => {
    expect(
      resultUrl('/_search-records/4/?highlight=msi&highlight=vfio', '/mc/years/2023/x/#recording-2023-y'),
    ).toBe('/mc/years/2023/x/?highlight=msi&highlight=vfio#recording-2023-y');
    expect(resultUrl('/_search-records/4/?highlight=msi', '/recordings/?year=2023')).toBe(
      '/recordings/?year=2023&highlight=msi',
    );
  });
});
