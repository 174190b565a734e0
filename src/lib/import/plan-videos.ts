/**
 * A video feed as a plan: one recording per video matched to a session of the year, the rest
 * listed (other MCs' talks, ambiguous matches, sessions left without a video). Pure, like
 * `planImport`: `--dry-run` and the tests see what a real run would write.
 */
import { MC_FILE } from './mc.ts';
import { ImportError } from './model.ts';
import type { ExistingContent, PlannedWrite } from './plan.ts';
import { planRecording, videoIdOf, watchUrl } from './recordings.ts';
import { newSummary, type ImportSummary } from './summary.ts';
import { matchVideo, type Candidate } from './videos.ts';
import { FEED_HINT, type ImportVideo, type VideoFeed } from './youtube.ts';

export interface VideoOptions {
  year?: number;
  contentDir?: string;
  /** MC names for this run only (`--mc-name`). */
  mcNames?: readonly string[];
  /** Matches settled for this run (`--video <id>=<session id|none>`), over content/mc.yaml's. */
  videos?: Readonly<Record<string, string>>;
}

const NAMED_YEAR = /\b(?:LPC|Plumbers(?:\s+Conference)?)\s*'?(\d{4})\b/gi;

const counts = (values: (number | undefined)[]) => {
  const m = new Map<number, number>();
  for (const v of values) if (v !== undefined) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([y]) => y);
};

/** The year the videos are of: `--year`, else the year their titles name, else their publication dates. */
function videoYear(feed: VideoFeed, hasSessions: (y: number) => boolean, asked?: number): number {
  const named = counts(
    [feed.title ?? '', ...feed.videos.map((v) => v.title)].flatMap((t) =>
      [...t.matchAll(NAMED_YEAR)].map((m) => Number(m[1])),
    ),
  );
  const published = counts(
    feed.videos.map((v) => (v.published ? Number(v.published.slice(0, 4)) : undefined)),
  );
  const what = named.length
    ? `its titles say LPC ${named[0]}`
    : `its videos were published in ${published.join(', ')}`;
  if (asked !== undefined) {
    const other = named.length
      ? !named.includes(asked)
      : published.length > 0 && published.every((y) => y < asked);
    if (other)
      throw new ImportError(
        `The playlist is of another year (${what}), but --year says ${asked}. Download the MC's playlist of ${asked} instead (its feed https://www.youtube.com/feeds/videos.xml?playlist_id=<id>, or yt-dlp --flat-playlist -J "<playlist URL>"), or leave out --year.`,
      );
    return asked;
  }
  if (named.length) return named[0]!;
  // A November conference's videos often appear in the new year.
  const year = published[0];
  if (year === undefined)
    throw new ImportError('The file gives no dates and no year in its titles: pass --year <year>.');
  return !hasSessions(year) && hasSessions(year - 1) ? year - 1 : year;
}

/** The sessions of a year as the matcher sees them, speakers by every spelling the archive knows. */
function candidates(existing: ExistingContent, year: number): Candidate[] {
  const names = new Map(existing.people.map((p) => [p.id, [p.name, ...p.variants]]));
  return existing.sessions
    .filter((s) => s.id.startsWith(`${year}/`) && typeof s.data.title === 'string')
    .map((s) => ({
      id: s.id,
      title: s.data.title as string,
      speakers: (Array.isArray(s.data.speakers) ? s.data.speakers : []).flatMap(
        (id) => names.get(String(id)) ?? [],
      ),
    }));
}

function noMatch(feed: VideoFeed, year: number, seen: string[]): ImportError {
  const shown = seen.slice(0, 20).map((t) => `    - ${t}`);
  if (seen.length > 20) shown.push(`    … and ${seen.length - 20} more`);
  return new ImportError(
    `No video in the ${feed.label.replace(/^YouTube /, '')} matches a session of ${year}. It lists:\n${shown.join('\n')}\n  Download the MC's own playlist of ${year} instead (a channel or another year's playlist holds other talks), pass --year if the videos are of another year, or settle a video with one line under \`videos\` in content/${MC_FILE}.`,
  );
}

type Decision = { session: string } | { skip: string; settled?: boolean } | { ambiguous: string[] };

