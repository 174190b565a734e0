import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { buildArchive } from './archive.ts';
import { DEFAULT_MINUTES, placeOf, sessionUid, yearCalendar } from './ics.ts';
import { records, session, year } from '../../tests/records.ts';

const archive = buildArchive(
  records({
    years: [
      year('2023', {
        edition: {
          name: 'LPC 2023',
          format: 'hybrid',
          city: 'Richmond, VA, USA',
          venue: 'Omni Richmond Hotel',
          timeZone: 'America/New_York',
          sources: ['https://lpc.events/'],
        },
      }),
    ],
    sessions: [
      session('2023/timed', { start: '2023-11-15T10:30', durationMinutes: 45, room: 'Salon A' }),
      session('2023/open-ended', { start: '2023-11-15T11:30' }),
      session('2023/untimed'),
    ],
  }),
);

const parse = (site: string, base = '/') =>
  new ICAL.Component(ICAL.parse(yearCalendar(archive, '2023', { site, base })))
    .getAllSubcomponents('vevent')
    .map((v) => new ICAL.Event(v));

describe('a year calendar', () => {
  it('keeps the same UIDs whatever address the site is built for', () => {
    const local = parse('http://localhost:4321');
    const hosted = parse('https://archive.example', '/mc/');
    expect(local.map((e) => e.uid)).toEqual([
      'session-2023-timed@vfio-iommu-pci-mc-archive',
      sessionUid('2023/open-ended'),
    ]);
    expect(hosted.map((e) => e.uid)).toEqual(local.map((e) => e.uid));
    expect(hosted[0]!.component.getFirstPropertyValue('url')).toBe(
      'https://archive.example/mc/years/2023/timed/',
    );
  });

  it('ends each event after the session length, or after the stated default when it is not known', () => {
    const [timed, open] = parse('http://localhost:4321');
    expect(timed!.endDate.toString()).toBe('2023-11-15T11:15:00');
    expect(open!.endDate.subtractDate(open!.startDate).toSeconds()).toBe(DEFAULT_MINUTES * 60);
    expect(open!.description).toContain(`Length not known: shown as ${DEFAULT_MINUTES} minutes.`);
    expect(timed!.description).not.toContain('Length not known');
  });

  it('says in its description how long an event of unknown length is shown', () => {
    const cal = new ICAL.Component(
      ICAL.parse(yearCalendar(archive, '2023', { site: 'http://x.test', base: '/' })),
    );
    expect(cal.getFirstPropertyValue('x-wr-caldesc')).toContain(`shown as ${DEFAULT_MINUTES} minutes`);
  });

  it('names the room, venue and city, leaving out a venue the room already names', () => {
    expect(placeOf('Salon A', 'Omni Richmond Hotel', 'Richmond')).toBe(
      'Salon A, Omni Richmond Hotel, Richmond',
    );
    expect(placeOf('Omni Richmond Hotel, Salon A', 'Omni Richmond Hotel')).toBe(
      'Omni Richmond Hotel, Salon A',
    );
    expect(placeOf()).toBeUndefined();
  });
});
