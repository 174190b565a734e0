/**
 * What the archive knows and misses per year, computed from the records so organisers see
 * where to dig. Nothing here is typed in by hand.
 */
import type { Archive } from './archive.ts';
import type { Data } from './records.ts';

export interface YearCoverage {
  year: string;
  sessions: number;
  sessionListComplete: boolean;
  /** Sessions whose title was not found and was written by the archive. */
  sessionsWithoutTitle: number;
  sessionsWithoutSpeaker: number;
  recordings: number;
  /** Sessions with at least one recording link. */
  sessionsWithRecording: number;
  outcomes: number;
  officialOutcomes: number;
  officialList: Data<'years'>['officialOutcomes']['status'];
  leadsKnown: boolean;
  topicsKnown: boolean;
  /** Records (and edition facts) marked uncertain. */
  uncertainFacts: number;
  /** Plain-language gaps, for the list under the table. */
  gaps: string[];
}

export function yearCoverage(archive: Archive, year: string): YearCoverage {
  const y = archive.year(year).data;
  const sessions = archive.sessionsOfYear(year);
  const outcomes = archive.outcomesOfYear(year);
  const recordings = archive.recordingsOfYear(year);
  const uncertainFacts =
    [...sessions, ...outcomes, ...recordings].filter((e) => e.data.uncertain).length +
    outcomes.filter((o) => o.data.followUp?.uncertain).length +
    (y.edition.uncertain ? 1 : 0) +
    (y.leadsUncertain ? 1 : 0);
  const c: YearCoverage = {
    year,
    sessions: sessions.length,
    sessionListComplete: y.sessionList.complete,
    sessionsWithoutTitle: sessions.filter((s) => !s.data.titleSeen).length,
    sessionsWithoutSpeaker: sessions.filter((s) => s.data.speakers.length === 0).length,
    recordings: recordings.length,
    sessionsWithRecording: sessions.filter((s) => archive.recordingsOfSession(s.id).length > 0).length,
    outcomes: outcomes.length,
    officialOutcomes: outcomes.filter((o) => o.data.origin === 'official-list').length,
    officialList: y.officialOutcomes.status,
    leadsKnown: y.leads.length > 0 && !y.leadsUncertain,
    topicsKnown: y.topicsProposed.length > 0,
    uncertainFacts,
    gaps: [],
  };
  if (!c.sessionListComplete) c.gaps.push('sessions to add');
  if (c.sessionsWithoutTitle) c.gaps.push(`${c.sessionsWithoutTitle} session title(s) to add`);
  if (c.sessionsWithoutSpeaker) c.gaps.push(`${c.sessionsWithoutSpeaker} session(s) without a named speaker`);
  if (c.recordings === 0) c.gaps.push('recordings to link');
  if (c.officialList === 'not-found') c.gaps.push('official outcome list to add');
  if (c.officialList === 'partial') c.gaps.push('official outcome list only partly given');
  if (!c.leadsKnown) c.gaps.push(y.leads.length ? 'lead list probable, not published' : 'leads to add');
  if (!c.topicsKnown) c.gaps.push('topic list to add');
  return c;
}

export const archiveCoverage = (archive: Archive) => archive.years.map((y) => yearCoverage(archive, y.id));
