/**
 * Where an outcome's record comes from, as a reader reads it, and the pre-filtered views of
 * the outcome list (by status, year and area) that work without JavaScript. Statuses
 * themselves live in status.ts.
 */
import type { Archive } from './archive.ts';
import { groupByYearDesc } from './archive.ts';
import type { Data, Outcome } from './records.ts';
import { STATUS_LABELS, STATUS_ORDER, type OutcomeStatus } from './status.ts';
import { outcomeAreaPath, outcomeStatusPath, outcomeYearPath, paths } from './urls.ts';

export type OutcomeOrigin = Data<'outcomes'>['origin'];

/** The origin in a sentence, on the outcome's own page and in the key above the list. */
export const ORIGIN_LABELS: Record<OutcomeOrigin, string> = {
  'official-list': "From the MC's official outcome list",
  participant: "From a speaker's or participant's own account",
  'patch-series': 'From a patch series or pull request that cites the MC',
  bof: 'From a related BoF outside the MC',
  'topic-match': 'Listed because it matches a topic of that year; no source ties it to a session',
};

/**
 * The origin as a short mark beside a title in a table. The official list needs no mark:
 * it is where most outcomes come from, and the key above the list says so.
 */
export const ORIGIN_MARKS: Record<Exclude<OutcomeOrigin, 'official-list'>, string> = {
  participant: "from a participant's mail",
  'patch-series': 'from a patch series',
  bof: 'from a BoF',
  'topic-match': 'matched by topic',
};

/** What each mark means, said once in the key above a list of outcomes. */
export const ORIGIN_KEY: Record<keyof typeof ORIGIN_MARKS, string> = {
  participant: "recorded in a speaker's or participant's own mail or account",
  'patch-series': 'recorded in a later patch series or pull request that cites the MC',
  bof: 'recorded at a related BoF outside the MC',
  'topic-match': 'listed because it matches a topic of that year; no source ties it to a session',
};

export const originMark = (o: OutcomeOrigin) => (o === 'official-list' ? undefined : ORIGIN_MARKS[o]);

/** Newest year first; inside a year, the status order the archive keeps. */
export const newestFirst = (outcomes: Outcome[]) => groupByYearDesc(outcomes).flatMap((g) => g.items);

export type OutcomeFilter = 'status' | 'year' | 'area';

export interface FilterLink {
  label: string;
  path: string;
  count: number;
  /** This link is the view being shown. */
  current: boolean;
}

export interface OutcomeListProps {
  /** The outcomes of the view, newest year first. */
  outcomes: Outcome[];
  /** What the view narrows to, e.g. { by: 'status', id: 'merged', label: 'Merged' }. */
  filter?: { by: OutcomeFilter; id: string; label: string };
  /** Every view a reader can switch to, by filter, each with its count. */
  links: Record<OutcomeFilter, FilterLink[]>;
  /** How many outcomes the archive holds in all. */
  total: number;
}

/** The outcomes each view lists, keyed by filter and id. */
function views(a: Archive): Record<OutcomeFilter, { id: string; label: string; outcomes: Outcome[] }[]> {
  const all = newestFirst(a.outcomes);
  return {
    status: STATUS_ORDER.map((s) => ({
      id: s,
      label: STATUS_LABELS[s],
      outcomes: all.filter((o) => o.data.status === s),
    })),
    year: groupByYearDesc(a.outcomes).map((g) => ({ id: g.year, label: g.year, outcomes: g.items })),
    area: a.areas.map((area) => ({
      id: area.id,
      label: area.data.title,
      outcomes: a.outcomesByYearFor('area', area.id).flatMap((g) => g.items),
    })),
  };
}

const pathOf: Record<OutcomeFilter, (id: string) => string> = {
  status: (id) => outcomeStatusPath(id as OutcomeStatus),
  year: outcomeYearPath,
  area: outcomeAreaPath,
};

/**
 * The props of /outcomes/ (no filter) and of every pre-filtered view. A status gets a view
 * when an outcome has it now or had it in its history, so every status badge has a page to
 * link to; years and areas get one when they have outcomes. The switcher lists only views
 * with outcomes: a view of a past status is reached from the history that names it, and no
 * view is left that nothing links to.
 */
export function outcomeLists(a: Archive): { filter?: OutcomeFilter; id?: string; props: OutcomeListProps }[] {
  const v = views(a);
  const linksFor = (current?: { by: OutcomeFilter; id: string }) =>
    Object.fromEntries(
      (Object.keys(v) as OutcomeFilter[]).map((by) => [
        by,
        v[by]
          .filter((x) => x.outcomes.length > 0)
          .map((x) => ({
            label: x.label,
            path: pathOf[by](x.id),
            count: x.outcomes.length,
            current: current?.by === by && current.id === x.id,
          })),
      ]),
    ) as Record<OutcomeFilter, FilterLink[]>;
  const total = a.outcomes.length;
  const named = new Set(a.outcomes.flatMap((o) => o.data.statusHistory.map((h) => h.status as string)));
  return [
    { props: { outcomes: newestFirst(a.outcomes), links: linksFor(), total } },
    ...(Object.keys(v) as OutcomeFilter[]).flatMap((by) =>
      v[by]
        .filter((x) => x.outcomes.length > 0 || (by === 'status' && named.has(x.id)))
        .map((x) => ({
          filter: by,
          id: x.id,
          props: {
            outcomes: x.outcomes,
            filter: { by, id: x.id, label: x.label },
            links: linksFor({ by, id: x.id }),
            total,
          },
        })),
    ),
  ];
}

/** Where "all outcomes" lives, for the switcher's first link. */
export const allOutcomesPath = paths.outcomes;
