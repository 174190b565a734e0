/**
 * One import as a plan: which files to write with which bytes, and the summary an organiser
 * reads. Pure: it gets the export (already parsed) and the archive's current records, and
 * touches no disk, so `--dry-run` and the tests see exactly what a real run would write.
 */
import { makeSchemas } from '../../schemas.ts';
import { slugify } from '../urls.ts';
import { plainReference } from '../validate.ts';
import type { TopicTerms } from './classify.ts';
import { findSession, sameUrl, type ExistingSession } from './match.ts';
import { isMcName, MC_FILE, NAMES_FIELD, type McSettings } from './mc.ts';
import { mergeSession, normalise } from './merge.ts';
import { ImportError, type ImportContribution, type ImportSource } from './model.ts';
import { peopleResolver, type KnownPerson } from './people.ts';
import { isVideo, sessionValues, type Context } from './session-values.ts';
import { planRecording, thumbnailOf, videoIdOf, watchUrl, type ExistingRecording } from './recordings.ts';
import { newSummary, type ImportSummary } from './summary.ts';
import { stringifyRecord, updateRecord } from './write.ts';
import { editionFacts, importYear, timeZoneOf, yearFile, yearScaffold } from './year.ts';

const schemas = makeSchemas(plainReference);
const SESSION_KEYS = Object.keys(schemas.sessions.shape);
const PERSON_KEYS = Object.keys(schemas.people.shape);

/** What the importer needs to know about the archive as it is. */
export interface ExistingContent {
  /** Year files' data, by year. */
  years: Map<string, Record<string, unknown>>;
  sessions: ExistingSession[];
  people: KnownPerson[];
  topics: TopicTerms[];
  recordings: ExistingRecording[];
  /** content/mc.yaml. */
  mc: McSettings;
}

export type { ExistingSession };

export interface ImportOptions {
  /** The year to import into; derived from the file when absent. */
  year?: number;
  /** Today's year: a new year's official outcome list is "not yet due" from this year on. */
  currentYear: number;
  /** MC names to look for in this run, besides those of content/mc.yaml (`--mc-name`). */
  mcNames?: readonly string[];
  /** How the content folder is named in the summary; "content" by default. */
  contentDir?: string;
}

