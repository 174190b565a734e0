/**
 * One import as a plan: which files to write with which bytes, and the summary an organiser
 * reads. Pure: it gets the export (already parsed) and the archive's current records, and
 * touches no disk, so `--dry-run` and the tests see exactly what a real run would write.
 */
import { FIRST_YEAR, LAST_YEAR, makeSchemas } from '../../schemas.ts';
import { slugify } from '../urls.ts';
import { plainReference } from '../validate.ts';
import { classifyAreas, matchTopics, type TopicTerms } from './classify.ts';
import { isMcName, MC_NAMES } from './config.ts';
import { mergeSession, normalise, type Values } from './merge.ts';
import { ImportError, type ImportAttachment, type ImportContribution, type ImportSource } from './model.ts';
import { peopleResolver, type KnownPerson, type PeopleResolver } from './people.ts';
import { toSafeMarkdown } from './sanitize.ts';
import { isTimeZone, localDate, localDateTime, localTime } from '../time.ts';
import { stringifyRecord, updateRecord } from './write.ts';
import { yearFile, yearScaffold, type EditionFacts } from './year.ts';

const schemas = makeSchemas(plainReference);
const SESSION_KEYS = Object.keys(schemas.sessions.shape);
const PERSON_KEYS = Object.keys(schemas.people.shape);

/** A session file as it is on disk. */
export interface ExistingSession {
  /** "2030/iommufd-next-steps". */
  id: string;
  /** Path below the content folder: "sessions/2030/iommufd-next-steps.yaml". */
  file: string;
  text: string;
  data: Record<string, unknown>;
}

/** What the importer needs to know about the archive as it is. */
export interface ExistingContent {
  /** Year files' data, by year. */
  years: Map<string, Record<string, unknown>>;
  sessions: ExistingSession[];
  people: KnownPerson[];
  topics: TopicTerms[];
}

export interface ImportOptions {
  /** The year to import into; derived from the file when absent. */
  year?: number;
  /** Today's year: a new year's official outcome list is "not yet due" from this year on. */
  currentYear: number;
  /** MC names to look for; MC_NAMES by default. */
  mcNames?: readonly string[];
  /** How the content folder is named in the summary; "content" by default. */
  contentDir?: string;
}

/** A file to write, its path below the content folder. */
export interface PlannedWrite {
  file: string;
  text: string;
}

export interface ImportSummary {
  label: string;
  year: number;
  /** The year file, when this import created it. */
  yearCreated?: string;
  peopleCreated: string[];
  added: string[];
  updated: { file: string; fields: string[] }[];
  unchanged: string[];
  skipped: { title: string; reason: string }[];
  conflicts: { file: string; field: string; yours: unknown; imported: unknown }[];
  notes: string[];
}

/** URLs compared as Indico writes them either way: scheme, host case and a trailing slash do not matter. */
function sameUrl(a: unknown, b: unknown): boolean {
  const norm = (u: unknown) => {
    if (typeof u !== 'string') return undefined;
    try {
      const url = new URL(u.trim());
      return `${url.host.toLowerCase()}${url.pathname.replace(/\/+$/, '')}${url.search}`;
    } catch {
      return u.trim();
    }
  };
  const na = norm(a);
  return na !== undefined && na === norm(b);
}

