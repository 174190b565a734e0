/**
 * Lists on pages that gather records (a person's sessions, the outcome lists) stop at a bound, so
 * no page grows with the archive: the first items are shown, and the rest are reached through a
 * search with the same filters (src/components/MoreInSearch.astro). On today's content no list
 * reaches its bound. Routes (routes.ts) cut the lists, so a page's props, and so its cache key,
 * hold only what it shows.
 */
import type { YearGroup } from './archive.ts';

/** How many items each kind of list shows before it hands over to search. */
export const LIST_BOUNDS = {
  /** A person's sessions, and the outcomes of those sessions. */
  person: 12,
  /** /outcomes/ and its views by status, year and area (today's whole list is 37). */
  outcomes: 40,
  /** A topic's sessions, and its outcomes, shown in full (today at most 5). */
  topic: 10,
  /** An area's sessions, and its outcomes, as one line each (today at most 21). */
  area: 15,
  /** The latest programme on the home page (a real MC has had at most 7 sessions); its year's
   * page lists them all. */
  homeProgramme: 8,
  /** Years a topic's or an area's page opens with, the newest (today at most 8); the rest are
   * one link to its search. */
  discussedYears: 12,
  /** Years in the topic × year map of /topics/ (today there are 8); each topic's page names all
   * its years. */
  mapYears: 8,
  /** Years in the home page's map, a summary of the latest editions that links to /topics/. */
  homeMapYears: 5,
  /** A year's programme (a real MC has had at most 7 sessions; a slot holds about 12). */
  yearProgramme: 12,
  /** A year's outcomes on its page; /outcomes/<year>/ lists more. */
  yearOutcomes: 10,
  /** Earlier outcomes still open, on a year's page: the latest ones. */
  yearCarried: 5,
  /** A year's recordings on its page, the MC's own first; each session's page lists its own. */
  yearRecordings: 12,
  /** Recordings on /recordings/, whole years from the newest (today 10 in all); earlier years
   * link to their pages. */
  recordings: 48,
  /** People on /people/ (today about 60), the most active first; the rest are found by search. */
  people: 200,
  /** Years whose leads /people/ lists; each year's page names its own. */
  leadYears: 20,
} as const;

export interface Bounded<T> {
  shown: T[];
  /** How many items are not shown. */
  hidden: number;
}

export function bounded<T>(items: readonly T[], limit: number): Bounded<T> {
  return { shown: items.slice(0, limit), hidden: Math.max(0, items.length - limit) };
}

/** The last items (the latest, in a list oldest first), and how many come before them. */
export function boundedLatest<T>(items: readonly T[], limit: number): Bounded<T> {
  return { shown: items.slice(-limit), hidden: Math.max(0, items.length - limit) };
}

/** How many items the whole list has, shown or not. */
export const boundedTotal = (b: Bounded<unknown>) => b.shown.length + b.hidden;

export interface BoundedGroups<T> {
  shown: YearGroup<T>[];
  hidden: number;
  /** Years whose items are all or partly left out. */
  cut: Set<string>;
}

/** Year groups, newest first, kept whole from the newest until the bound; the last one kept may be cut. */
export function boundedGroups<T>(groups: readonly YearGroup<T>[], limit: number): BoundedGroups<T> {
  const shown: YearGroup<T>[] = [];
  const cut = new Set<string>();
  let room = limit;
  let hidden = 0;
  for (const g of groups) {
    const items = g.items.slice(0, Math.max(0, room));
    if (items.length) shown.push({ year: g.year, items });
    if (items.length < g.items.length) cut.add(g.year);
    hidden += g.items.length - items.length;
    room -= items.length;
  }
  return { shown, hidden, cut };
}

/** The leading items whose sizes add up to at most `limit`, and always the first. */
export function leadingWithin<T>(items: readonly T[], size: (item: T) => number, limit: number): T[] {
  let total = 0;
  const kept: T[] = [];
  for (const item of items) {
    total += size(item);
    if (kept.length > 0 && total > limit) break;
    kept.push(item);
  }
  return kept;
}
