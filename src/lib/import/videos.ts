/**
 * Which session a video records, from its title. Uploaders put the conference and the track
 * around the talk's title ("LPC 2026 | VFIO/IOMMU/PCI MC | <title>", "<title> - <speakers>",
 * "<title> | LPC 2026"), change its case, write "&" for "and" and cut long titles with "...".
 * The title is stripped of those, compared word by word with each session's, and the speakers
 * named in the video decide between close candidates. A video that fits no session, or two
 * equally, is reported rather than guessed.
 */
import { foldName } from '../names.ts';
import { foldTitle } from './match.ts';
import { isMcName, mcMention } from './mc.ts';
import type { ImportVideo } from './youtube.ts';

/** A session as the matcher sees it. */
export interface Candidate {
  id: string;
  title: string;
  /** Its speakers' names, every spelling the archive knows. */
  speakers: string[];
}

export type VideoMatch =
  | { kind: 'match'; session: string }
  | { kind: 'ambiguous'; sessions: string[] }
  | { kind: 'none'; otherGroup?: string };

/** Below this similarity a title is another talk's. */
const ENOUGH = 0.8;
/** Candidates this close to the best one are equally likely. */
const CLOSE = 0.05;

const CONFERENCE =
  /^(lpc|linux plumbers|linux plumbers conference|plumbers|plumbers conference)( \d{4})?$|^\d{4}$/;
const CONFERENCE_PREFIX = /^\s*(LPC|Linux Plumbers(?: Conference)?)\s*'?\d{4}\s*[:\-–—]\s*/i;
/** A segment that names a track rather than a talk: "Confidential Computing MC", "Kernel Summit". */
const GROUP = /\b(mc|microconference|micro conference|track|summit|bof|bofs|keynote|keynotes)$/;
const GROUP_PREFIX = /^\s*([^:|]{3,60}?\b(?:MC|Microconference|Track|Summit))\s*[:\-–—]\s+/i;
const DASH = /\s+[-–—]\s+/;

/** The talk titles a video title may stand for, whether it was cut short, and another track it names. */
export function talkTitles(
  videoTitle: string,
  names: readonly string[],
): { titles: string[]; truncated: boolean; otherGroup?: string } {
  let t = videoTitle.trim();
  const truncated = /(\.\.\.|…)$/.test(t);
  t = t.replace(/\s*(\.\.\.|…)$/, '').replace(CONFERENCE_PREFIX, '');
  let otherGroup: string | undefined;
  let segments = t.split(/\s+[|｜]\s+/).filter((s) => !CONFERENCE.test(foldName(s)));
  if (segments.length > 1) {
    const ours = segments.filter((s) => isMcName(s, names));
    const groups = segments.filter((s) => !ours.includes(s) && GROUP.test(foldName(s)));
    otherGroup = ours.length ? undefined : groups[0];
    const rest = segments.filter((s) => !ours.includes(s) && !groups.includes(s));
    if (rest.length) segments = rest;
  }
  t = segments.join(' | ');
  const mention = mcMention(names);
  const mcPrefix = mention ? new RegExp(`^\\s*(?:${mention.source})\\s*[:\\-–—]\\s*`, 'iu') : undefined;
  if (mcPrefix?.test(t)) t = t.replace(mcPrefix, '');
  else {
    const prefix = GROUP_PREFIX.exec(t);
    if (prefix && !isMcName(prefix[1]!, names)) otherGroup ??= prefix[1]!.trim();
  }
  const titles = [t];
  // "<title> - <speakers>": the part before the last dash, and before the first.
  const parts = t.split(DASH);
  if (parts.length > 1) titles.push(parts.slice(0, -1).join(' - '), parts[0]!);
  return { titles: [...new Set(titles.map((x) => x.trim()).filter(Boolean))], truncated, otherGroup };
}

/** How alike two titles are, from 0 to 1: equal after folding, a prefix of a cut title, or shared words (Dice). */
export function similarity(videoTitle: string, sessionTitle: string, truncated: boolean): number {
  const a = foldTitle(videoTitle);
  const b = foldTitle(sessionTitle);
  if (!a || !b) return 0;
  if (a === b) return 1;
  const A = a.split(' ');
  const B = b.split(' ');
  if (truncated && A.length >= 3 && b.startsWith(a)) return 0.95;
  const left = [...B];
  let common = 0;
  for (const w of A) {
    const i = left.indexOf(w);
    if (i >= 0) {
      common++;
      left.splice(i, 1);
    }
  }
  return (2 * common) / (A.length + B.length);
}

/** How many of a session's speakers the video names (title or description). */
function speakerHits(video: ImportVideo, c: Candidate): number {
  const text = ` ${foldName(`${video.title} ${video.description ?? ''}`)} `;
  return new Set(c.speakers.filter((n) => foldName(n) && text.includes(` ${foldName(n)} `))).size;
}

export function matchVideo(video: ImportVideo, sessions: Candidate[], names: readonly string[]): VideoMatch {
  const { titles, truncated, otherGroup } = talkTitles(video.title, names);
  const scored = sessions
    .map((c) => ({ c, score: Math.max(...titles.map((t) => similarity(t, c.title, truncated))) }))
    .sort((x, y) => y.score - x.score);
  const best = scored[0]?.score ?? 0;
  if (best < ENOUGH || otherGroup) return { kind: 'none', otherGroup };
  const close = scored.filter((s) => s.score >= Math.max(ENOUGH, best - CLOSE));
  if (close.length === 1) return { kind: 'match', session: close[0]!.c.id };
  const hits = close
    .map((s) => ({ id: s.c.id, hits: speakerHits(video, s.c) }))
    .sort((x, y) => y.hits - x.hits);
  if (hits[0]!.hits > 0 && hits[0]!.hits > hits[1]!.hits) return { kind: 'match', session: hits[0]!.id };
  return { kind: 'ambiguous', sessions: close.map((s) => s.c.id) };
}
