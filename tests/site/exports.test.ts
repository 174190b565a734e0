/**
 * The exports a reader's tools consume, checked on the real build: calendars parse back with
 * an iCalendar parser, the JSON validates against its published schema, the feed is valid XML,
 * session pages carry schema.org data, and acronyms link to their topics.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readContent } from '../../src/lib/content-files.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { buildArchive } from '../../src/lib/archive.ts';
import { API_RESOURCES, apiJsonSchema, apiSchemas } from '../../src/lib/api.ts';
import { timedSessions } from '../../src/lib/ics.ts';
import { DIST, page, readDist } from './dist.ts';

const root = path.resolve(import.meta.dirname, '../..');
const archive = buildArchive(validateContent(readContent(root).entries).records);

describe('calendars', () => {
  it('every year with timed sessions has a schedule that parses back with its sessions', () => {
    const years = archive.years.filter((y) => timedSessions(archive, y.id).length);
    expect(years.length).toBeGreaterThan(2);
    for (const y of years) {
      const cal = new ICAL.Component(ICAL.parse(readDist(`years/${y.id}/schedule.ics`)));
      const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      const sessions = timedSessions(archive, y.id);
      expect(events.map((e) => e.summary).sort()).toEqual(sessions.map((s) => s.data.title).sort());
      for (const [i, e] of events.entries()) {
        expect(e.uid).toMatch(/^session-\d{4}-[a-z0-9-]+@/);
        expect(e.component.getFirstPropertyValue('url')).toMatch(new RegExp(`/years/${y.id}/[a-z0-9-]+/$`));
        const tz = y.data.edition.timeZone;
        if (tz)
          expect(e.component.getFirstProperty('dtstart')!.getParameter('tzid'), `${y.id} event ${i}`).toBe(
            tz,
          );
        const stamp = e.component.getFirstProperty('dtstamp')!.getFirstValue() as ICAL.Time;
        expect(stamp.zone?.tzid ?? 'UTC').toBe('UTC');
      }
      if (y.data.edition.timeZone)
        expect(cal.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(
          y.data.edition.timeZone,
        );
    }
  });

  it('places a 2023 session at the right instant and venue', () => {
    const cal = new ICAL.Component(ICAL.parse(readDist('years/2023/schedule.ics')));
    const tzComp = cal.getFirstSubcomponent('vtimezone')!;
    ICAL.TimezoneService.register(tzComp);
    const event = cal
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .find((e) => e.summary === 'Non-discoverable devices in PCI devices')!;
    expect(event.startDate.toJSDate().toISOString()).toBe('2023-11-15T15:30:00.000Z');
    expect(event.location).toContain('James River Salon A');
  });
});

describe('JSON API', () => {
  for (const r of API_RESOURCES) {
    it(`/api/${r}.json validates against its schema and lists every record`, () => {
      const doc = JSON.parse(readDist(`api/${r}.json`));
      const parsed = apiSchemas[r].safeParse(doc);
      expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
      const count = {
        sessions: archive.sessions.length,
        outcomes: archive.outcomes.length,
        topics: archive.topics.length,
      }[r];
      expect((doc as Record<string, unknown[]>)[r]).toHaveLength(count);
      expect(JSON.parse(readDist(`api/${r}.schema.json`))).toEqual(
        JSON.parse(JSON.stringify(apiJsonSchema(r))),
      );
    });
  }
});

describe('feed', () => {
  it('is valid XML with an item per year and per dated outcome change', () => {
    const xml = readDist('rss.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const items = new XMLParser().parse(xml).rss.channel.item as {
      title: string;
      link: string;
      guid: string;
      pubDate: string;
    }[];
    const changes = archive.outcomes.reduce((n, o) => n + o.data.statusHistory.length, 0);
    expect(items).toHaveLength(archive.years.filter((y) => !y.data.inPreparation).length + changes);
    expect(new Set(items.map((i) => i.link)).size).toBe(items.length);
    expect(items.map((i) => i.title)).toContain('Merged: Posted MSI merged as an opt-in feature');
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });
});

describe('structured data and glossary links', () => {
  it('a session page describes an Event, with a VideoObject for its recording', () => {
    const doc = page('/years/2022/instant-detection-virtual-devices/').doc;
    const data = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.text);
    expect(data['@type']).toBe('Event');
    expect(data.startDate).toBe('2022-09-12T11:45:00+01:00');
    expect(data.performer[0].name).toBe('Ajay Kaher');
    expect(data.recordedIn[0]).toMatchObject({
      '@type': 'VideoObject',
      url: 'https://youtu.be/0mIO54oQ2zI?t=7151',
    });
  });

  it('the first mention of an acronym in prose links to its topic with the expansion', () => {
    const doc = page('/topics/iommufd/').doc;
    const first = doc.querySelector('.prose a.acronym');
    expect(first?.getAttribute('href')).toMatch(/^\/topics\/[a-z0-9-]+\/$/);
    expect(first?.querySelector('abbr')?.getAttribute('title')).toBeTruthy();
    for (const a of doc.querySelectorAll('a.acronym')) {
      expect(a.closest('h1, h2, h3, code, pre')).toBeNull();
      expect(a.parentNode?.closest('a')).toBeNull();
    }
  });

  it('the topics index maps topics across years, as a picture of links and as a table', () => {
    const doc = page('/topics/').doc;
    const cells = doc.querySelectorAll('.map svg a[aria-label]');
    expect(cells.length).toBeGreaterThan(20);
    const target = new URL(cells[0]!.getAttribute('href')!, 'http://site');
    expect(target.pathname).toBe('/search/');
    expect([...target.searchParams.keys()].sort()).toEqual(['topic', 'year']);
    expect(doc.querySelectorAll('.map-table tbody tr').length).toBe(archive.topics.length);
    expect(existsSync(path.join(DIST, 'api/index.html'))).toBe(true);
  });
});
