/**
 * Content validation that speaks to an editor: every problem names the file, the field
 * (and line where known), what was found, what is allowed and how to fix it. Runs the same
 * schemas as the build, then the checks Astro does not do (references that point nowhere,
 * a session filed under the wrong year, ids and names that clash).
 */
import { z } from 'astro/zod';
import { makeSchemas, type ReferenceFn } from '../schemas.ts';
import { COLLECTIONS, CONTENT_DIR, type CollectionKey } from './collections.ts';
import type { Data, Records, Ref } from './records.ts';
import { foldName } from './names.ts';
import { explainIssue, quote } from './schema-errors.ts';
import { SITE } from '../site.ts';

export interface ContentError {
  /** Source file relative to the project root. */
  file: string;
  /** Dotted field path, e.g. "topics.1" or "edition.eventUrl"; empty for whole-file problems. */
  field: string;
  /** 1-based line of the field in the file, when known. */
  line?: number;
  /** 1-based column (in characters) on that line, when it matters. */
  column?: number;
  message: string;
  /** How to fix it, in one sentence. */
  fix?: string;
}

/** One parsed file, before validation. */
export interface RawEntry {
  collection: CollectionKey;
  id: string;
  file: string;
  data: unknown;
  /** Finds the line of a field path, when the parser kept positions. */
  lineOf?: (path: (string | number)[]) => number | undefined;
  /** The file could not be parsed (its error is already reported); its id still exists. */
  unreadable?: boolean;
}

/** The same shape as Astro's reference(): an id string (or number) becomes { id, collection }. */
export const plainReference: ReferenceFn = (collection) =>
  z.union([z.string(), z.number().transform((n) => String(n))]).transform((id) => ({ id, collection }));

const schemas = makeSchemas(plainReference);

/** An entry that passed its schema. */
interface Parsed<K extends CollectionKey> {
  id: string;
  file: string;
  data: Data<K>;
  lineOf?: RawEntry['lineOf'];
}
type ParsedAll = { [K in CollectionKey]: Parsed<K>[] };
type AnyParsed = Parsed<CollectionKey>;

export interface ValidationResult {
  errors: ContentError[];
  records: Records;
}

/** What the cross-entry checks share: where errors go, which ids exist, where content lives. */
interface Context {
  errors: ContentError[];
  known: Record<string, Set<string>>;
  /** The content folder as messages name it: "content" unless CONTENT_DIR says otherwise. */
  dir: string;
}

const errorAt = (e: AnyParsed, field: (string | number)[], message: string, fix: string): ContentError => ({
  file: e.file,
  field: field.join('.'),
  line: e.lineOf?.(field),
  message,
  fix,
});

/** Runs every entry through its collection's schema. */
function parseEntries(entries: RawEntry[], errors: ContentError[]): ParsedAll {
  const parsed = Object.fromEntries(Object.keys(COLLECTIONS).map((k) => [k, []])) as unknown as ParsedAll;
  for (const entry of entries) {
    if (entry.unreadable) continue;
    const result = schemas[entry.collection].safeParse(entry.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const { field, path, message, fix } = explainIssue(issue, entry.data, entry.collection);
        errors.push({ file: entry.file, field, line: entry.lineOf?.(path), message, fix });
      }
      continue;
    }
    const list: AnyParsed[] = parsed[entry.collection];
    list.push({ id: entry.id, file: entry.file, data: result.data, lineOf: entry.lineOf });
  }
  return parsed;
}

/** A reference to an entry that does not exist, with the ids that do. */
function checkRef(ctx: Context, e: AnyParsed, field: (string | number)[], ref: Ref | undefined) {
  if (!ref || ctx.known[ref.collection]?.has(ref.id)) return;
  const known = ctx.known[ref.collection];
  const kind = ref.collection === 'people' ? 'person' : ref.collection.replace(/s$/, '');
  const id = quote(ref.id);
  const missing = `${ctx.dir}/${ref.collection}/${quote(ref.id).slice(1, -1)}`;
  ctx.errors.push(
    errorAt(
      e,
      field,
      `Unknown ${kind} ${id}: no file ${missing}.* exists.`,
      known?.size
        ? `Use an existing id (e.g. ${[...known].slice(0, 4).join(', ')}) or add the missing file.`
        : `Add the missing file ${missing}.`,
    ),
  );
}

