import { describe, expect, it } from 'vitest';
import { buildArchive } from './archive.ts';
import { coverageMap, recentMap } from './coverage-map.ts';
import { outcome, records, session, topic, year } from '../../tests/records.ts';

describe('the topic × year map', () => {
  const map = coverageMap(
    buildArchive(
      records({
        topics: [topic('sva', ['iommu'], 'SVA'), topic('ats', ['pci'], 'ATS')],
        years: [year('2022'), year('2023')],
        sessions: [session('2023/a', { topics: ['sva'] }), session('2023/b', { topics: ['sva'] })],
        outcomes: [outcome('2022/c', { topics: ['sva'] })],
      }),
    ),
  );

  it('has a column per year and a row per topic, by title', () => {
    expect(map.years).toEqual(['2022', '2023']);
    expect(map.rows.map((r) => r.title)).toEqual(['ATS', 'SVA']);
  });

  it('counts sessions and outcomes per cell and links each cell to its search', () => {
    const sva = map.rows.find((r) => r.topic === 'sva')!;
    expect(sva.cells.map((c) => [c.year, c.sessions, c.outcomes])).toEqual([
      ['2022', 0, 1],
      ['2023', 2, 0],
    ]);
    expect(sva.total).toBe(3);
    expect(sva.cells[1]!.search).toMatch(/^\/search\/\?/);
    expect(sva.cells[1]!.search).toContain('topic=sva');
    expect(sva.cells[1]!.search).toContain('year=2023');
    expect(map.rows.find((r) => r.topic === 'ats')!.total).toBe(0);
  });
});

describe('the map of recent years', () => {
  const cell = (year: string, sessions: number) => ({ year, sessions, outcomes: 0, search: '' });
  const map = {
    years: ['2019', '2020', '2021'],
    rows: [
      { topic: 'old', title: 'Old', cells: [cell('2019', 2), cell('2020', 0), cell('2021', 0)], total: 2 },
      { topic: 'new', title: 'New', cells: [cell('2019', 0), cell('2020', 1), cell('2021', 3)], total: 4 },
    ],
  };

  it('keeps the latest years and only the topics with history in them', () => {
    const recent = recentMap(map, 2);
    expect(recent.years).toEqual(['2020', '2021']);
    expect(recent.rows.map((r) => [r.topic, r.total, r.cells.length])).toEqual([['new', 4, 2]]);
  });

  it('keeps every year when there are fewer than asked', () => {
    expect(recentMap(map, 10).years).toEqual(map.years);
  });

  it('keeps the topics without history in those years when asked (the full map)', () => {
    const all = recentMap(map, 2, { keepEmpty: true });
    expect(all.rows.map((r) => r.total)).toContain(0);
    expect(all.rows).toHaveLength(map.rows.length);
  });
});
