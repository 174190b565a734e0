/**
 * A new year's file: what `npm run new-year` writes, and what `npm run import` writes for a
 * year that does not exist yet (with every edition fact the export gives filled in). Facts not
 * known yet appear as comments, so the file validates as it is and shows what to fill.
 */
import { Document, Pair, type YAMLMap } from 'yaml';
import { makeSchemas, EDITION_FORMATS, FIRST_YEAR, LAST_YEAR } from '../../schemas.ts';
import { plainReference } from '../validate.ts';
import { styledNode, TO_STRING } from './write.ts';
import { ImportError, type ImportContribution, type ImportSource } from './model.ts';
import { isTimeZone, localDate, localTime } from '../time.ts';

const schemas = makeSchemas(plainReference);
/** Key orders come from the schema, so the file reads like the others. */
const YEAR_KEYS = Object.keys(schemas.years.shape);
const EDITION_KEYS = Object.keys(schemas.years.shape.edition.shape);

export interface EditionFacts {
  start?: string;
  end?: string;
  mcDate?: string;
  mcSlot?: string;
  city?: string;
  venue?: string;
  format?: (typeof EDITION_FORMATS)[number];
  timeZone?: string;
  eventUrl?: string;
  mcPageUrl?: string;
  sources?: string[];
}

/** What a missing edition field would hold, shown as a comment in its place. */
const HINTS: Partial<Record<string, string>> = {
  start: 'start: "YYYY-MM-DD"        first day of the conference',
  end: 'end: "YYYY-MM-DD"          last day of the conference',
  mcDate: 'mcDate: "YYYY-MM-DD"       day of the MC itself',
  mcSlot: 'mcSlot: "14:00-17:30, room …"',
  city: 'city: "City, Country"      omit for a virtual edition',
  venue: 'venue: "…"',
  format: `format: ${EDITION_FORMATS.join(' | ')}`,
  timeZone: 'timeZone: "Area/City"      IANA zone of session times, e.g. "America/New_York"',
  eventUrl: 'eventUrl: "https://lpc.events/event/<id>/"',
  mcPageUrl: 'mcPageUrl: "https://lpc.events/event/<id>/sessions/<sid>/"',
  blogPostUrl: 'blogPostUrl: "https://…"   the call for papers or acceptance post',
};

const BODY = `{/*
  The edition's story goes here, in the archive's own words, as in the other years
  ("## The edition", "## How the call went", "## What the archive knows").
  Remove \`inPreparation: true\` once the year is filled in and \`edition.sources\` lists a source.
*/}
`;

export const yearFile = (year: number) => `years/${year}.mdx`;

/**
 * The MDX of a new year. `currentYear` decides whether the official outcome list (published
 * with the next edition's proposal) is not yet due or simply not found.
 */
export function yearScaffold(year: number, facts: EditionFacts, currentYear: number): string {
  const edition: Record<string, unknown> = { name: `LPC ${year}`, ...facts, sources: facts.sources ?? [] };
  const data: Record<string, unknown> = {
    inPreparation: true,
    description: `The VFIO/IOMMU/PCI microconference at Linux Plumbers Conference ${year}.`,
    edition: Object.fromEntries(
      EDITION_KEYS.filter((k) => edition[k] !== undefined).map((k) => [k, edition[k]]),
    ),
    leads: [],
    topicsProposed: [],
    sessionList: { complete: false },
    officialOutcomes: { status: year >= currentYear ? 'not-yet-due' : 'not-found' },
  };
  const doc = new Document();
  const root = doc.createNode({}) as YAMLMap;
  for (const key of YEAR_KEYS.filter((k) => data[k] !== undefined))
    root.items.push(new Pair(doc.createNode(key), styledNode(doc, data[key])));
  doc.contents = root as never;

  // Each missing edition field becomes a comment before the next field that is present.
  const editionMap = root.get('edition') as YAMLMap;
  const present = editionMap.items.map((p) => String((p.key as { value: unknown }).value));
  editionMap.items = editionMap.items.map(
    (p) => new Pair(doc.createNode(String((p.key as { value: unknown }).value)), p.value),
  );
  let pending: string[] = [];
  for (const key of EDITION_KEYS) {
    if (!present.includes(key)) {
      if (HINTS[key]) pending.push(` ${HINTS[key]}`);
      continue;
    }
    if (pending.length) {
      (editionMap.items[present.indexOf(key)]!.key as { commentBefore?: string }).commentBefore =
        pending.join('\n');
      pending = [];
    }
  }
  const note = (key: string, comment: string) => {
    const pair = root.items.find((p) => (p.key as { value: unknown }).value === key);
    if (pair) (pair.key as { commentBefore?: string }).commentBefore = comment;
  };
  note('leads', ' Ids of content/people/ files; add leadsSource when a page names them.');
  note(
    'topicsProposed',
    ' From the call for papers, e.g. - { area: pci, items: ["…", "…"] }; add topicsProposedSource.',
  );
  note(
    'sessionList',
    ' Set complete: true once every session of the MC is in content/sessions/' + `${year}/.`,
  );
  return `---\n${doc.toString(TO_STRING)}---\n\n${BODY}`;
}

