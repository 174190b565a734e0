/**
 * iCalendar files to the neutral model, parsed with ical.js: Indico's calendar of one session
 * (`/event/<id>/sessions/<sid>/session.ics?detail=contributions`) or a calendar the MC
 * publishes itself. Indico's layout (indico/indico `indico/modules/events/ical.py`): UID
 * `indico-contribution-<db_id>@<host>`, times in UTC, LOCATION "<room> (<venue>)", DESCRIPTION
 * "Speakers: A (Affiliation), B", a blank line, the text, a blank line and the URL.
 */
import ICAL from 'ical.js';
import { cleanLine, cleanText, isWebUrl } from './sanitize.ts';
import {
  IMPORTED_FIELDS,
  ImportError,
  type ImportContribution,
  type ImportPerson,
  type ImportSource,
} from './model.ts';
import { instantOf, isTimeZone } from '../time.ts';

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;
type Time = InstanceType<typeof ICAL.Time>;

/** True when the text is an iCalendar file (possibly after a byte-order mark). */
export const isIcal = (source: string) => /^\uFEFF?\s*BEGIN:VCALENDAR/i.test(source);

const value = (c: Component, name: string): string | undefined => {
  const v = c.getFirstPropertyValue(name);
  return typeof v === 'string' ? v : undefined;
};

/**
 * The instant a DTSTART/DTEND stands for. UTC and IANA TZIDs are converted with Intl; a TZID
 * that only the file's own VTIMEZONE defines goes through ical.js; a floating time is read in
 * the calendar's zone (X-WR-TIMEZONE). Anything else is unknown rather than guessed.
 */
function instant(prop: Property | null, calendarZone: string | undefined): number | undefined {
  const t = prop?.getFirstValue();
  if (!(t instanceof ICAL.Time) || t.isDate) return undefined;
  const w = { year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute, second: t.second };
  if (t.zone === ICAL.Timezone.utcTimezone || t.zone?.tzid === 'UTC') return instantOf(w, 'UTC');
  const tzid = prop!.getParameter('tzid');
  if (typeof tzid === 'string') {
    if (isTimeZone(tzid)) return instantOf(w, tzid);
    const zone = t.zone;
    return zone && zone.tzid === tzid && zone !== ICAL.Timezone.localTimezone
      ? t.toUnixTime() * 1000
      : undefined;
  }
  return calendarZone ? instantOf(w, calendarZone) : undefined;
}

/** "A B (Example, Inc.), C D" split at the commas outside parentheses. */
function speakers(list: string): ImportPerson[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts
    .map((p) => cleanLine(p))
    .filter(Boolean)
    .map((p) => {
      const m = /^(.*?)\s*\(([^()]*)\)$/.exec(p);
      const name = cleanLine(m ? m[1]! : p);
      const affiliation = m ? cleanLine(m[2]!) : '';
      return affiliation ? { name, affiliation } : { name };
    })
    .filter((p) => p.name);
}

/**
 * Splits a DESCRIPTION into speakers, text and what its first line says. Indico writes
 * "Speakers: A (Affiliation), B", a blank line, the text and the URL; schedule generators write a
 * first line "<MC or track> · <speakers> · <URL>" before the text. The URL it repeats is dropped.
 */
function splitDescription(description: string, url: string | undefined) {
  const paragraphs = cleanText(description).split(/\n\s*\n/);
  let people: ImportPerson[] = [];
  let group: string | undefined;
  let link: string | undefined;
  const first = /^\s*Speakers?:\s*(.*)$/is.exec(paragraphs[0] ?? '');
  const lines = (paragraphs[0] ?? '').split('\n');
  const parts = lines[0]!.split(/\s+[·•]\s+/).map((p) => cleanLine(p));
  if (first) {
    people = speakers(first[1]!.replace(/\s+/g, ' '));
    paragraphs.shift();
  } else if (parts.length > 1) {
    group = parts.shift() || undefined;
    link = parts.find((p) => isWebUrl(p) && !/\s/.test(p));
    const names = parts.filter((p) => p !== link).join(', ');
    if (names) people = speakers(names);
    lines.shift();
    paragraphs[0] = lines.join('\n');
  }
  const last = paragraphs.at(-1)?.trim();
  if (last && (last === url || last === link)) paragraphs.pop();
  return { people, text: paragraphs.join('\n\n').trim() || undefined, group, link };
}

/** Indico writes its session blocks and events into the same calendars; they are not talks. */
const NOT_A_TALK = /^indico-(session-block|session|event)-/i;

function readCalendars(source: string): Component[] {
  try {
    const parsed = ICAL.parse(source);
    // Several VCALENDARs in one file come back as a list.
    const jcals = Array.isArray(parsed[0]) ? (parsed as unknown[]) : [parsed];
    return jcals.map((j) => new ICAL.Component(j as never));
  } catch (e) {
    throw new ImportError(
      `The file starts like an iCalendar file but cannot be read: ${(e as Error).message}.`,
    );
  }
}

