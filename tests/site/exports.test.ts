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
import { DEFAULT_MINUTES, timedSessions, yearCalendar } from '../../src/lib/ics.ts';
import { youtubeId } from '../../src/lib/jsonld.ts';
import { sessionPath } from '../../src/lib/urls.ts';
import { builtPages, DIST, page, readDist } from './dist.ts';

const root = path.resolve(import.meta.dirname, '../..');
const archive = buildArchive(validateContent(readContent(root).entries).records);

const events = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
/** Minutes between an event's start and end, read from its local wall-clock times. */
const minutes = (e: ICAL.Event) => e.endDate.subtractDate(e.startDate).toSeconds() / 60;

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

  it('keeps every UID when the site moves to another address, and gives every event an end', () => {
    const years = archive.years.filter((y) => timedSessions(archive, y.id).length);
    for (const y of years) {
      const built = readDist(`years/${y.id}/schedule.ics`);
      const moved = yearCalendar(archive, y.id, { site: 'https://archive.example', base: '/mc/' });
      const here = events(built);
      const there = events(moved);
      expect(there.map((e) => e.uid)).toEqual(here.map((e) => e.uid));
      expect(new Set(here.map((e) => e.uid)).size).toBe(here.length);
      for (const uid of here.map((e) => e.uid)) expect(uid).not.toMatch(/localhost|archive\.example/);
      expect(there[0]!.component.getFirstPropertyValue('url')).toMatch(
        /^https:\/\/archive\.example\/mc\/years\//,
      );
      const description = new ICAL.Component(ICAL.parse(built)).getFirstPropertyValue('x-wr-caldesc');
      expect(description).toContain(`shown as ${DEFAULT_MINUTES} minutes`);
      for (const e of here) {
        const s = timedSessions(archive, y.id).find((x) => x.data.title === e.summary)!;
        expect(e.component.hasProperty('dtend'), `${y.id}: ${e.summary}`).toBe(true);
        expect(minutes(e), `${y.id}: ${e.summary}`).toBe(s.data.durationMinutes ?? DEFAULT_MINUTES);
        if (!s.data.durationMinutes) expect(e.description).toContain(`shown as ${DEFAULT_MINUTES} minutes`);
      }
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

  it('links every item to a built page, and to an element on it when the link has an anchor', () => {
    const items = new XMLParser().parse(readDist('rss.xml')).rss.channel.item as { link: string }[];
    const broken: string[] = [];
    for (const { link } of items) {
      const u = new URL(link);
      const target = builtPages().find((p) => p.url === u.pathname);
      const id = decodeURIComponent(u.hash.slice(1));
      if (!target) broken.push(`${link}: no page`);
      else if (id && !target.doc.getElementById(id)) broken.push(`${link}: no element with id "${id}"`);
    }
    expect(items.some((i) => i.link.includes('#status-'))).toBe(true);
    expect(broken).toEqual([]);
  });
});

describe('structured data and glossary links', () => {
  it('a session page describes an Event at its time, with its recording as a link', () => {
    const p = page('/years/2022/instant-detection-virtual-devices/');
    const data = JSON.parse(p.doc.querySelector('script[type="application/ld+json"]')!.text);
    expect(data['@type']).toBe('Event');
    expect(data.startDate).toBe('2022-09-12T11:45:00+01:00');
    expect(data.endDate).toBe('2022-09-12T12:15:00+01:00');
    expect(data.performer[0].name).toBe('Ajay Kaher');
    // Its upload date is not recorded, so the video is a link on the page and no VideoObject.
    expect(data.recordedIn).toBeUndefined();
    expect(p.doc.querySelector('main a[href="https://youtu.be/0mIO54oQ2zI?t=7151"]')).not.toBeNull();
  });

  it('every session page has an Event with a start date and a place, and only complete VideoObjects', () => {
    const wrong: string[] = [];
    for (const s of archive.sessions) {
      const p = page(sessionPath(s.id));
      const scripts = p.doc.querySelectorAll('script[type="application/ld+json"]');
      const data = JSON.parse(scripts[0]!.text);
      const e = archive.year(s.data.year.id).data.edition;
      const say = (what: string) => wrong.push(`${s.id}: ${what}`);
      if (scripts.length !== 1 || data['@type'] !== 'Event' || data.name !== s.data.title) say('no Event');
      // The session's own time, else the MC's day, else the conference's days.
      const day = s.data.start?.slice(0, 10) ?? e.mcDate ?? e.start;
      if (!day || !String(data.startDate).startsWith(day))
        say(`startDate ${data.startDate}, expected ${day}`);
      if (s.data.start && !/T\d\d:\d\d:00([+-]\d\d:\d\d|Z)?$/.test(data.startDate))
        say('startDate lacks the time');
      const places = [data.location].flat() as Record<string, string>[];
      for (const l of places) {
        if (l['@type'] === 'Place' && !l.address) say(`Place "${l.name}" has no address`);
        if (l['@type'] === 'VirtualLocation' && !l.url) say('VirtualLocation has no url');
      }
      if (e.format !== 'virtual' && !places.some((l) => l['@type'] === 'Place')) say('no Place');
      for (const v of (data.recordedIn ?? []) as Record<string, string>[]) {
        for (const field of ['name', 'description', 'thumbnailUrl', 'uploadDate'])
          if (!v[field]) say(`VideoObject without ${field}`);
        if (v.thumbnailUrl !== `https://i.ytimg.com/vi/${youtubeId(v.url!)}/hqdefault.jpg`)
          say(`thumbnail ${v.thumbnailUrl} does not follow from ${v.url}`);
        if (!/^\d{4}-\d{2}-\d{2}/.test(v.uploadDate ?? '')) say(`uploadDate ${v.uploadDate}`);
      }
      for (const r of archive.recordingsOfSession(s.id))
        if (!p.doc.querySelector(`main a[href="${r.data.url}"]`)) say(`no link to ${r.data.url}`);
    }
    expect(wrong).toEqual([]);
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

  it('the topics index maps every topic across years, each number a link to its search', () => {
    const doc = page('/topics/').doc;
    const rows = doc.querySelectorAll('.map tbody tr');
    expect(rows.length).toBe(archive.topics.length);
    const cells = doc.querySelectorAll('.map td a');
    expect(cells.length).toBeGreaterThan(20);
    const target = new URL(cells[0]!.getAttribute('href')!, 'http://site');
    expect(target.pathname).toBe('/search/');
    expect([...target.searchParams.keys()].sort()).toEqual(['topic', 'year']);
    // A number is named by its headers: the topic of its row and the year of its column.
    const cell = cells[0]!.parentNode!;
    const row = cell.parentNode!;
    const column = [...row.querySelectorAll('td')].indexOf(cell as never);
    expect(row.querySelector('th[scope=row]')?.textContent).toBeTruthy();
    const years = doc.querySelectorAll('.map thead th[scope=col]');
    expect(years[column]?.textContent).toContain(target.searchParams.get('year')!);
    expect(existsSync(path.join(DIST, 'api/index.html'))).toBe(true);
  });
});