const checkRefs = (ctx: Context, e: AnyParsed, field: string, refs: Ref[] | undefined) =>
  refs?.forEach((r, i) => checkRef(ctx, e, [field, i], r));

/** Year files: named after their year, leads and proposed areas that exist, dates in order. */
function checkYears(ctx: Context, years: Parsed<'years'>[]) {
  for (const y of years) {
    if (!/^\d{4}$/.test(y.id)) {
      ctx.errors.push({
        file: y.file,
        field: '',
        message: `A year file must be named after its year, found ${quote(y.id)}.`,
        fix: 'Rename the file to <year>.mdx, e.g. 2026.mdx.',
      });
    }
    checkRefs(ctx, y, 'leads', y.data.leads);
    y.data.topicsProposed.forEach((g, i) => checkRef(ctx, y, ['topicsProposed', i, 'area'], g.area));
    const { start, end } = y.data.edition;
    if (start && end && start > end)
      ctx.errors.push(
        errorAt(
          y,
          ['edition', 'end'],
          `The edition ends (${end}) before it starts (${start}).`,
          'Swap or correct the dates.',
        ),
      );
  }
}

type Dated = Parsed<'sessions'> | Parsed<'outcomes'> | Parsed<'recordings'>;

/** A session, outcome or recording: its references, and its year agreeing with its folder. */
function checkDated(ctx: Context, collection: 'sessions' | 'outcomes' | 'recordings', e: Dated) {
  const data: Partial<Data<'sessions'> & Data<'outcomes'> & Data<'recordings'>> = e.data;
  checkRef(ctx, e, ['year'], data.year);
  checkRefs(ctx, e, 'areas', data.areas);
  checkRefs(ctx, e, 'topics', data.topics);
  checkRefs(ctx, e, 'speakers', data.speakers);
  checkRef(ctx, e, ['session'], data.session);
  const folderYear = e.id.includes('/') ? e.id.split('/')[0] : undefined;
  const year = data.year?.id;
  if ((collection !== 'recordings' || folderYear) && year && folderYear !== year) {
    ctx.errors.push(
      errorAt(
        e,
        ['year'],
        `The file is in the folder for ${folderYear ? quote(folderYear) : 'no year'} but says year ${year}.`,
        `Move it to ${ctx.dir}/${collection}/${year}/ or correct \`year\`.`,
      ),
    );
  }
  const sessionYear = data.session?.id.split('/')[0];
  if (sessionYear && year && sessionYear !== year) {
    ctx.errors.push(
      errorAt(
        e,
        ['session'],
        `It belongs to ${year} but points at a session of ${quote(sessionYear)} (${quote(data.session!.id)}).`,
        'Point at a session of the same year, or correct `year`.',
      ),
    );
  }
}

/** Recordings are linked only where the conference publishes them. */
function checkRecordingHosts(ctx: Context, recordings: Parsed<'recordings'>[]) {
  for (const r of recordings) {
    const host = new URL(r.data.url).hostname.replace(/^www\./, '');
    if (SITE.recordingHosts.some((h) => host === h || host.endsWith(`.${h}`))) continue;
    ctx.errors.push(
      errorAt(
        r,
        ['url'],
        `Recordings are linked only on known hosts; found ${quote(host)}. Allowed: ${SITE.recordingHosts.join(', ')}.`,
        'Link the recording where the conference published it, or add the host to recordingHosts in src/site.ts.',
      ),
    );
  }
}

