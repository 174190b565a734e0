/**
 * The archive's relations, computed once per build from the records: which sessions and
 * outcomes belong to a year, a topic, an area or a person, in the order readers expect.
 * Pages ask this object; none of them filters the whole archive on its own.
 */
import type {
  Area,
  Outcome,
  Person,
  Recording,
  Records,
  Ref,
  Session,
  Topic,
  Year,
  YearEntry,
} from './records.ts';
import { resolveRecords, lookup } from './resolve.ts';
import { compareStatus, isOpen, statusOn } from './status.ts';
import { foldName } from './names.ts';

export interface YearGroup<T> {
  year: string;
  items: T[];
}

export interface Archive {
  /** Years in ascending order (the timeline reads oldest first). */
  years: Year[];
  areas: Area[];
  /** Topics ordered by title, case-insensitively. */
  topics: Topic[];
  /** People ordered by name, with accents sorted as a reader expects. */
  people: Person[];
  sessions: Session[];
  outcomes: Outcome[];
  recordings: Recording[];
  year(id: string): Year;
  area(id: string): Area;
  topic(id: string): Topic;
  person(id: string): Person;
  session(id: string): Session;
  outcome(id: string): Outcome;
  /** Previous and next edition, skipping years without one (there was no 2018). */
  neighbours(year: string): { prev?: Year; next?: Year };
  sessionsOfYear(year: string): Session[];
  outcomesOfYear(year: string): Outcome[];
  recordingsOfYear(year: string): Recording[];
  /** Recordings that span years, such as the MC's channel. */
  recordingsWithoutYear(): Recording[];
  recordingsOfSession(id: string): Recording[];
  outcomesOfSession(id: string): Outcome[];
  topicsOfArea(area: string): Topic[];
  /** Sessions tagged with a topic or an area, grouped by year, newest year first. */
  sessionsByYearFor(kind: 'topic' | 'area', id: string): YearGroup<Session>[];
  outcomesByYearFor(kind: 'topic' | 'area', id: string): YearGroup<Outcome>[];
  /**
   * Outcomes of earlier years still open (proposed or in review) when this year's MC met:
   * year pages show them as carried over until they are resolved.
   */
  carriedOver(year: string): Outcome[];
  sessionsOfPerson(id: string): Session[];
  /** Years in which the person led the MC, ascending. */
  leadYearsOfPerson(id: string): string[];
  /** Finds a person by any spelling of their name ("Joerg Roedel" finds Jörg Rödel). */
  personByName(name: string): Person | undefined;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
export const compareText = (a: string, b: string) => collator.compare(a, b);

/** The day a year's MC is dated by: the MC's day, else the conference's, else the year's end. */
export const yearDate = (y: YearEntry) => y.data.edition.mcDate ?? y.data.edition.start ?? `${y.id}-12-31`;

export const compareSessions = (a: Session, b: Session) =>
  (a.data.start ?? '9999').localeCompare(b.data.start ?? '9999') || compareText(a.data.title, b.data.title);

export const compareOutcomes = (a: Outcome, b: Outcome) =>
  compareStatus(a.data.status, b.data.status) || compareText(a.data.title, b.data.title);

const refId = (r: Ref | string) => (typeof r === 'string' ? r : r.id);
const yearOf = (e: { data: { year?: Ref | string } }) => (e.data.year ? refId(e.data.year) : undefined);

/** Groups items by year, newest year first; items keep the order given. */
export function groupByYearDesc<T extends { data: { year?: Ref | string } }>(items: T[]): YearGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const y = yearOf(item);
    if (!y) continue;
    groups.set(y, [...(groups.get(y) ?? []), item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([year, its]) => ({ year, items: its }));
}

function indexBy<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) for (const k of keys(item)) map.set(k, [...(map.get(k) ?? []), item]);
  return map;
}

