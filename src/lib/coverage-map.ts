/**
 * The topic × year map: for each topic and year, how many sessions and outcomes the archive
 * has, and the search that lists them. Computed once from the relations.
 */
import type { Archive } from './archive.ts';
import { searchPath } from './urls.ts';
import { searchFor } from './search-state.ts';

export interface MapCell {
  year: string;
  sessions: number;
  outcomes: number;
  /** Site path of the search for this topic and year (no base). */
  search: string;
}
export interface MapRow {
  topic: string;
  title: string;
  cells: MapCell[];
  total: number;
}

export function coverageMap(archive: Archive): { years: string[]; rows: MapRow[] } {
  const years = archive.years.map((y) => y.id);
  const rows = archive.topics.map((t) => {
    const sessions = new Map(archive.sessionsByYearFor('topic', t.id).map((g) => [g.year, g.items.length]));
    const outcomes = new Map(archive.outcomesByYearFor('topic', t.id).map((g) => [g.year, g.items.length]));
    const cells = years.map((year) => ({
      year,
      sessions: sessions.get(year) ?? 0,
      outcomes: outcomes.get(year) ?? 0,
      search: searchPath(searchFor('', { topic: t.id, year })),
    }));
    return {
      topic: t.id,
      title: t.data.title,
      cells,
      total: cells.reduce((n, c) => n + c.sessions + c.outcomes, 0),
    };
  });
  return { years, rows };
}

/**
 * The map cut to its latest `count` years, with only the topics that have history in them
 * unless `keepEmpty` (the full map on /topics/ lists every topic).
 */
export function recentMap(
  map: { years: string[]; rows: MapRow[] },
  count: number,
  { keepEmpty = false } = {},
) {
  const from = Math.max(0, map.years.length - count);
  const rows = map.rows
    .map((r) => {
      const cells = r.cells.slice(from);
      return { ...r, cells, total: cells.reduce((n, c) => n + c.sessions + c.outcomes, 0) };
    })
    .filter((r) => keepEmpty || r.total > 0);
  return { years: map.years.slice(from), rows };
}
