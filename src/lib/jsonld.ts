/**
 * schema.org data for a session page: an Event, with a VideoObject when a recording is
 * known. Serialised so that no string from content can close the <script> element.
 */
import type { Archive } from './archive.ts';
import { addMinutes, zonedIso } from './time.ts';
import { placeOf } from './ics.ts';

export function sessionJsonLd(archive: Archive, id: string, pageUrl: string): Record<string, unknown> {
  const s = archive.session(id).data;
  const y = archive.year(s.year.id).data;
  const tz = y.edition.timeZone;
  const when = (local?: string) => (local ? (tz ? zonedIso(local, tz) : local) : undefined);
  const virtual = y.edition.format === 'virtual';
  const place = {
    '@type': 'Place',
    name: placeOf(s.room, y.edition.venue) ?? y.edition.name,
    ...(y.edition.city ? { address: y.edition.city } : {}),
  };
  const online = { '@type': 'VirtualLocation', url: y.edition.eventUrl ?? pageUrl };
  const recordings = archive.recordingsOfSession(id).filter((r) => r.data.kind === 'video');
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: s.title,
    url: pageUrl,
    description: s.summary ?? s.abstract,
    ...(s.start ? { startDate: when(s.start) } : {}),
    ...(s.start && s.durationMinutes ? { endDate: when(addMinutes(s.start, s.durationMinutes)) } : {}),
    eventAttendanceMode: `https://schema.org/${virtual ? 'Online' : y.edition.format === 'hybrid' ? 'Mixed' : 'Offline'}EventAttendanceMode`,
    location: virtual ? online : y.edition.format === 'hybrid' ? [place, online] : place,
    performer: s.speakers.map((p) => ({ '@type': 'Person', name: archive.person(p.id).data.name })),
    superEvent: {
      '@type': 'Event',
      name: y.edition.name,
      ...(y.edition.eventUrl ? { url: y.edition.eventUrl } : {}),
    },
    ...(recordings.length
      ? {
          recordedIn: recordings.map((r) => ({
            '@type': 'VideoObject',
            name: r.data.title,
            url: r.data.url,
            description: `Recording of "${s.title}"`,
          })),
        }
      : {}),
  };
}

/** JSON for inside <script type="application/ld+json">: "<" is escaped so "</script>" cannot end it. */
export const scriptJson = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');
