/**
 * Which format an export file is in, by its content rather than its name (organisers rename
 * downloads): an iCalendar file, an Indico JSON export, a YouTube feed or yt-dlp's playlist
 * JSON, or something the importer refuses with a message that says what to download instead.
 */
import { isIcal, parseIcal } from './ical.ts';
import { isIndicoExport, parseIndico } from './indico.ts';
import { ImportError, type ImportSource } from './model.ts';
import { FEED_HINT, isXml, isYtDlp, parseAtom, parseYtDlp, type VideoFeed } from './youtube.ts';

const WHAT_TO_USE =
  "The importer reads Indico's event export (https://<indico>/export/event/<id>.json?detail=contributions, downloaded logged out), an iCalendar (.ics) file such as Indico's session calendar, a YouTube playlist feed (https://www.youtube.com/feeds/videos.xml?playlist_id=<id>) or the JSON of yt-dlp --flat-playlist -J.";

export type ParsedInput = { kind: 'sessions'; source: ImportSource } | { kind: 'videos'; feed: VideoFeed };

/** A browser's "Save page as" gives the page around the data, not the data. */
const isHtml = (body: string) => /^(<!doctype html|<html[\s>]|<head[\s>])/i.test(body);

export function parseInput(text: string): ParsedInput {
  if (isIcal(text)) return { kind: 'sessions', source: parseIcal(text) };
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!body) throw new ImportError(`The file is empty. ${WHAT_TO_USE}`);
  if (isHtml(body))
    throw new ImportError(
      `The file is a web page (HTML), not an export: the browser saved the page instead of the data. For YouTube: ${FEED_HINT.replace(/^D/, 'd')} For Indico: download https://<indico>/export/event/<id>.json?detail=contributions (logged out).`,
    );
  if (isXml(body)) return { kind: 'videos', feed: parseAtom(body) };
  if (!/^[[{]/.test(body))
    throw new ImportError(
      `The file is neither JSON, XML nor iCalendar, so its format is unknown. ${WHAT_TO_USE}`,
    );
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    throw new ImportError(
      `The file is not valid JSON (${(e as Error).message}); the download may have been cut short. Download it again and import the new file.`,
    );
  }
  if (isIndicoExport(data)) return { kind: 'sessions', source: parseIndico(data) };
  if (isYtDlp(data)) return { kind: 'videos', feed: parseYtDlp(data as Record<string, unknown>) };
  const frab = typeof data === 'object' && data !== null && 'schedule' in data;
  throw new ImportError(
    `The file is JSON but not an Indico export${frab ? ' (it looks like a frab/pretalx schedule, which the importer does not read)' : ''}: it has no "_type": "HTTPAPIResult". ${WHAT_TO_USE}`,
  );
}

/** The sessions of an Indico export or a calendar; refuses a video feed. */
export function parseExport(text: string): ImportSource {
  const input = parseInput(text);
  if (input.kind === 'videos') throw new ImportError('The file is a video listing, not a schedule.');
  return input.source;
}