/** What one calendar says about all its events, and what its events add to the whole file. */
interface CalendarContext {
  calendarName?: string;
  calendarZone?: string;
  zones: Set<string>;
  venues: Set<string>;
}

/** One VEVENT as a talk, or the reason it is not one. */
function readEvent(
  ve: Component,
  ctx: CalendarContext,
): ImportContribution | { skip: { title: string; reason: string } } {
  const uid = cleanLine(value(ve, 'uid') ?? '');
  const title = cleanLine(value(ve, 'summary') ?? '');
  const pageUrl = value(ve, 'url');
  const described = splitDescription(value(ve, 'description') ?? '', pageUrl);
  const contributionUrl = [pageUrl, described.link].find((u) => u && isWebUrl(u));
  const startProp = ve.getFirstProperty('dtstart');
  const name = title || uid || 'an unnamed entry';
  if (NOT_A_TALK.test(uid))
    return { skip: { title: name, reason: 'a session block or event entry, not a talk' } };
  if ((startProp?.getFirstValue() as Time | null)?.isDate)
    return { skip: { title: name, reason: 'an all-day entry, not a talk' } };
  if (!title) return { skip: { title: name, reason: 'it has no SUMMARY (title)' } };
  const key = contributionUrl ?? uid;
  if (!key) return { skip: { title, reason: 'it has neither a URL nor a UID to recognise it by' } };
  const tzid = startProp?.getParameter('tzid');
  if (typeof tzid === 'string' && isTimeZone(tzid)) ctx.zones.add(tzid);
  const start = instant(startProp, ctx.calendarZone);
  let end = instant(ve.getFirstProperty('dtend'), ctx.calendarZone);
  const duration = ve.getFirstPropertyValue('duration');
  if (start !== undefined && end === undefined && duration instanceof ICAL.Duration)
    end = start + duration.toSeconds() * 1000;
  const location = cleanLine(value(ve, 'location') ?? '');
  const inParens = /^(.*\S)\s*\(([^()]+)\)$/.exec(location);
  if (inParens) ctx.venues.add(cleanLine(inParens[2]!));
  const categories = ve
    .getAllProperties('categories')
    .flatMap((p) => p.getValues())
    .map((c) => cleanLine(String(c)))
    .filter(Boolean);
  const { people, text, group } = described;
  const own = [...new Set([...categories, ...(group ? [group] : [])])];
  return {
    key,
    url: contributionUrl,
    title,
    // An event's own categories (or its description's first line) say where it belongs; a calendar name covers the rest.
    groups: own.length ? own : ctx.calendarName ? [ctx.calendarName] : [],
    speakers: people,
    start,
    end,
    room: (inParens ? cleanLine(inParens[1]!) : location) || undefined,
    attachments: [],
    description: text,
    keywords: [],
  };
}

export function parseIcal(source: string): ImportSource {
  const calendars = readCalendars(source);
  const contributions: ImportContribution[] = [];
  const skipped: ImportSource['skipped'] = [];
  const zones = new Set<string>();
  const venues = new Set<string>();
  let calendarUrl: string | undefined;
  let wholeName: string | undefined;

  for (const cal of calendars) {
    const calendarName = cleanLine(value(cal, 'x-wr-calname') ?? value(cal, 'name') ?? '') || undefined;
    wholeName ??= calendarName;
    const zoneName = value(cal, 'x-wr-timezone');
    const calendarZone = isTimeZone(zoneName) ? zoneName : undefined;
    if (calendarZone) zones.add(calendarZone);
    const url = value(cal, 'url') ?? value(cal, 'source');
    if (url && isWebUrl(url)) calendarUrl ??= url;
    for (const ve of cal.getAllSubcomponents('vevent')) {
      const read = readEvent(ve, { calendarName, calendarZone, zones, venues });
      if ('skip' in read) skipped.push(read.skip);
      else contributions.push(read);
    }
  }
  const eventUrl =
    calendarUrl ??
    contributions.map((c) => /^(https?:\/\/[^/]+\/event\/\d+\/)/.exec(c.url ?? '')?.[1]).find(Boolean);
  return {
    label: 'iCalendar file',
    event: {
      url: eventUrl,
      timeZone: zones.size === 1 ? [...zones][0] : undefined,
      venue: venues.size === 1 ? [...venues][0] : undefined,
    },
    contributions,
    skipped,
    // A calendar carries no attachments: slides and links already imported are left alone.
    fields: IMPORTED_FIELDS.filter((f) => f !== 'slidesUrl' && f !== 'links'),
    calendarName: wholeName,
    unnamed: contributions.every((c) => c.groups.length === 0),
  };
}
