/**
 * Every record page's path and props, computed once from the archive. Route files return
 * these from getStaticPaths and hand the props to their view unchanged: each route carries
 * its resolved record and whatever lists the view shows, so views never look anything up.
 */
import type { Archive, YearGroup } from './archive.ts';
import type { Area, Outcome, Person, Recording, Session, Topic, Year } from './records.ts';
import { timedSessions } from './ics.ts';
import { outcomeStatusPath, splitYearId } from './urls.ts';
import { coverageMap, recentMap } from './coverage-map.ts';
import {
  bounded,
  boundedGroups,
  boundedLatest,
  LIST_BOUNDS,
  type Bounded,
  type BoundedGroups,
} from './bounded.ts';
import {
  outcomesOfSessions,
  programmeNeighbours,
  recentStatusChanges,
  rolesByYear,
  yearsDiscussed,
  type StatusChange,
  type YearCount,
  type YearRoles,
} from './programme.ts';
import { countByStatus } from './status.ts';
import type { OutcomeStatus } from './records.ts';
import { outcomeLists, type OutcomeFilter } from './outcomes.ts';
import { withCacheKey } from './cache-key.ts';
import { postBuildDigest, postBuildInput } from './post-build.ts';
import { deployment } from '../deploy.ts';

/** What finishing every page takes besides its props (post-build.ts), once per archive. */
const finishDigests = new WeakMap<Archive, string>();
function finishDigest(a: Archive): string {
  let digest = finishDigests.get(a);
  if (digest === undefined) {
    digest = postBuildDigest(postBuildInput(a, deployment.base));
    finishDigests.set(a, digest);
  }
  return digest;
}
const keyed = <R extends { props: unknown }>(a: Archive, route: R) => withCacheKey(route, finishDigest(a));

/** An area page and a topic page differ: only an area lists its topics. */
export type TopicPageProps = (
  | {
      kind: 'area';
      entry: Area;
      areaTopics: Topic[];
      /** For each of the area's topics, the latest years it came up in, newest first. */
      topicYears: Record<string, Bounded<string>>;
    }
  | { kind: 'topic'; entry: Topic; areaTopics: []; topicYears: Record<string, never> }
) & {
  /** Newest year first, bounded (LIST_BOUNDS.topic, or .area). */
  sessions: BoundedGroups<Session>;
  outcomes: BoundedGroups<Outcome>;
  /** The years it came up in, newest first, with counts: what the page opens with. */
  years: Bounded<YearCount>;
  sessionCount: number;
  outcomeCount: number;
};

export function topicProps(a: Archive, entry: Area | Topic): TopicPageProps {
  const sessions = a.sessionsByYearFor(entry.kind, entry.id);
  const outcomes = a.outcomesByYearFor(entry.kind, entry.id);
  const bound = entry.kind === 'area' ? LIST_BOUNDS.area : LIST_BOUNDS.topic;
  const count = (groups: YearGroup<unknown>[]) => groups.reduce((n, g) => n + g.items.length, 0);
  const lists = {
    sessions: boundedGroups(sessions, bound),
    outcomes: boundedGroups(outcomes, bound),
    years: bounded(yearsDiscussed(sessions, outcomes), LIST_BOUNDS.discussedYears),
    sessionCount: count(sessions),
    outcomeCount: count(outcomes),
  };
  if (entry.kind === 'topic') return { kind: 'topic', entry, areaTopics: [], topicYears: {}, ...lists };
  const areaTopics = a.topicsOfArea(entry.id);
  const topicYears = Object.fromEntries(
    areaTopics.map((t) => [
      t.id,
      bounded(
        yearsDiscussed(a.sessionsByYearFor('topic', t.id), a.outcomesByYearFor('topic', t.id)).map(
          (y) => y.year,
        ),
        LIST_BOUNDS.mapYears,
      ),
    ]),
  );
  return { kind: 'area', entry, areaTopics, topicYears, ...lists };
}

export const topicRoutes = (a: Archive) =>
  [...a.areas, ...a.topics].map((e) => keyed(a, { params: { id: e.id }, props: topicProps(a, e) }));

export interface YearPageProps {
  year: Year;
  /** Its programme (LIST_BOUNDS.yearProgramme), outcomes and recordings (the MC's own first). */
  sessions: Bounded<Session>;
  outcomes: Bounded<Outcome>;
  recordings: Bounded<Recording>;
  /** Earlier years' outcomes still open when this year's MC met, the latest of them. */
  carried: Bounded<Outcome>;
  prev?: Year;
  next?: Year;
  /** Whether the year has a calendar (a session with a known time). */
  hasCalendar: boolean;
  /** The MC's own recording of the whole edition (a recording of the year tied to no session). */
  mcRecording?: Recording;
}