/** Where one video goes: the session an editor settled, else the one its title matches. */
function decide(
  video: ImportVideo,
  settledTo: string | undefined,
  where: string,
  sessions: Candidate[],
  names: readonly string[],
  year: number,
): Decision {
  if (settledTo === 'none') return { skip: `${where} says it records no session`, settled: true };
  if (settledTo)
    return sessions.some((s) => s.id === settledTo)
      ? { session: settledTo }
      : { skip: `${where} links it to ${settledTo}, which is no session of ${year}` };
  const match = matchVideo(video, sessions, names);
  if (match.kind === 'match') return { session: match.session };
  if (match.kind === 'ambiguous') return { ambiguous: match.sessions };
  return {
    skip: match.otherGroup ? `a talk of ${match.otherGroup}` : `no session of ${year} has this title`,
  };
}

export function planVideoImport(
  feed: VideoFeed,
  existing: ExistingContent,
  options: VideoOptions,
): { writes: PlannedWrite[]; summary: ImportSummary } {
  const dir = options.contentDir ?? 'content';
  if (feed.videos.length === 0) throw new ImportError(`The ${feed.label} lists no videos. ${FEED_HINT}`);
  const names = [...existing.mc.names, ...(options.mcNames ?? [])];
  const hasSessions = (y: number) => existing.sessions.some((s) => s.id.startsWith(`${y}/`));
  const year = videoYear(feed, hasSessions, options.year);
  const sessions = candidates(existing, year);
  if (!sessions.length)
    throw new ImportError(
      `The videos are of ${year}, but ${dir}/sessions/${year}/ holds no sessions to link them to: import the year's Indico export or calendar first, then the videos.`,
    );
  const summary = newSummary(feed.label, year, 'videos');
  const recordings = summary.recordings!;
  const writes: PlannedWrite[] = [];
  const pool = [...existing.recordings];
  const settled = { ...existing.mc.videos, ...(options.videos ?? {}) };
  const used = new Map<string, ImportVideo>();
  let placed = 0;

  for (const video of feed.videos) {
    // A video already recorded is settled by its record: a later import never re-matches it.
    const recorded = pool.find(
      (r) => videoIdOf(r.data.url) === video.id && typeof r.data.session === 'string',
    );
    const settledTo = settled[video.id] ?? (recorded?.data.session as string | undefined);
    const where = options.videos?.[video.id] ? '--video' : `${dir}/${MC_FILE}`;
    const decision = decide(video, settledTo, where, sessions, names, year);
    if ('skip' in decision) {
      summary.skipped.push({ title: video.title, reason: decision.skip });
      if (decision.settled) placed++;
      continue;
    }
    if ('ambiguous' in decision) {
      recordings.ambiguous.push({ title: video.title, id: video.id, sessions: decision.ambiguous });
      continue;
    }
    const { session } = decision;
    const twin = used.get(session);
    if (twin) {
      recordings.ambiguous.push({ title: video.title, id: video.id, sessions: [session] });
      summary.notes.push(
        `"${video.title}" (${video.id}) and "${twin.title}" (${twin.id}) both match ${session}.`,
      );
      continue;
    }
    used.set(session, video);
    placed++;
    planRecording(
      {
        title: `Video: ${sessions.find((s) => s.id === session)!.title}`,
        year,
        kind: 'video',
        url: watchUrl(video.id),
        session,
        source: feed.url ?? watchUrl(video.id),
        thumbnailUrl: video.thumbnailUrl,
        published: video.published,
      },
      pool,
      { dir, writes, summary, recordings },
    );
  }
  if (!placed && !recordings.ambiguous.length)
    throw noMatch(
      feed,
      year,
      feed.videos.map((v) => v.title),
    );
  const recorded = new Set(pool.filter((r) => videoIdOf(r.data.url)).map((r) => String(r.data.session)));
  recordings.withoutVideo = sessions.filter((s) => !recorded.has(s.id)).map((s) => s.id);
  if (recordings.ambiguous.length)
    summary.notes.push(
      `Settle each ambiguous video with one line under \`videos\` in ${dir}/${MC_FILE} (<video id>: "<session id>", or "none"), or pass --video <video id>=<session id> for one run, and import again.`,
    );
  return { writes, summary };
}
