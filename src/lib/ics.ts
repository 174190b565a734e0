/**
 * A year's schedule as iCalendar: one event per session with a start time, in the venue's
 * time zone (with its VTIMEZONE), with stable UIDs and a fixed DTSTAMP so that the same
 * records always give the same bytes. Every event has an end: the session's own length, or
 * DEFAULT_MINUTES when the records do not give one (the calendar's description says so).
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import type { Archive } from './archive.ts';
import { addMinutes, zonedToInstant } from './time.ts';
import { sessionPath, withBase, yearPath } from './urls.ts';
import { yearTitle } from './years.ts';

export interface SiteLocation {
  /** Public origin, e.g. "https://example.org". */
  site: string;
  base: string;
}

export const timedSessions = (archive: Archive, year: string) =>
  archive.sessionsOfYear(year).filter((s) => s.data.start);

/**
 * Length shown for a session whose duration is not recorded; without an end, calendar apps
 * show a zero-length event. Half an hour is the usual MC slot.
 */
export const DEFAULT_MINUTES = 30;

/**
 * A session's UID: the same wherever and under whichever address the site is built, so a
 * subscriber's calendar updates its events instead of duplicating them after a move. The
 * right-hand side names the archive, not a host, and is unique beyond it.
 */
export const sessionUid = (id: string) => `session-${id.replace('/', '-')}@vfio-iommu-pci-mc-archive`;

export const calendarDescription = (year: string) =>
  `Sessions of the ${yearTitle(year)} whose start time is known, in the venue's time zone. ` +
  `A session whose length is not known is shown as ${DEFAULT_MINUTES} minutes.`;

/** "Room, venue, city", leaving out the venue when the room already names it. */
export function placeOf(room?: string, venue?: string, city?: string): string | undefined {
  const parts = [room, venue && room?.includes(venue) ? undefined : venue, city].filter(Boolean);
  return parts.length ? parts.join(', ') : undefined;
}

export function yearCalendar(archive: Archive, year: string, where: SiteLocation): string {
  const y = archive.year(year).data;
  const tz = y.edition.timeZone;
  const cal = ical({
    name: yearTitle(year),
    description: calendarDescription(year),
    prodId: { company: 'VFIO-IOMMU-PCI MC archive', product: 'schedule', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    url: new URL(withBase(yearPath(year), where.base), where.site).href,
    // Without a calendar-wide zone, DTSTAMP stays in UTC as RFC 5545 requires.
    timezone: tz ? { name: null, generator: getVtimezoneComponent } : null,
  });
  for (const s of timedSessions(archive, year)) {
    const d = s.data;
    const start = d.start!;
    const end = addMinutes(start, d.durationMinutes ?? DEFAULT_MINUTES);
    const url = new URL(withBase(sessionPath(s.id), where.base), where.site).href;
    const speakers = d.speakers.map((p) => archive.person(p.id).data.name);
    cal.createEvent({
      id: sessionUid(s.id),
      // The session's own start: fixed for a given record, so rebuilds do not change the file.
      stamp: tz ? zonedToInstant(start, tz) : new Date(`${start}:00Z`),
      start: tz ? start : new Date(`${start}:00Z`),
      end: tz ? end : new Date(`${end}:00Z`),
      ...(tz ? { timezone: tz } : {}),
      summary: d.title,
      description: [
        speakers.length ? `Speakers: ${speakers.join(', ')}` : '',
        d.summary ?? d.abstract ?? '',
        d.durationMinutes ? '' : `Length not known: shown as ${DEFAULT_MINUTES} minutes.`,
        url,
      ]
        .filter(Boolean)
        .join('\n\n'),
      location: placeOf(d.room, y.edition.venue, y.edition.city),
      url,
    });
  }
  return cal.toString();
}