export function yearProps(a: Archive, year: Year): YearPageProps {
  const recordings = a.recordingsOfYear(year.id);
  return {
    year,
    sessions: bounded(a.sessionsOfYear(year.id), LIST_BOUNDS.yearProgramme),
    outcomes: bounded(a.outcomesOfYear(year.id), LIST_BOUNDS.yearOutcomes),
    // Recordings of the whole MC first (sorting is stable): they are on no session's page.
    recordings: bounded(
      [...recordings].sort((x, y) => Number(Boolean(x.session)) - Number(Boolean(y.session))),
      LIST_BOUNDS.yearRecordings,
    ),
    carried: boundedLatest(a.carriedOver(year.id), LIST_BOUNDS.yearCarried),
    ...a.neighbours(year.id),
    hasCalendar: timedSessions(a, year.id).length > 0,
    mcRecording: recordings.find((r) => !r.session && r.data.kind !== 'page'),
  };
}

export const yearRoutes = (a: Archive) =>
  a.years.map((y) => keyed(a, { params: { year: y.id }, props: yearProps(a, y) }));

export interface SessionPageProps {
  session: Session;
  /** The sessions before and after it in its year's programme. */
  prev?: Session;
  next?: Session;
  /** Whether its year's page lists it (a programme stops at LIST_BOUNDS.yearProgramme). */
  listed: boolean;
}

export const sessionRoutes = (a: Archive) =>
  a.sessions.map((session) => {
    const { year, slug } = splitYearId(session.id);
    const programme = a.sessionsOfYear(year);
    const props: SessionPageProps = {
      session,
      ...programmeNeighbours(programme, session.id),
      listed: programme.findIndex((s) => s.id === session.id) < LIST_BOUNDS.yearProgramme,
    };
    return keyed(a, { params: { year, session: slug }, props });
  });

export const outcomeRoutes = (a: Archive) =>
  a.outcomes.map((outcome) => {
    const { year, slug } = splitYearId(outcome.id);
    return keyed(a, { params: { year, outcome: slug }, props: { outcome } });
  });

export interface PersonPageProps {
  person: Person;
  /** Their sessions, newest first (LIST_BOUNDS.person). */
  sessions: Bounded<Session>;
  /** Years in which they led the MC, ascending. */
  leadYears: string[];
  /** Their roles per year, newest first. */
  roles: YearRoles[];
  /** The outcomes that came from their sessions. */
  outcomes: Bounded<Outcome>;
}

export function personProps(a: Archive, person: Person): PersonPageProps {
  const sessions = a.sessionsOfPerson(person.id);
  const leadYears = a.leadYearsOfPerson(person.id);
  return {
    person,
    sessions: bounded([...sessions].reverse(), LIST_BOUNDS.person),
    leadYears,
    roles: rolesByYear(leadYears, sessions),
    outcomes: bounded(outcomesOfSessions(sessions), LIST_BOUNDS.person),
  };
}

export const personRoutes = (a: Archive) =>
  a.people.map((person) => keyed(a, { params: { id: person.id }, props: personProps(a, person) }));

export interface HomeProps {
  /** The latest edition that has sessions, and the start of its programme. */
  latest?: { year: Year; sessions: Bounded<Session> };
  /** Outcomes per status, each with the page that lists them. */
  statusCounts: { status: OutcomeStatus; count: number; path: string }[];
  changes: StatusChange[];
  /** The topic × year map of the latest editions, only the topics with history in them. */
  map: ReturnType<typeof coverageMap>;
}

export function homeProps(a: Archive): HomeProps {
  const latest = [...a.years].reverse().find((y) => a.sessionsOfYear(y.id).length > 0);
  return {
    latest: latest && {
      year: latest,
      sessions: bounded(a.sessionsOfYear(latest.id), LIST_BOUNDS.homeProgramme),
    },
    statusCounts: countByStatus(a.outcomes).map((c) => ({
      ...c,
      path: outcomeStatusPath(c.status),
    })),
    changes: recentStatusChanges(a.outcomes, 5),
    map: recentMap(coverageMap(a), LIST_BOUNDS.homeMapYears),
  };
}

// The outcome list and its pre-filtered views (by status, year and area), kept in one block.
const outcomeListsBy = (a: Archive, by: OutcomeFilter, param: string) =>
  outcomeLists(a)
    .filter((l) => l.filter === by)
    .map((l) => keyed(a, { params: { [param]: l.id! }, props: l.props }));

export const outcomeIndexProps = (a: Archive) => outcomeLists(a).find((l) => !l.filter)!.props;
export const outcomeStatusRoutes = (a: Archive) => outcomeListsBy(a, 'status', 'status');
export const outcomeYearRoutes = (a: Archive) => outcomeListsBy(a, 'year', 'year');
export const outcomeAreaRoutes = (a: Archive) => outcomeListsBy(a, 'area', 'area');
