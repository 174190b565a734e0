/**
 * Indico's HTTP export (`/export/event/<id>.json?detail=contributions` or `detail=sessions`, and
 * the one-session export `/export/event/<id>/session/<sid>.json`) to the neutral model.
 * Field names and quirks: indico/indico `indico/modules/events/api.py`: dates carry their own zone, `fullName` is "Last, First", `id` is not
 * the number in the URL, and manager-only fields (`email`, `allowed`, addresses) may be present.
 * Only the fields named below are ever read, so personal ones cannot leak into content.
 */
import { cleanLine, isWebUrl } from './sanitize.ts';
import {
  IMPORTED_FIELDS,
  ImportError,
  type ImportAttachment,
  type ImportContribution,
  type ImportEvent,
  type ImportPerson,
  type ImportSource,
} from './model.ts';
import { instantOf, isTimeZone } from '../time.ts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const line = (v: unknown): string | undefined => cleanLine(text(v) ?? '') || undefined;

/** True for what Indico's export API returns: the result envelope or a bare event object. */
export function isIndicoExport(data: unknown): boolean {
  return isObject(data) && (data._type === 'HTTPAPIResult' || data._type === 'Conference');
}

/** `{"date": "2023-11-14", "time": "15:00:00[.ffffff]", "tz": "UTC"}` as an instant. */
function instant(value: unknown, field: string): number | undefined {
  if (!isObject(value)) return undefined;
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text(value.date) ?? '');
  const t = /^(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$/.exec(text(value.time) ?? '00:00:00');
  const tz = text(value.tz) ?? 'UTC';
  if (!d || !t)
    throw new ImportError(`The date in \`${field}\` is not in Indico's form: ${JSON.stringify(value)}.`);
  if (!isTimeZone(tz)) throw new ImportError(`The date in \`${field}\` names an unknown time zone "${tz}".`);
  return instantOf(
    { year: +d[1]!, month: +d[2]!, day: +d[3]!, hour: +t[1]!, minute: +t[2]!, second: +(t[3] ?? 0) },
    tz,
  );
}

/**
 * A speaker or author: "First Last" from `first_name`/`last_name`. `fullName` ("Last, First")
 * is only a fallback for records without the two parts.
 */
function person(p: unknown): ImportPerson | undefined {
  if (!isObject(p)) return undefined;
  let name = cleanLine(`${text(p.first_name) ?? ''} ${text(p.last_name) ?? ''}`);
  if (!name) {
    const full = cleanLine(text(p.fullName) ?? '');
    const comma = /^([^,]+),\s*(.+)$/.exec(full);
    name = comma ? `${comma[2]} ${comma[1]}` : full;
  }
  if (!name) return undefined;
  const affiliation = line(p.affiliation);
  return affiliation ? { name, affiliation } : { name };
}

const SLIDES_NAME = /\b(slides?|slide-?deck|presentation)\b/i;
const SLIDES_FILE = /\.(pdf|odp|pptx?|key)$/i;
function slidesKind(title: string, fileName: string): ImportAttachment['slides'] {
  if (SLIDES_NAME.test(title) || SLIDES_NAME.test(fileName)) return 'named';
  return SLIDES_FILE.test(fileName) || SLIDES_FILE.test(title) ? 'file' : 'no';
}

/**
 * Public attachments, from `folders` (the current model) and then legacy `material` (which
 * repeats non-default folders), each URL once. Protected ones are left out: readers could not
 * open them anyway.
 */
function attachments(c: Json): ImportAttachment[] {
  const found: ImportAttachment[] = [];
  const add = (title: string | undefined, fileName: string | undefined, url: string | undefined) => {
    if (!url || !isWebUrl(url) || found.some((a) => a.url === url)) return;
    const t = title || fileName || 'Attachment';
    found.push({ title: t, url, slides: slidesKind(t, fileName ?? '') });
  };
  for (const folder of list(c.folders)) {
    if (!isObject(folder) || folder.is_protected === true) continue;
    for (const a of list(folder.attachments)) {
      if (!isObject(a) || a.is_protected === true) continue;
      add(line(a.title), line(a.filename), text(a.type === 'link' ? a.link_url : a.download_url));
    }
  }
  for (const material of list(c.material)) {
    if (!isObject(material)) continue;
    for (const r of list(material.resources)) {
      if (isObject(r)) add(line(r.name), line(r.fileName), text(r.url));
    }
  }
  return found;
}

/** Event URLs end in a slash so contribution URLs can be built from them. */
const withSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);