/** What an organiser does after a year is created, printed by both commands. */
export function nextSteps(year: number, imported: boolean): string[] {
  return [
    `Fill in the edition in content/years/${year}.mdx: the commented fields (dates, city, venue, format, timeZone, eventUrl) and at least one source URL under edition.sources.`,
    imported
      ? `Check the imported sessions in content/sessions/${year}/ and the new people in content/people/; write a summary where an abstract is thin.`
      : `Import the MC's sessions: npm run import -- <file> --year ${year}, with Indico's export https://lpc.events/export/event/<id>.json?detail=contributions (download it logged out) or the MC's .ics calendar.`,
    "Add the leads, the topics proposed and the edition's story (the comment in the file says where).",
    'Remove `inPreparation: true` when the year is complete, then run npm run check.',
  ];
}

/** Edition facts the file gives, for a year it creates. The MC's day and slot come from all its talks, imported or not. */
export function editionFacts(
  source: ImportSource,
  zone: string | undefined,
  sessions: ImportContribution[],
): EditionFacts {
  const { event } = source;
  const facts: EditionFacts = {};
  if (zone && event.start !== undefined) facts.start = localDate(event.start, zone);
  if (zone && event.end !== undefined) facts.end = localDate(event.end, zone);
  const scheduled = sessions.filter((s) => s.start !== undefined);
  if (zone && scheduled.length) {
    const days = new Set(scheduled.map((s) => localDate(s.start!, zone)));
    if (days.size === 1) {
      facts.mcDate = [...days][0];
      const from = Math.min(...scheduled.map((s) => s.start!));
      const to = Math.max(...scheduled.map((s) => s.end ?? s.start!));
      // Exports leave some rooms blank (Indico gotcha G5); the rooms that are given decide.
      const rooms = new Set(scheduled.map((s) => s.room).filter((r) => r !== undefined));
      const room = rooms.size === 1 ? [...rooms][0] : undefined;
      facts.mcSlot = `${localTime(from, zone)}-${localTime(to, zone)}${room ? `, room ${room}` : ''}`;
    }
  }
  if (event.venue) facts.venue = event.venue;
  if (event.virtual) facts.format = 'virtual';
  if (zone) facts.timeZone = zone;
  if (event.url) {
    facts.eventUrl = event.url;
    facts.sources = [event.url];
  }
  return facts;
}

/** The year: the event's, or the first MC session's, unless --year says otherwise. */
export function importYear(
  source: ImportSource,
  mc: ImportContribution[],
  asked: number | undefined,
): number {
  const firstInstant = source.event.start ?? mc.find((c) => c.start !== undefined)?.start;
  const derived =
    firstInstant !== undefined
      ? Number(localDate(firstInstant, source.event.timeZone ?? 'UTC').slice(0, 4))
      : undefined;
  if (asked !== undefined && derived !== undefined && asked !== derived) {
    throw new ImportError(
      `The file's event is in ${derived}, but --year says ${asked}. Leave out --year, or import the file of ${asked}.`,
    );
  }
  const year = asked ?? derived;
  if (year === undefined)
    throw new ImportError('The file gives no dates, so its year is unknown: pass --year <year>.');
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR)
    throw new ImportError(`${year} is not a year of the MC (${FIRST_YEAR} to ${LAST_YEAR}).`);
  return year;
}

/** The zone session times are written in: the year's, else the file's; notes say which and why. */
export function timeZoneOf(
  source: ImportSource,
  yearData: Record<string, unknown> | undefined,
  where: string,
) {
  const notes: string[] = [];
  const fileZone = source.event.timeZone;
  const edition = (yearData?.edition ?? {}) as Record<string, unknown>;
  const yearZone =
    typeof edition.timeZone === 'string' && isTimeZone(edition.timeZone) ? edition.timeZone : undefined;
  if (yearZone && fileZone && yearZone !== fileZone)
    notes.push(`Times are written in ${yearZone}, the zone of ${where}; the file's event is in ${fileZone}.`);
  if (yearData && !yearZone && fileZone)
    notes.push(
      `Times are written in ${fileZone}, the file's zone; ${where} has no edition.timeZone: add timeZone: "${fileZone}".`,
    );
  if (!yearZone && !fileZone)
    notes.push(
      `The file gives no time zone, so start times were left out: add edition.timeZone to ${where} and import again.`,
    );
  return { zone: yearZone ?? fileZone, notes };
}
