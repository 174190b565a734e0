/**
 * Turns the entries' references (ids) into the records they name, once per build, so every
 * page and component receives a session with its speakers, topics, year, outcomes and
 * recordings already attached.
 */
import type { Area, Outcome, Person, Recording, Records, Ref, Session, Topic, Year } from './records.ts';

export interface Resolved {
  areas: Area[];
  topics: Topic[];
  years: Year[];
  people: Person[];
  sessions: Session[];
  outcomes: Outcome[];
  recordings: Recording[];
}

/** A lookup that names the missing record and how to find who refers to it. */
export function lookup<T extends { id: string }>(items: T[], what: string): (id: string) => T {
  const byId = new Map(items.map((i) => [i.id, i]));
  return (id) => {
    const found = byId.get(id);
    if (!found)
      throw new Error(`No ${what} with id "${id}". Run \`npm run check\` to see which file refers to it.`);
    return found;
  };
}

const each =
  <T>(find: (id: string) => T) =>
  (refs: Ref[]) =>
    refs.map((r) => find(r.id));

/**
 * Resolves every reference. Records are created first and linked after, so a session's
 * outcomes point back at the same session object (the graph has cycles; it is never
 * serialised as a whole).
 */
export function resolveRecords(records: Records): Resolved {
  const areas: Area[] = records.areas.map((e) => ({ ...e, kind: 'area' }));
  const areaById = lookup(areas, 'area');
  const area = each(areaById);
  const topics: Topic[] = records.topics.map((e) => ({ ...e, kind: 'topic', areas: area(e.data.areas) }));
  const topic = each(lookup(topics, 'topic'));
  const people: Person[] = records.people;
  const person = each(lookup(people, 'person'));
  const years: Year[] = records.years.map((e) => ({
    ...e,
    leads: person(e.data.leads),
    topicsProposed: e.data.topicsProposed.map((g) => ({
      area: g.area ? areaById(g.area.id) : undefined,
      items: g.items,
    })),
  }));
  const year = lookup(years, 'year');

  const sessions: Session[] = records.sessions.map((e) => ({
    ...e,
    year: year(e.data.year.id),
    speakers: person(e.data.speakers),
    areas: area(e.data.areas),
    topics: topic(e.data.topics),
    outcomes: [],
    recordings: [],
  }));
  const session = lookup(sessions, 'session');
  const outcomes: Outcome[] = records.outcomes.map((e) => ({
    ...e,
    year: year(e.data.year.id),
    session: e.data.session ? session(e.data.session.id) : undefined,
    areas: area(e.data.areas),
    topics: topic(e.data.topics),
  }));
  const recordings: Recording[] = records.recordings.map((e) => ({
    ...e,
    year: e.data.year ? year(e.data.year.id) : undefined,
    session: e.data.session ? session(e.data.session.id) : undefined,
  }));
  return { areas, topics, years, people, sessions, outcomes, recordings };
}
