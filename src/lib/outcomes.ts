/**
 * How outcomes are labelled and counted.
 */
import type { Data, OutcomeEntry, OutcomeStatus } from './records.ts';
import { STATUS_ORDER } from './archive.ts';

export const ORIGIN_LABELS: Record<Data<'outcomes'>['origin'], string> = {
  'official-list': "From the MC's official outcome list",
  participant: "From a speaker's or participant's own account",
  'patch-series': 'From a patch series or pull request that cites the MC',
  bof: 'From a related BoF outside the MC',
  'topic-match': 'Listed because it matches a topic of that year; no source ties it to a session',
};

/** Counts outcomes per status, in the display order of statuses, leaving out zeros. */
export function countByStatus(outcomes: OutcomeEntry[]): { status: OutcomeStatus; count: number }[] {
  return STATUS_ORDER.map((status) => ({
    status,
    count: outcomes.filter((o) => o.data.status === status).length,
  })).filter((c) => c.count > 0);
}