/** Areas and topics share /topics/<id>/, so their ids must not clash. */
function checkTopicIds(ctx: Context, topics: Parsed<'topics'>[]) {
  for (const t of topics) {
    if (!ctx.known.areas!.has(t.id)) continue;
    ctx.errors.push({
      file: t.file,
      field: '',
      message: `The topic id ${quote(t.id)} is also an area id; both would be served at /topics/${t.id}/.`,
      fix: 'Rename the topic file.',
    });
  }
}

/**
 * One name must lead to one person, or speakers would be merged wrongly. Names are compared
 * with the fold the archive and the importer use, so "Jorg Rodel" is "Jörg Rödel".
 */
function checkNames(ctx: Context, people: Parsed<'people'>[]) {
  const owners = new Map<string, { person: Parsed<'people'>; spelling: string }>();
  for (const p of people) {
    [p.data.name, ...p.data.variants].forEach((n, i) => {
      const key = foldName(n);
      const other = owners.get(key);
      if (!other) owners.set(key, { person: p, spelling: n });
      if (!other || other.person.id === p.id) return;
      ctx.errors.push(
        errorAt(
          p,
          i === 0 ? ['name'] : ['variants', i - 1],
          `The name ${quote(n)} is the same person as ${quote(other.spelling)} in ${other.person.file} (names are compared ignoring case, accents, spacing and punctuation).`,
          `Merge the two files into one person, keeping ${quote(n)} as a variant, or delete one.`,
        ),
      );
    });
  }
}

/** Validates every entry, then the links between them. */
export function validateContent(
  entries: RawEntry[],
  { contentDir = CONTENT_DIR }: { contentDir?: string } = {},
): ValidationResult {
  const errors: ContentError[] = [];
  const parsed = parseEntries(entries, errors);
  // A file that exists but is invalid is reported once, at its own errors; references to it
  // are not reported again as unknown.
  const ids = (c: CollectionKey) => new Set(entries.filter((e) => e.collection === c).map((e) => e.id));
  const known = Object.fromEntries(
    (['years', 'areas', 'topics', 'people', 'sessions'] as const).map((c) => [c, ids(c)]),
  );
  const ctx: Context = { errors, known, dir: contentDir.replace(/\/+$/, '') };
  for (const t of parsed.topics) checkRefs(ctx, t, 'areas', t.data.areas);
  checkYears(ctx, parsed.years);
  for (const collection of ['sessions', 'outcomes', 'recordings'] as const)
    for (const e of parsed[collection]) checkDated(ctx, collection, e);
  checkRecordingHosts(ctx, parsed.recordings);
  checkTopicIds(ctx, parsed.topics);
  checkNames(ctx, parsed.people);
  const strip = <K extends Exclude<CollectionKey, 'pages'>>(k: K) =>
    parsed[k].map(({ id, file, data }) => ({ id, filePath: file, data }));
  return {
    errors,
    records: {
      areas: strip('areas'),
      topics: strip('topics'),
      years: strip('years'),
      sessions: strip('sessions'),
      outcomes: strip('outcomes'),
      recordings: strip('recordings'),
      people: strip('people'),
    },
  };
}

/** One block per file, errors in file order, ready to print. */
export function formatErrors(errors: ContentError[]): string {
  const byFile = new Map<string, ContentError[]>();
  for (const e of errors) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  const blocks = [...byFile.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, errs]) =>
      [
        file,
        ...errs.map((e) => {
          const at = e.line ? `line ${e.line}${e.column ? `, column ${e.column}` : ''}` : '';
          const where = e.field ? `${e.field}${at ? ` (${at})` : ''}: ` : at ? `${at}: ` : '';
          return `  ${where}${e.message}${e.fix ? `\n    Fix: ${e.fix}` : ''}`;
        }),
      ].join('\n'),
    );
  const n = errors.length;
  return `${n} content error${n === 1 ? '' : 's'} in ${byFile.size} file${byFile.size === 1 ? '' : 's'}:\n\n${blocks.join('\n\n')}`;
}
