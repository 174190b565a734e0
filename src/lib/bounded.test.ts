import { describe, expect, it } from 'vitest';
import { bounded, boundedGroups, boundedLatest, boundedTotal, leadingWithin } from './bounded.ts';
import { searchFor } from './search-state.ts';
import { searchPath } from './urls.ts';

describe('bounded lists', () => {
  it('shows the first items and counts the rest', () => {
    expect(bounded([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2, 3], hidden: 2 });
    expect(bounded([1, 2], 3)).toEqual({ shown: [1, 2], hidden: 0 });
    expect(boundedTotal(bounded([1, 2, 3, 4, 5], 3))).toBe(5);
  });

  it('shows the latest items of a list oldest first, in their order', () => {
    expect(boundedLatest([1, 2, 3, 4, 5], 2)).toEqual({ shown: [4, 5], hidden: 3 });
    expect(boundedLatest([1], 2)).toEqual({ shown: [1], hidden: 0 });
  });

  it('keeps year groups from the newest, cutting the one that reaches the bound', () => {
    const groups = [
      { year: '2025', items: [1, 2] },
      { year: '2024', items: [3, 4, 5] },
      { year: '2023', items: [6] },
    ];
    const b = boundedGroups(groups, 3);
    expect(b.shown).toEqual([
      { year: '2025', items: [1, 2] },
      { year: '2024', items: [3] },
    ]);
    expect(b.hidden).toBe(3);
    expect([...b.cut]).toEqual(['2024', '2023']);
    expect(boundedGroups(groups, 10)).toEqual({ shown: groups, hidden: 0, cut: new Set() });
  });

  it('hands the rest over to a search with the same filters', () => {
    expect(searchPath(searchFor('', { kind: 'outcome', status: 'merged' }))).toBe(
      '/search/?kind=outcome&status=merged',
    );
    expect(searchPath(searchFor('Jörg Rödel', { kind: 'session' }))).toBe(
      '/search/?q=J%C3%B6rg+R%C3%B6del&kind=session',
    );
  });
});

describe('leading items within a total', () => {
  const sizes = (n: number) => n;
  it('keeps whole items from the first while their sizes fit', () => {
    expect(leadingWithin([12, 12, 12, 12, 12], sizes, 48)).toEqual([12, 12, 12, 12]);
    expect(leadingWithin([3, 2, 5], sizes, 48)).toEqual([3, 2, 5]);
  });
  it('keeps the first item even when it alone is over', () => {
    expect(leadingWithin([60, 1], sizes, 48)).toEqual([60]);
  });
});
