/**
 * Every record page's path and props, computed once from the archive. Route files return
 * these from getStaticPaths and hand the props to their view unchanged: each route carries
 * its resolved record and whatever lists the view shows, so views never look anything up.
 */
import type { Archive, YearGroup } from './archive.ts';
import type { Area, Outcome, Person, Recording, Session, Topic, Year } from './records.ts';
import { timedSessions } from './ics.ts';
import { splitYearId } from './urls.ts';
import { outcomeLists, type OutcomeFilter } from './outcomes.ts';

/** An area page and a topic page differ: only an area lists its topics. */
export type TopicPageProps = (
  { kind: 'area'; entry: Area; areaTopics: Topic[] } | { kind: 'topic'; entry: Topic; areaTopics: [] }
) & {
  sessions: YearGroup<Session>[];
  outcomes: YearGroup<Outcome>[];
};

export function topicProps(a: Archive, entry: Area | Topic): TopicPageProps {
  const lists = {
    sessions: a.sessionsByYearFor(entry.kind, entry.id),
    outcomes: a.outcomesByYearFor(entry.kind, entry.id),
  };
  return entry.kind === 'area'
    ? { kind: 'area', entry, areaTopics: a.topicsOfArea(entry.id), ...lists }
    : { kind: 'topic', entry, areaTopics: [], ...lists };
}

export const topicRoutes = (a: Archive) =>
  [...a.areas, ...a.topics].map((e) => ({ params: { id: e.id }, props: topicProps(a, e) }));

export interface YearPageProps {
  year: Year;
  sessions: Session[];
  outcomes: Outcome[];
  recordings: Recording[];
  /** Earlier years' outcomes still open when this year's MC met. */
  carried: Outcome[];
  prev?: Year;
  next?: Year;
  /** Whether the year has a calendar (a session with a known time). */
  hasCalendar: boolean;
}

export const yearProps = (a: Archive, year: Year): YearPageProps => ({
  year,
  sessions: a.sessionsOfYear(year.id),
  outcomes: a.outcomesOfYear(year.id),
  recordings: a.recordingsOfYear(year.id),
  carried: a.carriedOver(year.id),
  ...a.neighbours(year.id),
  hasCalendar: timedSessions(a, year.id).length > 0,
});

export const yearRoutes = (a: Archive) =>
  a.years.map((y) => ({ params: { year: y.id }, props: yearProps(a, y) }));

export const sessionRoutes = (a: Archive) =>
  a.sessions.map((session) => {
    const { year, slug } = splitYearId(session.id);
    return { params: { year, session: slug }, props: { session } };
  });

export const outcomeRoutes = (a: Archive) =>
  a.outcomes.map((outcome) => {
    const { year, slug } = splitYearId(outcome.id);
    return { params: { year, outcome: slug }, props: { outcome } };
  });

export interface PersonPageProps {
  person: Person;
  sessions: Session[];
  /** Years in which they led the MC, ascending. */
  leadYears: string[];
}

export const personRoutes = (a: Archive) =>
  a.people.map((person) => ({
    params: { id: person.id },
    props: { person, sessions: a.sessionsOfPerson(person.id), leadYears: a.leadYearsOfPerson(person.id) },
  }));

// The outcome list and its pre-filtered views (by status, year and area), kept in one block.
const outcomeListsBy = (a: Archive, by: OutcomeFilter, param: string) =>
  outcomeLists(a)
    .filter((l) => l.filter === by)
    .map((l) => ({ params: { [param]: l.id! }, props: l.props }));

export const outcomeIndexProps = (a: Archive) => outcomeLists(a).find((l) => !l.filter)!.props;
export const outcomeStatusRoutes = (a: Archive) => outcomeListsBy(a, 'status', 'status');
export const outcomeYearRoutes = (a: Archive) => outcomeListsBy(a, 'year', 'year');
export const outcomeAreaRoutes = (a: Archive) => outcomeListsBy(a, 'area', 'area');
