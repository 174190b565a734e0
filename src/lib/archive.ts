/**
 * The archive's relations, computed once per build from the records: which sessions and
 * outcomes belong to a year, a topic, an area or a person, in the order readers expect.
 * Pages ask this object; none of them filters the whole archive on its own.
 */
import type {
  AreaEntry,
  OutcomeEntry,
  OutcomeStatus,
  PersonEntry,
  RecordingEntry,
  Records,
  Ref,
  SessionEntry,
  TopicEntry,
  YearEntry,
} from './records.ts';
import { foldName } from './names.ts';

export interface YearGroup<T> {
  year: string;
  items: T[];
}

export interface Archive {
  /** Years in ascending order (the timeline reads oldest first). */
  years: YearEntry[];
  areas: AreaEntry[];
  /** Topics ordered by title, case-insensitively. */
  topics: TopicEntry[];
  /** People ordered by name, with accents sorted as a reader expects. */
  people: PersonEntry[];
  sessions: SessionEntry[];
  outcomes: OutcomeEntry[];
  recordings: RecordingEntry[];
  year(id: string): YearEntry;
  area(id: string): AreaEntry;
  topic(id: string): TopicEntry;
  person(id: string): PersonEntry;
  session(id: string): SessionEntry;
  outcome(id: string): OutcomeEntry;
  /** Previous and next edition, skipping years without one (there was no 2018). */
  neighbours(year: string): { prev?: YearEntry; next?: YearEntry };
  sessionsOfYear(year: string): SessionEntry[];
  outcomesOfYear(year: string): OutcomeEntry[];
  recordingsOfYear(year: string): RecordingEntry[];
  /** Recordings that span years, such as the MC's channel. */
  recordingsWithoutYear(): RecordingEntry[];
  recordingsOfSession(id: string): RecordingEntry[];
  outcomesOfSession(id: string): OutcomeEntry[];
  topicsOfArea(area: string): TopicEntry[];
  /** Sessions tagged with a topic or an area, grouped by year, newest year first. */
  sessionsByYearFor(kind: 'topic' | 'area', id: string): YearGroup<SessionEntry>[];
  outcomesByYearFor(kind: 'topic' | 'area', id: string): YearGroup<OutcomeEntry>[];
  /**
   * Outcomes of earlier years still open (proposed or in review) when this year's MC met:
   * year pages show them as carried over until they are resolved.
   */
  carriedOver(year: string): OutcomeEntry[];
  sessionsOfPerson(id: string): SessionEntry[];
  /** Years in which the person led the MC, ascending. */
  leadYearsOfPerson(id: string): string[];
  /** Finds a person by any spelling of their name ("Joerg Roedel" finds Jörg Rödel). */
  personByName(name: string): PersonEntry | undefined;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
export const compareText = (a: string, b: string) => collator.compare(a, b);

/** Outcome order inside a year: what landed first, then work in flight, then talk. */
export const STATUS_ORDER: readonly OutcomeStatus[] = [
  'merged',
  'in-review',
  'proposed',
  'discussed',
  'abandoned',
];

/** Statuses of work that is still going on. */
export const OPEN_STATUSES: readonly OutcomeStatus[] = ['proposed', 'in-review'];

/** The day a year's MC is dated by: the MC's day, else the conference's, else the year's end. */
export const yearDate = (y: YearEntry) => y.data.edition.mcDate ?? y.data.edition.start ?? `${y.id}-12-31`;

/**
 * An outcome's status on a day: the last dated change on or before it; before the first
 * recorded change, the first recorded status; without a history, the current status.
 */
export function statusOn(o: OutcomeEntry, day: string): OutcomeStatus {
  const h = o.data.statusHistory;
  if (!h.length) return o.data.status;
  return [...h].reverse().find((e) => e.date <= day)?.status ?? h[0]!.status;
}

export const compareSessions = (a: SessionEntry, b: SessionEntry) =>
  (a.data.start ?? '9999').localeCompare(b.data.start ?? '9999') || compareText(a.data.title, b.data.title);

export const compareOutcomes = (a: OutcomeEntry, b: OutcomeEntry) =>
  STATUS_ORDER.indexOf(a.data.status) - STATUS_ORDER.indexOf(b.data.status) ||
  compareText(a.data.title, b.data.title);

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

function lookup<T extends { id: string }>(items: T[], what: string): (id: string) => T {
  const byId = new Map(items.map((i) => [i.id, i]));
  return (id) => {
    const found = byId.get(id);
    if (!found)
      throw new Error(`No ${what} with id "${id}". Run \`npm run check\` to see which file refers to it.`);
    return found;
  };
}

export function buildArchive(records: Records): Archive {
  const years = [...records.years].sort((a, b) => a.id.localeCompare(b.id));
  const topics = [...records.topics].sort((a, b) => compareText(a.data.title, b.data.title));
  const people = [...records.people].sort((a, b) => compareText(a.data.name, b.data.name));
  const sessions = [...records.sessions].sort(
    (a, b) => (yearOf(a) ?? '').localeCompare(yearOf(b) ?? '') || compareSessions(a, b),
  );
  const outcomes = [...records.outcomes].sort(
    (a, b) => (yearOf(a) ?? '').localeCompare(yearOf(b) ?? '') || compareOutcomes(a, b),
  );
  const recordings = [...records.recordings].sort(
    (a, b) => (yearOf(a) ?? '').localeCompare(yearOf(b) ?? '') || compareText(a.data.title, b.data.title),
  );

  const sessionsByYear = indexBy(sessions, (s) => [yearOf(s)!]);
  const outcomesByYear = indexBy(outcomes, (o) => [yearOf(o)!]);
  const recordingsByYear = indexBy(recordings, (r) => (yearOf(r) ? [yearOf(r)!] : []));
  const recordingsBySession = indexBy(recordings, (r) => (r.data.session ? [refId(r.data.session)] : []));
  const outcomesBySession = indexBy(outcomes, (o) => (o.data.session ? [refId(o.data.session)] : []));
  const sessionsByTopic = indexBy(sessions, (s) => s.data.topics.map(refId));
  const outcomesByTopic = indexBy(outcomes, (o) => o.data.topics.map(refId));
  const sessionsByArea = indexBy(sessions, (s) => s.data.areas.map(refId));
  const outcomesByArea = indexBy(outcomes, (o) => o.data.areas.map(refId));
  const topicsByArea = indexBy(topics, (t) => t.data.areas.map(refId));
  const sessionsByPerson = indexBy(sessions, (s) => s.data.speakers.map(refId));
  const leadYearsByPerson = indexBy(years, (y) => y.data.leads.map(refId));
  const peopleByName = new Map<string, PersonEntry>();
  for (const p of people) for (const n of [p.data.name, ...p.data.variants]) peopleByName.set(foldName(n), p);

  const yearIds = years.map((y) => y.id);
  const year = lookup(years, 'year');
  return {
    years,
    areas: [...records.areas].sort((a, b) => compareText(a.data.title, b.data.title)),
    topics,
    people,
    sessions,
    outcomes,
    recordings,
    year,
    area: lookup(records.areas, 'area'),
    topic: lookup(topics, 'topic'),
    person: lookup(people, 'person'),
    session: lookup(sessions, 'session'),
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
    recordingsOfSession: (id) => recordingsBySession.get(id) ?? [],
    outcomesOfSession: (id) => outcomesBySession.get(id) ?? [],
    topicsOfArea: (a) => topicsByArea.get(a) ?? [],
    sessionsByYearFor: (kind, id) =>
      groupByYearDesc((kind === 'topic' ? sessionsByTopic : sessionsByArea).get(id) ?? []),
    outcomesByYearFor: (kind, id) =>
      groupByYearDesc((kind === 'topic' ? outcomesByTopic : outcomesByArea).get(id) ?? []),
    carriedOver(y) {
      const day = yearDate(year(y));
      return outcomes.filter((o) => yearOf(o)! < y && OPEN_STATUSES.includes(statusOn(o, day)));
    },
    sessionsOfPerson: (id) => sessionsByPerson.get(id) ?? [],
    leadYearsOfPerson: (id) => (leadYearsByPerson.get(id) ?? []).map((y) => y.id),
    personByName: (name) => peopleByName.get(foldName(name)),
  };
}