function contribution(
  c: unknown,
  eventUrl: string | undefined,
  blockGroups: string[],
  where: string,
): ImportContribution | { skip: string; title: string } {
  if (!isObject(c)) return { skip: 'not a contribution object', title: where };
  const title = line(c.title) ?? '';
  const dbId = typeof c.db_id === 'number' || typeof c.db_id === 'string' ? String(c.db_id) : undefined;
  // `url` is built from `db_id`, not from `id` (the friendly id), in Indico; do the same.
  const given = text(c.url);
  const url =
    given && isWebUrl(given) ? given : eventUrl && dbId ? `${eventUrl}contributions/${dbId}/` : undefined;
  if (!title) return { skip: 'it has no title', title: url ?? where };
  const key = url ?? (dbId ? `indico-contribution-${dbId}` : undefined);
  if (!key) return { skip: 'it has neither a URL nor a `db_id` to recognise it by', title };
  const start = instant(c.startDate, `${where}.startDate`);
  let end = instant(c.endDate, `${where}.endDate`);
  if (start !== undefined && end === undefined && typeof c.duration === 'number' && c.duration > 0)
    end = start + c.duration * 60_000;
  const speakers = list(c.speakers)
    .map(person)
    .filter((p) => p !== undefined);
  return {
    key,
    url,
    title,
    groups: [...new Set([line(c.session), line(c.track), ...blockGroups].filter((g) => g !== undefined))],
    // Some talks list their presenters only as primary authors.
    speakers: speakers.length
      ? speakers
      : list(c.primaryauthors)
          .map(person)
          .filter((p) => p !== undefined),
    start,
    end,
    room: line(c.room) ?? line(c.roomFullname),
    attachments: attachments(c),
    description: text(c.description),
    keywords: list(c.keywords)
      .map(line)
      .filter((k) => k !== undefined),
  };
}

function event(e: Json): ImportEvent {
  const url = text(e.url);
  const timeZone = text(e.timezone);
  const venue = line(e.location);
  // Only a venue that says so outright makes an edition virtual.
  const virtual = venue !== undefined && /^(virtual|online)(\s+(event|conference))?$/i.test(venue);
  return {
    title: line(e.title),
    url: url && isWebUrl(url) ? withSlash(url) : undefined,
    timeZone: isTimeZone(timeZone) ? timeZone : undefined,
    start: instant(e.startDate, 'startDate'),
    end: instant(e.endDate, 'endDate'),
    venue: virtual ? undefined : venue,
    virtual: virtual || undefined,
  };
}

const DOWNLOAD_HINT =
  'Download https://<indico>/export/event/<id>.json?detail=contributions (logged out, or with &op=yes) and import that file.';

/** Parses a file `isIndicoExport` accepted. Throws ImportError on shapes it cannot use. */
export function parseIndico(data: unknown): ImportSource {
  if (!isObject(data)) throw new ImportError('Not an Indico export.');
  let results: unknown = data._type === 'Conference' ? [data] : data.results;
  if (results === undefined && typeof data.message === 'string')
    throw new ImportError(
      `The file holds Indico's error message "${data.message}", not an export. ${DOWNLOAD_HINT}`,
    );
  if (isObject(results)) {
    throw new ImportError(
      `This is Indico's timetable export (/export/timetable/…), which the importer does not read. ${DOWNLOAD_HINT}`,
    );
  }
  results = list(results).filter(isObject);
  const items = results as Json[];
  const conferences = items.filter((r) => r._type === 'Conference');
  const blocks = items.filter((r) => r._type === 'SessionSlot');
  if (conferences.length > 1)
    throw new ImportError(`The export holds ${conferences.length} events; export one event per file.`);

  const found: ImportContribution[] = [];
  const skipped: ImportSource['skipped'] = [];
  let ev: ImportEvent;
  let label: string;

  const collect = (contributions: unknown, eventUrl: string | undefined, groups: string[], where: string) => {
    list(contributions).forEach((c, i) => {
      const r = contribution(c, eventUrl, groups, `${where}[${i}]`);
      if ('skip' in r) return skipped.push({ title: r.title, reason: r.skip });
      const seen = found.find((f) => f.key === r.key);
      // With detail=sessions a contribution could in principle be listed twice; keep one.
      if (seen) seen.groups = [...new Set([...seen.groups, ...r.groups])];
      else found.push(r);
    });
  };
  const blockGroups = (b: Json) =>
    [line(isObject(b.session) ? b.session.title : undefined)].filter((g) => g !== undefined);

  if (conferences.length === 1) {
    const conf = conferences[0]!;
    ev = event(conf);
    if (!('contributions' in conf) && !('sessions' in conf)) {
      throw new ImportError(
        `The export has no contributions: it was downloaded without ?detail=contributions. ${DOWNLOAD_HINT}`,
      );
    }
    const sessions = list(conf.sessions).filter(isObject);
    label =
      'sessions' in conf
        ? 'Indico event export (detail=sessions)'
        : 'Indico event export (detail=contributions)';
    collect(conf.contributions, ev.url, [], 'contributions');
    // An MC split over several blocks appears once per block; the session title names it, not the block's.
    sessions.forEach((b, i) =>
      collect(b.contributions, ev.url, blockGroups(b), `sessions[${i}].contributions`),
    );
  } else if (blocks.length > 0) {
    const conf = blocks.map((b) => b.conference).find(isObject);
    ev = conf ? event(conf) : {};
    label = 'Indico session export';
    blocks.forEach((b, i) => collect(b.contributions, ev.url, blockGroups(b), `results[${i}].contributions`));
  } else {
    throw new ImportError(
      `The export holds no event: the event id may be wrong, or the event is not public. ${DOWNLOAD_HINT}`,
    );
  }
  return {
    label,
    event: ev,
    contributions: found,
    skipped,
    fields: IMPORTED_FIELDS,
    unnamed: false,
  };
}
