/**
 * Where an outcome's record comes from, as a reader reads it (statuses live in status.ts).
 */
import type { Data } from './records.ts';

export const ORIGIN_LABELS: Record<Data<'outcomes'>['origin'], string> = {
  'official-list': "From the MC's official outcome list",
  participant: "From a speaker's or participant's own account",
  'patch-series': 'From a patch series or pull request that cites the MC',
  bof: 'From a related BoF outside the MC',
  'topic-match': 'Listed because it matches a topic of that year; no source ties it to a session',
};