/** Slugs stay readable: at most 60 characters, cut at a word. */
function slugFor(title: string, taken: Set<string>): string {
  let base = slugify(title);
  if (base.length > 60) {
    base = base.slice(0, 60);
    const cut = base.lastIndexOf('-');
    if (cut > 20) base = base.slice(0, cut);
  }
  base ||= 'session';
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

/** The slides: an attachment named so wins over one that is merely a PDF or presentation file. */
function pickSlides(attachments: ImportAttachment[]): ImportAttachment | undefined {
  return attachments.find((a) => a.slides === 'named') ?? attachments.find((a) => a.slides === 'file');
}

const byTime = (a: ImportContribution, b: ImportContribution) =>
  (a.start ?? Infinity) - (b.start ?? Infinity) ||
  a.title.localeCompare(b.title) ||
  a.key.localeCompare(b.key);

function sessionValues(
  c: ImportContribution,
  ctx: { zone?: string; eventUrl?: string; people: PeopleResolver; topics: TopicTerms[] },
): Values {
  const abstract = toSafeMarkdown(c.description);
  const slides = pickSlides(c.attachments);
  const minutes =
    c.start !== undefined && c.end !== undefined ? Math.round((c.end - c.start) / 60_000) : undefined;
  return {
    title: c.title,
    speakers: [...new Set(c.speakers.map((p) => ctx.people.idOf(p)))],
    areas: classifyAreas([c.title, ...c.keywords, abstract ?? ''].join('\n')),
    topics: matchTopics(c.title, [...c.keywords, abstract ?? ''].join('\n'), ctx.topics),
    start: c.start !== undefined && ctx.zone ? localDateTime(c.start, ctx.zone) : undefined,
    durationMinutes: minutes && minutes > 0 ? minutes : undefined,
    room: c.room,
    contributionUrl: c.url,
    slidesUrl: slides?.url,
    links: c.attachments.filter((a) => a !== slides).map((a) => ({ title: a.title, url: a.url })),
    abstract,
    source: c.url ?? ctx.eventUrl,
  };
}

/** The first problem the schema finds in a record, in words. */
function invalidBecause(data: Record<string, unknown>): string | undefined {
  const result = schemas.sessions.safeParse(data);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  return `the record would not be valid (${issue.path.join('.') || 'record'}: ${issue.message})`;
}

function noMcSessions(source: ImportSource): ImportError {
  if (source.contributions.length === 0) {
    return new ImportError(
      "The file holds no contributions at all: the event's contribution list may not be published yet, or the export was made without ?detail=contributions. Download the export again once the programme is public.",
    );
  }
  const seen = [...new Set(source.contributions.flatMap((c) => c.groups))].sort((a, b) => a.localeCompare(b));
  const list = seen.length
    ? `It names these sessions, tracks or categories:\n${seen.map((s) => `    - ${s}`).join('\n')}\n  If one of them is the MC under another name, add that name to MC_NAMES in src/lib/import/config.ts and import again.`
    : 'Its contributions name no session, track or category.';
  return new ImportError(
    `No session of the VFIO/IOMMU/PCI MC found (looked for: ${MC_NAMES.join('; ')}). ${list}`,
  );
}

/** Edition facts the file gives, for a year it creates. The MC's day and slot come from all its talks, imported or not. */
function editionFacts(
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

export function planImport(
  source: ImportSource,
  existing: ExistingContent,
  options: ImportOptions,
): { writes: PlannedWrite[]; summary: ImportSummary } {
  const names = options.mcNames ?? MC_NAMES;
  const mc = (
    source.unnamed
      ? source.contributions
      : source.contributions.filter((c) => c.groups.some((g) => isMcName(g, names)))
  ).sort(byTime);
  if (mc.length === 0) throw noMcSessions(source);

  // The year: the event's, or the first MC session's, unless --year says otherwise.
  const fileZone = source.event.timeZone;
  const firstInstant = source.event.start ?? mc.find((c) => c.start !== undefined)?.start;
  const derived =
    firstInstant !== undefined ? Number(localDate(firstInstant, fileZone ?? 'UTC').slice(0, 4)) : undefined;
  if (options.year !== undefined && derived !== undefined && options.year !== derived) {
    throw new ImportError(
      `The file's event is in ${derived}, but --year says ${options.year}. Leave out --year, or import the file of ${options.year}.`,
    );
  }
  const year = options.year ?? derived;
  if (year === undefined)
    throw new ImportError('The file gives no dates, so its year is unknown: pass --year <year>.');
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR)
    throw new ImportError(`${year} is not a year of the MC (${FIRST_YEAR} to ${LAST_YEAR}).`);

  const dir = options.contentDir ?? 'content';
  const summary: ImportSummary = {
    label: source.label,
    year,
    peopleCreated: [],
    added: [],
    updated: [],
    unchanged: [],
    skipped: [...source.skipped],
    conflicts: [],
    notes: [],
  };
  const writes: PlannedWrite[] = [];

  // Session times are written in the year's zone; a new year takes the file's.
  const yearData = existing.years.get(String(year));
  const edition = (yearData?.edition ?? {}) as Record<string, unknown>;
  const yearZone =
    typeof edition.timeZone === 'string' && isTimeZone(edition.timeZone) ? edition.timeZone : undefined;
  const zone = yearZone ?? fileZone;
  if (yearZone && fileZone && yearZone !== fileZone)
    summary.notes.push(
      `Times are written in ${yearZone}, the zone of ${dir}/${yearFile(year)}; the file's event is in ${fileZone}.`,
    );
  if (yearData && !yearZone && fileZone)
    summary.notes.push(
      `Times are written in ${fileZone}, the file's zone; ${dir}/${yearFile(year)} has no edition.timeZone: add timeZone: "${fileZone}".`,
    );
  if (!zone)
    summary.notes.push(
      `The file gives no time zone, so start times were left out: add edition.timeZone to ${dir}/${yearFile(year)} and import again.`,
    );
  if (source.unnamed)
    summary.notes.push(
      "Nothing in the file names a session or track, so every talk in it was taken as the MC's (as in Indico's calendar of one session).",
    );

  const people = peopleResolver(existing.people);
  const ctx = { zone, eventUrl: source.event.url, people, topics: existing.topics };
  const taken = new Set(
    existing.sessions.filter((s) => s.id.startsWith(`${year}/`)).map((s) => s.id.slice(5)),
  );
  const speakersUsed = new Set<string>();

  for (const c of mc) {
    const values = sessionValues(c, ctx);
    if (!values.source) {
      summary.skipped.push({
        title: c.title,
        reason:
          "neither the talk nor the event has a URL to cite as its source; add URL properties to the calendar, or import Indico's JSON export",
      });
      continue;
    }
    const found =
      existing.sessions.find((s) =>
        sameUrl((s.data.imported as { key?: unknown } | undefined)?.key, c.key),
      ) ?? (c.url ? existing.sessions.find((s) => sameUrl(s.data.contributionUrl, c.url)) : undefined);
    if (found && !found.id.startsWith(`${year}/`)) {
      summary.skipped.push({
        title: c.title,
        reason: `it is already in ${dir}/${found.file}, a session of another year`,
      });
      continue;
    }
    if (found?.file.endsWith('.json')) {
      summary.skipped.push({
        title: c.title,
        reason: `${dir}/${found.file} is JSON, which the importer does not update; convert it to YAML`,
      });
      continue;
    }
    // The same URL spelled another way (no trailing slash, http) is not a disagreement: keep the record's spelling.
    for (const field of ['contributionUrl', 'slidesUrl', 'source'] as const) {
      if (found && sameUrl(found.data[field], values[field])) values[field] = found.data[field];
    }
    const merged = mergeSession(found?.data, values, source.fields, c.key);
    const data: Record<string, unknown> = { ...merged.data, year };
    if (!normalise(data.abstract) && !normalise(data.summary)) {
      summary.skipped.push({
        title: c.title,
        reason:
          'it has no description, and a session needs an abstract or a summary; add the description in Indico and import again, or write the session by hand',
      });
      continue;
    }
    const invalid = invalidBecause(data);
    if (invalid) {
      summary.skipped.push({ title: c.title, reason: invalid });
      continue;
    }
    const file = found?.file ?? `sessions/${year}/${slugFor(c.title, taken)}.yaml`;
    for (const conflict of merged.conflicts) summary.conflicts.push({ file: `${dir}/${file}`, ...conflict });
    for (const id of (data.speakers as string[] | undefined) ?? []) speakersUsed.add(id);
    if (!found) {
      writes.push({ file, text: stringifyRecord(data, SESSION_KEYS) });
      summary.added.push(`${dir}/${file}`);
    } else if (merged.changed.length === 0 && found.data.year === year) {
      summary.unchanged.push(`${dir}/${file}`);
    } else {
      writes.push({ file, text: updateRecord(found.text, data, SESSION_KEYS, file.endsWith('.mdx')) });
      summary.updated.push({
        file: `${dir}/${file}`,
        fields: merged.changed.length ? merged.changed : ['year'],
      });
    }
  }

  // Only people a written record names get a file.
  for (const person of [...people.created.values()].filter((p) => speakersUsed.has(p.id))) {
    const file = `people/${person.id}.yaml`;
    writes.push({
      file,
      text: stringifyRecord(
        { name: person.name, affiliations: person.affiliation ? [person.affiliation] : undefined },
        PERSON_KEYS,
      ),
    });
    summary.peopleCreated.push(`${dir}/${file}`);
  }

  if (!yearData) {
    writes.push({
      file: yearFile(year),
      text: yearScaffold(year, editionFacts(source, zone, mc), options.currentYear),
    });
    summary.yearCreated = `${dir}/${yearFile(year)}`;
  }
  return { writes, summary };
}

const show = (v: unknown): string => {
  const s =
    typeof v === 'string'
      ? JSON.stringify(v)
      : Array.isArray(v)
        ? v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(', ')
        : JSON.stringify(v);
  return s.length > 70 ? `${s.slice(0, 67)}...` : s;
};

/** The summary as printed after an import. */
export function formatSummary(summary: ImportSummary, file: string, dryRun = false): string {
  const out: string[] = [
    `${dryRun ? 'Would import' : 'Imported'} ${file} (${summary.label}) into ${summary.year}:`,
  ];
  const section = (title: string, items: string[]) => {
    out.push(`  ${title}: ${items.length}`);
    for (const item of items) out.push(`    ${item}`);
  };
  if (summary.yearCreated) out.push(`  Year created: ${summary.yearCreated} (in preparation)`);
  if (summary.peopleCreated.length) section('People created', summary.peopleCreated);
  section('Added', summary.added);
  section(
    'Updated',
    summary.updated.map((u) => `${u.file} (${u.fields.join(', ')})`),
  );
  section('Unchanged', summary.unchanged);
  section(
    'Skipped',
    summary.skipped.map((s) => `"${s.title}": ${s.reason}`),
  );
  section(
    'Conflicts (your value kept)',
    summary.conflicts.map(
      (c) => `${c.file} ${c.field}: yours ${show(c.yours)}, imported ${show(c.imported)}`,
    ),
  );
  for (const note of summary.notes) out.push(`  Note: ${note}`);
  return out.join('\n');
}
