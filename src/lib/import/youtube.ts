/**
 * YouTube listings to the neutral video model: the Atom feed YouTube serves for a playlist or a
 * channel (`/feeds/videos.xml?playlist_id=…` or `?channel_id=…`) and the JSON that
 * `yt-dlp --flat-playlist -J <playlist URL>` prints. Only ids, titles, descriptions, dates and
 * thumbnails are read; view counts, ratings and uploader details never reach content.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ImportError } from './model.ts';
import { thumbnailOf } from './recordings.ts';
import { cleanLine, cleanText, isWebUrl } from './sanitize.ts';

export interface ImportVideo {
  /** The 11-character video id. */
  id: string;
  title: string;
  /** Free text; speakers are often named there. */
  description?: string;
  /** Day of publication, YYYY-MM-DD, when the listing gives it. */
  published?: string;
  thumbnailUrl: string;
}

export interface VideoFeed {
  /** What the file was, for messages: "YouTube playlist feed". */
  label: string;
  /** The playlist's or channel's title. */
  title?: string;
  /** Its public page, cited as each recording's source. */
  url?: string;
  videos: ImportVideo[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
const VIDEO_ID = /^[\w-]{11}$/;

export const FEED_HINT =
  'Download the playlist\'s feed, https://www.youtube.com/feeds/videos.xml?playlist_id=<id> (the id is the list= part of the playlist\'s address), or run yt-dlp --flat-playlist -J "<playlist URL>" > playlist.json, and import that file.';

/** True for a YouTube Atom feed or anything else that starts as XML. */
export const isXml = (text: string) => /^\uFEFF?\s*<(\?xml|feed[\s>])/i.test(text);

/** True for yt-dlp's JSON of a playlist or channel. */
export const isYtDlp = (data: unknown) =>
  isObject(data) && (data._type === 'playlist' || (Array.isArray(data.entries) && 'extractor' in data));

/** A thumbnail URL without the size-negotiation query yt-dlp adds, or the id's standard one. */
function thumbnail(id: string, candidates: unknown[]): string {
  const urls = candidates
    .map((c) => str(isObject(c) ? c.url : c))
    .filter((u) => u && isWebUrl(u)) as string[];
  const best = urls.find((u) => u.includes('hqdefault')) ?? urls.at(-1);
  // i1…i4.ytimg.com serve the same images: one spelling, so a feed and a derived URL agree.
  return best
    ? best.replace(/\?.*$/, '').replace(/^https?:\/\/i\d\.ytimg\.com\//, 'https://i.ytimg.com/')
    : thumbnailOf(id);
}

const day = (iso: unknown) => /^(\d{4}-\d{2}-\d{2})/.exec(str(iso) ?? '')?.[1];

export function parseAtom(text: string): VideoFeed {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const cut = /<feed[\s>]/.test(text) && !/<\/feed>\s*$/.test(text);
    throw new ImportError(
      cut
        ? `The file is XML but cut short: it ends before </feed>, so the download stopped early. ${FEED_HINT}`
        : `The file is XML but damaged (line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}). ${FEED_HINT}`,
    );
  }
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    isArray: (name) => name === 'entry' || name === 'link',
  }).parse(text) as Json;
  const feed = doc.feed;
  if (!isObject(feed) || !('yt:channelId' in feed || 'yt:playlistId' in feed || 'entry' in feed))
    throw new ImportError(
      `The file is XML but not a YouTube feed (it has no <feed> of videos). ${FEED_HINT}`,
    );
  const alternate = (links: unknown) =>
    (Array.isArray(links) ? links : []).filter(isObject).find((l) => l['@_rel'] === 'alternate')?.['@_href'];
  const videos: ImportVideo[] = [];
  for (const entry of (feed.entry as unknown[] | undefined) ?? []) {
    if (!isObject(entry)) continue;
    const id = str(entry['yt:videoId']) ?? str(entry.id)?.replace(/^yt:video:/, '');
    if (!id || !VIDEO_ID.test(id)) continue;
    const group = isObject(entry['media:group']) ? entry['media:group'] : {};
    const thumb = group['media:thumbnail'];
    videos.push({
      id,
      title: cleanLine(str(entry.title) ?? str(group['media:title']) ?? ''),
      description: cleanText(str(group['media:description']) ?? '') || undefined,
      published: day(entry.published),
      thumbnailUrl: thumbnail(id, [isObject(thumb) ? thumb['@_url'] : undefined]),
    });
  }
  const playlist = 'yt:playlistId' in feed;
  const url = str(alternate(feed.link));
  return {
    label: playlist ? 'YouTube playlist feed' : 'YouTube channel feed',
    title: cleanLine(str(feed.title) ?? '') || undefined,
    url: url && isWebUrl(url) ? url : undefined,
    videos,
  };
}

/** yt-dlp's entries, with a channel's tabs (nested playlists) flattened. */
function entriesOf(data: Json): Json[] {
  return ((data.entries as unknown[] | undefined) ?? [])
    .filter(isObject)
    .flatMap((e) => (Array.isArray(e.entries) ? entriesOf(e) : [e]));
}

export function parseYtDlp(data: Json): VideoFeed {
  const videos: ImportVideo[] = [];
  for (const e of entriesOf(data)) {
    const id = str(e.id);
    if (!id || !VIDEO_ID.test(id)) continue;
    const upload = /^(\d{4})(\d{2})(\d{2})$/.exec(str(e.upload_date) ?? '');
    const stamp = typeof e.timestamp === 'number' ? new Date(e.timestamp * 1000).toISOString() : undefined;
    videos.push({
      id,
      title: cleanLine(str(e.title) ?? ''),
      description: cleanText(str(e.description) ?? '') || undefined,
      published: upload ? `${upload[1]}-${upload[2]}-${upload[3]}` : day(stamp),
      thumbnailUrl: thumbnail(id, Array.isArray(e.thumbnails) ? e.thumbnails : []),
    });
  }
  const url = str(data.webpage_url);
  return {
    label: 'yt-dlp playlist JSON',
    title: cleanLine(str(data.title) ?? '') || undefined,
    url: url && isWebUrl(url) ? url : undefined,
    videos,
  };
}
