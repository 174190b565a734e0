/**
 * schema.org data for a session page: an Event, with a VideoObject for a recording whose
 * required fields are all known. Serialised so that no string from content can close the
 * <script> element.
 */
import type { Archive } from './archive.ts';
import type { Entry } from './records.ts';
import { addMinutes, zonedIso } from './time.ts';
import { placeOf } from './ics.ts';

/** The video id of a YouTube link (youtu.be/<id>, youtube.com/watch?v=<id>, /live/, /embed/). */
export function youtubeId(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const host = u.hostname.replace(/^(www|m)\./, '');
  const id =
    host === 'youtu.be'
      ? u.pathname.slice(1)
      : host === 'youtube.com'
        ? (u.searchParams.get('v') ?? /^\/(?:live|embed|shorts)\/([^/]+)/.exec(u.pathname)?.[1])
        : undefined;
  return id && /^[\w-]{11}$/.test(id) ? id : undefined;
}

/**
 * A VideoObject needs a name, a description, a thumbnail and an upload date. YouTube gives a
 * thumbnail for every video id; the upload date is the record's `published` day. Without both, the
 * recording stays a plain link on the page and gets no VideoObject.
 */
export function videoObject(r: Entry<'recordings'>, sessionTitle: string) {
  const id = youtubeId(r.data.url);
  if (r.data.kind !== 'video' || !id || !r.data.published) return undefined;
  return {
    '@type': 'VideoObject',
    name: r.data.title,
    description: `Recording of "${sessionTitle}"`,
    thumbnailUrl: r.data.thumbnailUrl ?? `https://i.ytimg.com/vi/${id}/hqdefault.jpg`,
    uploadDate: r.data.published,
    url: r.data.url,
  };
}

/**
 * When the session took place: its own start and end where the records give them, otherwise
 * the MC's day, otherwise the days of the conference (the session took place within them).
 */
export function sessionWhen(archive: Archive, id: string): { startDate?: string; endDate?: string } {
  const s = archive.session(id).data;
  const e = archive.year(s.year.id).data.edition;
  const tz = e.timeZone;
  const at = (local: string) => (tz ? zonedIso(local, tz) : local);
  if (s.start)
    return {
      startDate: at(s.start),
      ...(s.durationMinutes ? { endDate: at(addMinutes(s.start, s.durationMinutes)) } : {}),
    };
  if (e.mcDate) return { startDate: e.mcDate };
  if (e.start) return { startDate: e.start, ...(e.end ? { endDate: e.end } : {}) };
  return {};
}

export function sessionJsonLd(archive: Archive, id: string, pageUrl: string): Record<string, unknown> {
  const s = archive.session(id).data;
  const y = archive.year(s.year.id).data;
  const virtual = y.edition.format === 'virtual';
  const place = {
    '@type': 'Place',
    name: placeOf(s.room, y.edition.venue) ?? y.edition.name,
    ...(y.edition.city ? { address: y.edition.city } : {}),
  };
  const online = { '@type': 'VirtualLocation', url: y.edition.eventUrl ?? pageUrl };
  const videos = archive
    .recordingsOfSession(id)
    .map((r) => videoObject(r, s.title))
    .filter((v) => v !== undefined);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: s.title,
    url: pageUrl,
    description: s.summary ?? s.abstract,
    ...sessionWhen(archive, id),
    eventAttendanceMode: `https://schema.org/${virtual ? 'Online' : y.edition.format === 'hybrid' ? 'Mixed' : 'Offline'}EventAttendanceMode`,
    location: virtual ? online : y.edition.format === 'hybrid' ? [place, online] : place,
    performer: s.speakers.map((p) => ({ '@type': 'Person', name: archive.person(p.id).data.name })),
    superEvent: {
      '@type': 'Event',
      name: y.edition.name,
      ...(y.edition.eventUrl ? { url: y.edition.eventUrl } : {}),
    },
    ...(videos.length ? { recordedIn: videos } : {}),
  };
}

/** JSON for inside <script type="application/ld+json">: "<" is escaped so "</script>" cannot end it. */
export const scriptJson = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');
