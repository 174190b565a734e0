import { describe, expect, it } from 'vitest';
import { isIcal, parseIcal } from './ical.ts';

const calendar = (body: string[], head: string[] = []) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', ...head, ...body, 'END:VCALENDAR', ''].join(
    '\r\n',
  );
const event = (lines: string[]) => ['BEGIN:VEVENT', 'DTSTAMP:20290801T000000Z', ...lines, 'END:VEVENT'];

/** As Indico writes a contribution (indico/modules/events/ical.py). */
const indicoTalk = event([
  'UID:indico-contribution-8101@indico.example.org',
  'DTSTART:20290918T090000Z',
  'DTEND:20290918T093000Z',
  'SUMMARY:Nested translation',
  'LOCATION:Room 2 (Example Centre)',
  'URL:https://indico.example.org/event/916/contributions/8101/',
  'DESCRIPTION:Speakers: Zoë Exampleton (Example\\, Inc.)\\, Ada Example\\n\\nThe text.\\n\\nhttps://indico.example.org/event/916/contributions/8101/',
]);

describe('isIcal', () => {
  it('recognises a calendar, also after a byte-order mark', () => {
    expect(isIcal('\uFEFFBEGIN:VCALENDAR\r\n')).toBe(true);
    expect(isIcal('{"BEGIN":"VCALENDAR"}')).toBe(false);
  });
});

describe('parseIcal', () => {
  it('reads the first line a schedule generator writes: "<MC> · <speakers> · <URL>", and the calendar name', () => {
    const source = parseIcal(
      calendar(
        event([
          'UID:lpc2026-9301@schedule.example.org',
          'DTSTART:20261110T150000Z',
          'DTEND:20261110T153000Z',
          'SUMMARY:Nesting',
          'DESCRIPTION:VFIO/IOMMU/PCI MC · Ada Example\\, Zoë Exampleton · https://indico.example.org/event/920/contributions/9301/\\n\\nThe text.',
        ]),
        ['X-WR-CALNAME:LPC 2026: VFIO/IOMMU/PCI MC'],
      ),
    );
    expect(source.calendarName).toBe('LPC 2026: VFIO/IOMMU/PCI MC');
    expect(source.contributions[0]).toMatchObject({
      key: 'https://indico.example.org/event/920/contributions/9301/',
      url: 'https://indico.example.org/event/920/contributions/9301/',
      groups: ['VFIO/IOMMU/PCI MC'],
      speakers: [{ name: 'Ada Example' }, { name: 'Zoë Exampleton' }],
      description: 'The text.',
    });
  });

  it("reads Indico's layout: speakers line, text without the repeated URL, room and venue", () => {
    const source = parseIcal(calendar(indicoTalk));
    const c = source.contributions[0]!;
    expect(c).toMatchObject({
      key: 'https://indico.example.org/event/916/contributions/8101/',
      title: 'Nested translation',
      speakers: [{ name: 'Zoë Exampleton', affiliation: 'Example, Inc.' }, { name: 'Ada Example' }],
      description: 'The text.',
      room: 'Room 2',
      groups: [],
    });
    expect(new Date(c.start!).toISOString()).toBe('2029-09-18T09:00:00.000Z');
    expect(source.event).toEqual({
      url: 'https://indico.example.org/event/916/',
      timeZone: undefined,
      venue: 'Example Centre',
    });
    // Indico's calendar of one session names no session: everything in it is the MC's.
    expect(source.unnamed).toBe(true);
    expect(source.fields).not.toContain('slidesUrl');
  });

  it('reads TZID times with Intl and floating times in the calendar zone', () => {
    const source = parseIcal(
      calendar(
        [
          ...event(['UID:a@x', 'DTSTART;TZID=Europe/Lisbon:20290918T100000', 'DURATION:PT25M', 'SUMMARY:A']),
          ...event(['UID:b@x', 'DTSTART:20290918T110000', 'SUMMARY:B']),
          ...event(['UID:c@x', 'DTSTART;TZID=Nowhere/Zone:20290918T110000', 'SUMMARY:C']),
        ],
        ['X-WR-TIMEZONE:Europe/Lisbon'],
      ),
    );
    const [a, b, c] = source.contributions;
    expect(new Date(a!.start!).toISOString()).toBe('2029-09-18T09:00:00.000Z');
    expect((a!.end! - a!.start!) / 60_000).toBe(25);
    expect(new Date(b!.start!).toISOString()).toBe('2029-09-18T10:00:00.000Z');
    // An unknown zone is not guessed.
    expect(c!.start).toBeUndefined();
    expect(source.event.timeZone).toBe('Europe/Lisbon');
  });

  it('reads a zone that only the file defines (a VTIMEZONE with a Windows-style name)', () => {
    const vtimezone = [
      'BEGIN:VTIMEZONE',
      'TZID:Example Standard Time',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0500',
      'END:STANDARD',
      'END:VTIMEZONE',
    ];
    const source = parseIcal(
      calendar([
        ...vtimezone,
        ...event(['UID:a@x', 'DTSTART;TZID=Example Standard Time:20301114T140000', 'SUMMARY:A']),
      ]),
    );
    expect(new Date(source.contributions[0]!.start!).toISOString()).toBe('2030-11-14T19:00:00.000Z');
  });

  it('takes categories, else the calendar name, as the names to find the MC by', () => {
    const source = parseIcal(
      calendar(
        [
          ...event(['UID:a@x', 'DTSTART:20290918T090000Z', 'SUMMARY:A', 'CATEGORIES:Networking track']),
          ...event(['UID:b@x', 'DTSTART:20290918T090000Z', 'SUMMARY:B']),
        ],
        ['X-WR-CALNAME:VFIO/IOMMU/PCI MC'],
      ),
    );
    expect(source.contributions.map((c) => c.groups)).toEqual([['Networking track'], ['VFIO/IOMMU/PCI MC']]);
    expect(source.unnamed).toBe(false);
  });

  it('skips session blocks, all-day entries and untitled entries with reasons', () => {
    const source = parseIcal(
      calendar([
        ...event([
          'UID:indico-session-block-7@indico.example.org',
          'DTSTART:20290918T090000Z',
          'SUMMARY:VFIO/IOMMU/PCI MC',
        ]),
        ...event(['UID:d@x', 'DTSTART;VALUE=DATE:20290918', 'SUMMARY:Conference day']),
        ...event(['UID:e@x', 'DTSTART:20290918T090000Z']),
      ]),
    );
    expect(source.contributions).toEqual([]);
    expect(source.skipped.map((s) => s.reason)).toEqual([
      'a session block or event entry, not a talk',
      'an all-day entry, not a talk',
      'it has no SUMMARY (title)',
    ]);
  });

  it('says so when the file is not a readable calendar', () => {
    expect(() => parseIcal('BEGIN:VCALENDAR\r\nthis is not a property\r\n')).toThrow(/cannot be read/);
  });
});
