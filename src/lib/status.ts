/**
 * Everything about an outcome's status in one place: the statuses the schema accepts, how
 * they read, the order lists show them in, which count as open, and what a status was on a
 * given day (from the dated history).
 */
import type { OutcomeEntry } from './records.ts';

/** The statuses an outcome may have; the schema validates against this list. */
export const OUTCOME_STATUSES = ['discussed', 'proposed', 'in-review', 'merged', 'abandoned'] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

export const STATUS_LABELS: Record<OutcomeStatus, string> = {
  discussed: 'Discussed',
  proposed: 'Proposed',
  'in-review': 'In review',
  merged: 'Merged',
  abandoned: 'Abandoned',
};

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

export const isOpen = (status: OutcomeStatus) => OPEN_STATUSES.includes(status);

/** Compares two statuses by STATUS_ORDER. */
export const compareStatus = (a: OutcomeStatus, b: OutcomeStatus) =>
  STATUS_ORDER.indexOf(a) - STATUS_ORDER.indexOf(b);

/**
 * An outcome's status on a day: the last dated change on or before it; before the first
 * recorded change, the first recorded status; without a history, the current status.
 */
export function statusOn(o: OutcomeEntry, day: string): OutcomeStatus {
  const h = o.data.statusHistory;
  if (!h.length) return o.data.status;
  return [...h].reverse().find((e) => e.date <= day)?.status ?? h[0]!.status;
}

/** Counts outcomes per status, in the display order of statuses, leaving out zeros. */
export function countByStatus(outcomes: OutcomeEntry[]): { status: OutcomeStatus; count: number }[] {
  return STATUS_ORDER.map((status) => ({
    status,
    count: outcomes.filter((o) => o.data.status === status).length,
  })).filter((c) => c.count > 0);
}

/** "3 merged, 1 in review": the status counts as a reader's phrase. */
export const statusSummary = (outcomes: OutcomeEntry[]) =>
  countByStatus(outcomes)
    .map((c) => `${c.count} ${STATUS_LABELS[c.status].toLowerCase()}`)
    .join(', ');
