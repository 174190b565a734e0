/**
 * How readers move through the programme: a session's neighbours in its year, the years a
 * topic came up in, a person's roles per year and the outcomes of their sessions, and the
 * latest status changes. Pure functions over resolved records, so views only render them.
 */
import type { YearGroup } from './archive.ts';
import type { Outcome, OutcomeStatus, Session } from './records.ts';

/** The sessions before and after one in its year's programme order (as given). */
export function programmeNeighbours(programme: Session[], id: string): { prev?: Session; next?: Session } {
  const i = programme.findIndex((s) => s.id === id);
  if (i < 0) return {};
  return { prev: programme[i - 1], next: programme[i + 1] };
}

export interface YearCount {
  year: string;
  sessions: number;
  outcomes: number;
}

/** Years in which a topic or area had sessions or outcomes, newest first. */
export function yearsDiscussed(sessions: YearGroup<unknown>[], outcomes: YearGroup<unknown>[]): YearCount[] {
  const byYear = new Map<string, YearCount>();
  const at = (year: string) =>
    byYear.get(year) ?? byYear.set(year, { year, sessions: 0, outcomes: 0 }).get(year)!;
  for (const g of sessions) at(g.year).sessions += g.items.length;
  for (const g of outcomes) at(g.year).outcomes += g.items.length;
  return [...byYear.values()].sort((a, b) => b.year.localeCompare(a.year));
}

export type Role = 'lead' | 'speaker';
export interface YearRoles {
  year: string;
  roles: Role[];
}

/** A person's roles in each year they had one, newest first. */
export function rolesByYear(leadYears: string[], sessions: Session[]): YearRoles[] {
  const speakerYears = new Set(sessions.map((s) => s.year.id));
  const years = [...new Set([...leadYears, ...speakerYears])].sort((a, b) => b.localeCompare(a));
  return years.map((year) => ({
    year,
    roles: [
      ...(leadYears.includes(year) ? (['lead'] as const) : []),
      ...(speakerYears.has(year) ? (['speaker'] as const) : []),
    ],
  }));
}

/** The outcomes that came from a person's sessions, each once, in the sessions' order. */
export const outcomesOfSessions = (sessions: Session[]): Outcome[] => [
  ...new Set(sessions.flatMap((s) => s.outcomes)),
];

export interface StatusChange {
  outcome: Outcome;
  /** Index in the outcome's status history (for its anchor). */
  index: number;
  status: OutcomeStatus;
  date: string;
}

/** The most recent dated status changes across outcomes, newest first. */
export function recentStatusChanges(outcomes: Outcome[], limit: number): StatusChange[] {
  return outcomes
    .flatMap((outcome) =>
      outcome.data.statusHistory.map((h, index) => ({ outcome, index, status: h.status, date: h.date })),
    )
    .sort((a, b) => b.date.localeCompare(a.date) || a.outcome.data.title.localeCompare(b.outcome.data.title))
    .slice(0, limit);
}