/** A file to write, its path below the content folder. */
export interface PlannedWrite {
  file: string;
  text: string;
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

const byTime = (a: ImportContribution, b: ImportContribution) =>
  (a.start ?? Infinity) - (b.start ?? Infinity) ||
  a.title.localeCompare(b.title) ||
  a.key.localeCompare(b.key);

/** The first problem the schema finds in a record, in words. */
function invalidBecause(data: Record<string, unknown>): string | undefined {
  const result = schemas.sessions.safeParse(data);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  return `the record would not be valid (${issue.path.join('.') || 'record'}: ${issue.message})`;
}

function noMcSessions(source: ImportSource, names: readonly string[], dir: string): ImportError {
  if (source.contributions.length === 0) {
    return new ImportError(
      "The file holds no contributions at all: the event's contribution list may not be published yet, or the export was made without ?detail=contributions. Download the export again once the programme is public.",
    );
  }
  const seen = [
    ...new Set([
      ...(source.calendarName ? [source.calendarName] : []),
      ...source.contributions.flatMap((c) => c.groups),
    ]),
  ].sort((a, b) => a.localeCompare(b));
  const list = seen.length
    ? `It names these sessions, tracks or categories:\n${seen.map((s) => `    - ${s}`).join('\n')}\n  If one of them is the MC under another name, add that name to \`${NAMES_FIELD}\` in ${dir}/${MC_FILE} (or pass --mc-name "<name>" for this run) and import again.`
    : 'Its contributions name no session, track or category.';
  return new ImportError(
    `No session of the VFIO/IOMMU/PCI MC found (looked for: ${names.join('; ') || 'no names'}). ${list}`,
  );
}

/**
 * The MC's contributions: those in an MC session, track or category; in a calendar named after
 * the MC (or naming nothing at all, as Indico's calendar of one session), also every event that
 * names no group of its own. An event labelled for another track stays out either way.
 */
function mcContributions(source: ImportSource, names: readonly string[]): ImportContribution[] {
  const whole = source.unnamed || (source.calendarName !== undefined && isMcName(source.calendarName, names));
  const unlabelled = (c: ImportContribution) =>
    c.groups.length === 0 || (c.groups.length === 1 && c.groups[0] === source.calendarName);
  return source.contributions
    .filter((c) => c.groups.some((g) => isMcName(g, names)) || (whole && unlabelled(c)))
    .sort(byTime);
}

/** What one import run carries from contribution to contribution. */
interface Run {
  source: ImportSource;
  existing: ExistingContent;
  dir: string;
  year: number;
  summary: ImportSummary;
  writes: PlannedWrite[];
  ctx: Context;
  /** Slugs of the year's session files, existing and planned. */
  taken: Set<string>;
  /** Session files matched so far. */
  claimed: Set<string>;
  speakersUsed: Set<string>;
  /** Recording files, existing and planned. */
  recordings: ExistingRecording[];
}

/** Plans the record of one contribution: a new file, an update, nothing, or a reason to skip it. */
function planSession(c: ImportContribution, run: Run): void {
  const { source, existing, dir, year, summary, writes, ctx, taken, claimed, speakersUsed, recordings } = run;
  const hosts = existing.mc.hosts;
  const values = sessionValues(c, ctx);
  const found = findSession(c, existing.sessions, year, hosts, claimed);
  const reason = !values.source
    ? "neither the talk nor the event has a URL to cite as its source; add URL properties to the calendar, or import Indico's JSON export"
    : found && !found.id.startsWith(`${year}/`)
      ? `it is already in ${dir}/${found.file}, a session of another year`
      : found?.file.endsWith('.json')
        ? `${dir}/${found.file} is JSON, which the importer does not update; convert it to YAML`
        : undefined;
  if (reason) {
    summary.skipped.push({ title: c.title, reason });
    return;
  }
  if (found) claimed.add(found.file);
  // The same URL spelled another way (no trailing slash, http, a host alias) is not a disagreement: keep the record's spelling.
  for (const field of ['contributionUrl', 'slidesUrl', 'source'] as const) {
    if (found && sameUrl(found.data[field], values[field], hosts)) values[field] = found.data[field];
  }
  const merged = mergeSession(found?.data, values, source.fields, c.key);
  const data: Record<string, unknown> = { ...merged.data, year };
  const invalid =
    !normalise(data.abstract) && !normalise(data.summary)
      ? 'it has no description, and a session needs an abstract or a summary; add the description in Indico and import again, or write the session by hand'
      : invalidBecause(data);
  if (invalid) {
    summary.skipped.push({ title: c.title, reason: invalid });
    return;
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
  const session = file.replace(/^sessions\//, '').replace(/\.\w+$/, '');
  for (const video of c.attachments.filter(isVideo)) {
    const id = videoIdOf(video.url)!;
    planRecording(
      {
        title: `Video: ${c.title}`,
        year,
        kind: 'video',
        url: watchUrl(id),
        session,
        source: String(values.source),
        thumbnailUrl: thumbnailOf(id),
      },
      recordings,
      { dir, writes, summary, recordings: summary.recordings! },
    );
  }
}

export function planImport(
  source: ImportSource,
  existing: ExistingContent,
  options: ImportOptions,
): { writes: PlannedWrite[]; summary: ImportSummary } {
  const dir = options.contentDir ?? 'content';
  const names = [...existing.mc.names, ...(options.mcNames ?? [])];
  const mc = mcContributions(source, names);
  if (mc.length === 0) throw noMcSessions(source, names, dir);
  const year = importYear(source, mc, options.year);
  const summary = newSummary(source.label, year);
  summary.skipped.push(...source.skipped);
  const writes: PlannedWrite[] = [];
  const yearData = existing.years.get(String(year));
  const { zone, notes } = timeZoneOf(source, yearData, `${dir}/${yearFile(year)}`);
  summary.notes.push(...notes);
  if (source.unnamed)
    summary.notes.push(
      "Nothing in the file names a session or track, so every talk in it was taken as the MC's (as in Indico's calendar of one session).",
    );

  const people = peopleResolver(existing.people);
  const run: Run = {
    source,
    existing,
    dir,
    year,
    summary,
    writes,
    ctx: { zone, eventUrl: source.event.url, people, topics: existing.topics, names },
    taken: new Set(existing.sessions.filter((s) => s.id.startsWith(`${year}/`)).map((s) => s.id.slice(5))),
    claimed: new Set(),
    speakersUsed: new Set(),
    recordings: [...existing.recordings],
  };
  for (const c of mc) planSession(c, run);

  // Only people a written record names get a file.
  for (const person of [...people.created.values()].filter((p) => run.speakersUsed.has(p.id))) {
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
