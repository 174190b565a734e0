import { describe, expect, it } from 'vitest';
import {
  clip,
  formatDate,
  formatDateRange,
  formatLocalDateTime,
  hostOf,
  listJoin,
  localTime,
  plural,
  shortUrl,
} from './format.ts';

describe('formatting', () => {
  it('writes dates out in words, independent of the machine locale', () => {
    expect(formatDate('2023-11-15')).toBe('15 November 2023');
    expect(formatLocalDateTime('2019-09-09T15:30')).toBe('9 September 2019, 15:30');
    expect(localTime('2019-09-09T15:30')).toBe('15:30');
  });

  it('shortens a conference span where month or year repeat', () => {
    expect(formatDateRange('2023-11-13', '2023-11-15')).toBe('13–15 November 2023');
    expect(formatDateRange('2020-08-24', '2020-09-02')).toBe('24 August – 2 September 2020');
    expect(formatDateRange('2025-12-30', '2026-01-02')).toBe('30 December 2025 – 2 January 2026');
    expect(formatDateRange(undefined, undefined)).toBeUndefined();
  });

  it('names the host a link goes to', () => {
    expect(hostOf('https://www.youtube.com/@linux-pci')).toBe('youtube.com');
    expect(hostOf('https://lore.kernel.org/linux-pci/x/')).toBe('lore.kernel.org');
  });

  it('joins lists and counts as in a sentence', () => {
    expect(listJoin(['Alex'])).toBe('Alex');
    expect(listJoin(['Alex', 'Bjorn', 'Jörg'])).toBe('Alex, Bjorn and Jörg');
    expect(plural(1, 'session')).toBe('1 session');
    expect(plural(3, 'session')).toBe('3 sessions');
  });
});

describe('source labels', () => {
  it('tell two links on one host apart', () => {
    expect(shortUrl('https://lpc.events/event/17/contributions/1421/')).toBe(
      'lpc.events/event/17/contributions/1421',
    );
    expect(shortUrl('https://lpc.events/')).toBe('lpc.events');
  });

  it('shorten long addresses in the middle', () => {
    const label = shortUrl('https://lore.kernel.org/linux-pci/20240614170710.GA1796784@rocinante/');
    expect(label.length).toBeLessThanOrEqual(48);
    expect(label).toMatch(/^lore\.kernel\.org\/linux-pci.*….*rocinante$/);
  });
});

describe('descriptions', () => {
  it('clips at a word boundary with an ellipsis', () => {
    expect(clip('short text', 155)).toBe('short text');
    const long = clip('word '.repeat(100), 40);
    expect(long.length).toBeLessThanOrEqual(40);
    expect(long.endsWith('word…')).toBe(true);
  });
});