export function buildArchive(records: Records): Archive {
  const r = resolveRecords(records);
  const years = [...r.years].sort((a, b) => a.id.localeCompare(b.id));
  const topics = [...r.topics].sort((a, b) => compareText(a.data.title, b.data.title));
  const people = [...r.people].sort((a, b) => compareText(a.data.name, b.data.name));
  const sessions = [...r.sessions].sort(
    (a, b) => (yearOf(a) ?? '').localeCompare(yearOf(b) ?? '') || compareSessions(a, b),
  );
  const outcomes = [...r.outcomes].sort(
    (a, b) => (yearOf(a) ?? '').localeCompare(yearOf(b) ?? '') || compareOutcomes(a, b),
  );
  const recordings = [...r.recordings].sort(
    (a, b) => (yearOf(a) ?? '').localeCompare(yearOf(b) ?? '') || compareText(a.data.title, b.data.title),
  );

  // Attached in archive order, so a session lists its outcomes as the year page does.
  for (const o of outcomes) o.session?.outcomes.push(o);
  for (const rec of recordings) rec.session?.recordings.push(rec);

  const sessionsByYear = indexBy(sessions, (s) => [yearOf(s)!]);
  const outcomesByYear = indexBy(outcomes, (o) => [yearOf(o)!]);
  const recordingsByYear = indexBy(recordings, (r) => (yearOf(r) ? [yearOf(r)!] : []));
  const sessionsByTopic = indexBy(sessions, (s) => s.data.topics.map(refId));
  const outcomesByTopic = indexBy(outcomes, (o) => o.data.topics.map(refId));
  const sessionsByArea = indexBy(sessions, (s) => s.data.areas.map(refId));
  const outcomesByArea = indexBy(outcomes, (o) => o.data.areas.map(refId));
  const topicsByArea = indexBy(topics, (t) => t.data.areas.map(refId));
  const sessionsByPerson = indexBy(sessions, (s) => s.data.speakers.map(refId));
  const leadYearsByPerson = indexBy(years, (y) => y.data.leads.map(refId));
  const peopleByName = new Map<string, Person>();
  for (const p of people) for (const n of [p.data.name, ...p.data.variants]) peopleByName.set(foldName(n), p);

  const yearIds = years.map((y) => y.id);
  const year = lookup(years, 'year');
  const session = lookup(sessions, 'session');
  return {
    years,
    areas: [...r.areas].sort((a, b) => compareText(a.data.title, b.data.title)),
    topics,
    people,
    sessions,
    outcomes,
    recordings,
    year,
    area: lookup(r.areas, 'area'),
    topic: lookup(topics, 'topic'),
    person: lookup(people, 'person'),
    session,
    outcome: lookup(outcomes, 'outcome'),
    neighbours(y) {
      const i = yearIds.indexOf(y);
      return {
        prev: i > 0 ? year(yearIds[i - 1]!) : undefined,
        next: i >= 0 && i < yearIds.length - 1 ? year(yearIds[i + 1]!) : undefined,
      };
    },
    sessionsOfYear: (y) => sessionsByYear.get(y) ?? [],
    outcomesOfYear: (y) => outcomesByYear.get(y) ?? [],
    recordingsOfYear: (y) => recordingsByYear.get(y) ?? [],
    recordingsWithoutYear: () => recordings.filter((r) => !r.data.year),
    recordingsOfSession: (id) => session(id).recordings,
    outcomesOfSession: (id) => session(id).outcomes,
    topicsOfArea: (a) => topicsByArea.get(a) ?? [],
    sessionsByYearFor: (kind, id) =>
      groupByYearDesc((kind === 'topic' ? sessionsByTopic : sessionsByArea).get(id) ?? []),
    outcomesByYearFor: (kind, id) =>
      groupByYearDesc((kind === 'topic' ? outcomesByTopic : outcomesByArea).get(id) ?? []),
    carriedOver(y) {
      const day = yearDate(year(y));
      return outcomes.filter((o) => yearOf(o)! < y && isOpen(statusOn(o, day)));
    },
    sessionsOfPerson: (id) => sessionsByPerson.get(id) ?? [],
    leadYearsOfPerson: (id) => (leadYearsByPerson.get(id) ?? []).map((y) => y.id),
    personByName: (name) => peopleByName.get(foldName(name)),
  };
}
