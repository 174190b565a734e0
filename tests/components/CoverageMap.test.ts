import { describe, expect, it } from 'vitest';
import CoverageMap from '../../src/components/CoverageMap.astro';
import type { MapRow } from '../../src/lib/coverage-map.ts';
import { render, text } from './render.ts';

const cell = (year: string, sessions: number, outcomes: number) => ({
  year,
  sessions,
  outcomes,
  search: `/search/?topic=sva&year=${year}`,
});
const rows: MapRow[] = [
  {
    topic: 'sva',
    title: 'SVA',
    cells: [cell('2024', 1, 0), cell('2025', 0, 0), cell('2026', 5, 3)],
    total: 9,
  },
];

describe('CoverageMap', () => {
  it('is one table: a row per topic, a column per year, each count a link to its search', async () => {
    const map = await render(CoverageMap, { years: ['2024', '2025', '2026'], rows });
    expect(map.querySelectorAll('table')).toHaveLength(1);
    const years = map
      .querySelectorAll('thead th[scope=col]')
      .map((th) => th.querySelector('.visually-hidden')!);
    expect(years.map((y) => text(y))).toEqual(['2024', '2025', '2026']);
    const row = map.querySelector('tbody tr')!;
    expect(row.querySelector('th[scope=row] a')?.getAttribute('href')).toBe('/topics/sva/');
    const cells = row.querySelectorAll('td');
    expect(cells.map((td) => text(td))).toEqual(['1', '', '8']);
    expect(cells[0]!.querySelector('a')?.getAttribute('href')).toBe('/search/?topic=sva&year=2024');
    // A year with neither sessions nor outcomes is an empty cell, not a link to no results.
    expect(cells[1]!.querySelector('a')).toBeNull();
  });

  it('shades a cell by its share of the busiest one', async () => {
    const map = await render(CoverageMap, { years: ['2024', '2025', '2026'], rows });
    const shades = map.querySelectorAll('td a').map((a) => a.getAttribute('class'));
    expect(shades).toEqual(['l1', 'l4']);
  });
});
