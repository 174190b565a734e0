import { describe, expect, it } from 'vitest';
import {
  addMinutes,
  zonedIso,
  zonedToInstant,
  instantOf,
  isTimeZone,
  localDate,
  localDateTime,
  localTime,
} from './time.ts';

describe('venue times', () => {
  it('turns a local time into the right instant, summer time included', () => {
    expect(zonedToInstant('2023-11-15T10:30', 'America/New_York').toISOString()).toBe(
      '2023-11-15T15:30:00.000Z',
    );
    expect(zonedToInstant('2024-09-18T10:20', 'Europe/Vienna').toISOString()).toBe(
      '2024-09-18T08:20:00.000Z',
    );
    expect(zonedToInstant('2025-12-11T10:00', 'Asia/Tokyo').toISOString()).toBe('2025-12-11T01:00:00.000Z');
  });

  it('writes ISO 8601 with the venue offset', () => {
    expect(zonedIso('2023-11-15T10:30', 'America/New_York')).toBe('2023-11-15T10:30:00-05:00');
    expect(zonedIso('2019-09-09T15:30', 'Europe/Lisbon')).toBe('2019-09-09T15:30:00+01:00');
  });

  it('adds minutes across midnight', () => {
    expect(addMinutes('2023-11-15T23:45', 30)).toBe('2023-11-16T00:15');
  });
});

describe('time zones', () => {
  it('knows IANA zones and legacy links, and rejects made-up names', () => {
    expect(isTimeZone('America/New_York')).toBe(true);
    expect(isTimeZone('US/Pacific')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Nowhere/Zone')).toBe(false);
    expect(isTimeZone(undefined)).toBe(false);
  });

  it('turns a wall time in one zone into the wall time of another', () => {
    // 19:00 UTC in November is 14:00 in New York (EST, UTC-5).
    const ms = instantOf({ year: 2030, month: 11, day: 13, hour: 19, minute: 0, second: 0 }, 'UTC');
    expect(localDateTime(ms, 'America/New_York')).toBe('2030-11-13T14:00');
    // In September New York is on daylight time (UTC-4).
    const sep = instantOf(
      { year: 2029, month: 9, day: 18, hour: 10, minute: 30, second: 0 },
      'America/New_York',
    );
    expect(new Date(sep).toISOString()).toBe('2029-09-18T14:30:00.000Z');
  });

  it('finds the right offset on both sides of a DST change', () => {
    // Lisbon leaves summer time on the last Sunday of October 2029 (28 October), at 02:00 local.
    const before = instantOf(
      { year: 2029, month: 10, day: 28, hour: 0, minute: 30, second: 0 },
      'Europe/Lisbon',
    );
    const after = instantOf(
      { year: 2029, month: 10, day: 28, hour: 3, minute: 30, second: 0 },
      'Europe/Lisbon',
    );
    expect(new Date(before).toISOString()).toBe('2029-10-27T23:30:00.000Z');
    expect(new Date(after).toISOString()).toBe('2029-10-28T03:30:00.000Z');
  });

  it('gives the local date, which may differ from the UTC date', () => {
    const ms = Date.UTC(2030, 10, 14, 2, 15);
    expect(localDate(ms, 'America/New_York')).toBe('2030-11-13');
    expect(localTime(ms, 'America/New_York')).toBe('21:15');
  });
});
