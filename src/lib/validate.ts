/**
 * Content validation that speaks to an editor: every problem names the file, the field
 * (and line where known), what was found, what is allowed and how to fix it. Runs the same
 * schemas as the build, then the checks Astro does not do (references that point nowhere,
 * a session filed under the wrong year, ids that clash).
 */
import { z } from 'astro/zod';
import { makeSchemas, type ReferenceFn } from '../schemas.ts';
import { COLLECTIONS, type CollectionKey } from './collections.ts';
import type { Records, Ref } from './records.ts';
import { foldName } from './names.ts';
import { SITE } from '../site.ts';

export interface ContentError {
  /** Source file relative to the project root. */
  file: string;
  /** Dotted field path, e.g. "topics.1" or "edition.eventUrl"; empty for whole-file problems. */
  field: string;
  /** 1-based line of the field in the file, when known. */
  line?: number;
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
  z
    .union([z.string(), z.number().transform((n) => String(n))])
    .transform((id) => ({ id, collection })) as unknown as z.ZodType<Ref>;

const schemas = makeSchemas(plainReference);

const describe = (v: unknown) => {
  if (v === undefined) return 'nothing';
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
};

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[k];
  }
  return cur;
}

/** Turns one schema issue into an editor-facing error. */
function schemaError(entry: RawEntry, issue: z.core.$ZodIssue): ContentError {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const found = valueAt(entry.data, path);
  let message = issue.message;
  let fix: string | undefined;
  if (issue.code === 'invalid_type' && found === undefined) {
    message = `Required field is missing (expected ${issue.expected}).`;
    fix = `Add \`${path.join('.')}\` to the file.`;
  } else if (issue.code === 'invalid_type') {
    message = `Expected ${issue.expected}, found ${describe(found)}.`;
    fix = `Write \`${path.join('.')}\` as ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}.`;
  } else if (issue.code === 'unrecognized_keys') {
    message = `Unknown field(s): ${issue.keys.join(', ')}.`;
    fix = 'Remove the field or check its spelling against src/schemas.ts.';
  } else if (found !== undefined && typeof found !== 'object') {
    message = `${issue.message} Found ${describe(found)}.`;
  }
  return { file: entry.file, field: path.join('.'), line: entry.lineOf?.(path), message, fix };
}

type Parsed = {
  [K in CollectionKey]: { id: string; file: string; data: any; lineOf?: RawEntry['lineOf'] }[];
};

export interface ValidationResult {
  errors: ContentError[];
  records: Records;
}

/** Validates every entry, then the links between them. */
export function validateContent(entries: RawEntry[]): ValidationResult {
  const errors: ContentError[] = [];
  const parsed = Object.fromEntries(Object.keys(COLLECTIONS).map((k) => [k, []])) as unknown as Parsed;

  for (const entry of entries) {
    if (entry.unreadable) continue;
    const result = schemas[entry.collection].safeParse(entry.data);
    if (!result.success) {
      errors.push(...result.error.issues.map((i) => schemaError(entry, i)));
      continue;
    }
    parsed[entry.collection].push({
      id: entry.id,
      file: entry.file,
      data: result.data,
      lineOf: entry.lineOf,
    });
  }

  // A file that exists but is invalid is reported once, at its own errors; references to it
  // are not reported again as unknown.
  const ids = (c: CollectionKey) => new Set(entries.filter((e) => e.collection === c).map((e) => e.id));
  const known: Record<string, Set<string>> = {
    years: ids('years'),
    areas: ids('areas'),
    topics: ids('topics'),
    people: ids('people'),
    sessions: ids('sessions'),
  };
  const sample = (c: string) => [...(known[c] ?? [])].slice(0, 4).join(', ');
  const folderOf: Record<string, string> = {
    years: 'years',
    areas: 'areas',
    topics: 'topics',
    people: 'people',
    sessions: 'sessions',
  };

  const checkRef = (e: Parsed[CollectionKey][number], field: (string | number)[], ref: Ref | undefined) => {
    if (!ref || known[ref.collection]?.has(ref.id)) return;
    errors.push({
      file: e.file,
      field: field.join('.'),
      line: e.lineOf?.(field),
      message: `Unknown ${ref.collection === 'people' ? 'person' : ref.collection.replace(/s$/, '')} "${ref.id}": no file content/${folderOf[ref.collection]}/${ref.id}.* exists.`,
      fix: known[ref.collection]?.size
        ? `Use an existing id (e.g. ${sample(ref.collection)}) or add the missing file.`
        : `Add the missing file content/${folderOf[ref.collection]}/${ref.id}.`,
    });
  };
  const checkRefs = (e: Parsed[CollectionKey][number], field: string, refs: Ref[] | undefined) =>
    refs?.forEach((r, i) => checkRef(e, [field, i], r));

  for (const t of parsed.topics) checkRefs(t, 'areas', t.data.areas);
  for (const y of parsed.years) {
    if (!/^\d{4}$/.test(y.id)) {
      errors.push({
        file: y.file,
        field: '',
        message: `A year file must be named after its year, found "${y.id}".`,
        fix: 'Rename the file to <year>.mdx, e.g. 2026.mdx.',
      });
    }
    checkRefs(y, 'leads', y.data.leads);
    y.data.topicsProposed.forEach((g: { area?: Ref }, i: number) =>
      checkRef(y, ['topicsProposed', i, 'area'], g.area),
    );
    const { start, end } = y.data.edition;
    if (start && end && start > end) {
      errors.push({
        file: y.file,
        field: 'edition.end',
        line: y.lineOf?.(['edition', 'end']),
        message: `The edition ends (${end}) before it starts (${start}).`,
        fix: 'Swap or correct the dates.',
      });
    }
  }
  for (const collection of ['sessions', 'outcomes', 'recordings'] as const) {
    for (const e of parsed[collection]) {
      checkRef(e, ['year'], e.data.year);
      checkRefs(e, 'areas', e.data.areas);
      checkRefs(e, 'topics', e.data.topics);
      checkRefs(e, 'speakers', e.data.speakers);
      checkRef(e, ['session'], e.data.session);
      const folderYear = e.id.includes('/') ? e.id.split('/')[0] : undefined;
      const year = e.data.year?.id as string | undefined;
      if (collection !== 'recordings' || folderYear) {
        if (year && folderYear !== year) {
          errors.push({
            file: e.file,
            field: 'year',
            line: e.lineOf?.(['year']),
            message: `The file is in the folder for ${folderYear ?? 'no year'} but says year ${year}.`,
            fix: `Move it to content/${collection}/${year}/ or correct \`year\`.`,
          });
        }
      }
      const sessionYear = e.data.session?.id?.split('/')[0];
      if (sessionYear && year && sessionYear !== year) {
        errors.push({
          file: e.file,
          field: 'session',
          line: e.lineOf?.(['session']),
          message: `It belongs to ${year} but points at a session of ${sessionYear} ("${e.data.session.id}").`,
          fix: 'Point at a session of the same year, or correct `year`.',
        });
      }
    }
  }

  for (const r of parsed.recordings) {
    const host = new URL(r.data.url).hostname.replace(/^www\./, '');
    if (!SITE.recordingHosts.some((h) => host === h || host.endsWith(`.${h}`))) {
      errors.push({
        file: r.file,
        field: 'url',
        line: r.lineOf?.(['url']),
        message: `Recordings are linked only on known hosts; found "${host}". Allowed: ${SITE.recordingHosts.join(', ')}.`,
        fix: 'Link the recording where the conference published it, or add the host to recordingHosts in src/site.ts.',
      });
    }
  }

  // Areas and topics share /topics/<id>/, so their ids must not clash.
  for (const t of parsed.topics) {
    if (known.areas!.has(t.id)) {
      errors.push({
        file: t.file,
        field: '',
        message: `The topic id "${t.id}" is also an area id; both would be served at /topics/${t.id}/.`,
        fix: 'Rename the topic file.',
      });
    }
  }
  // One spelling must lead to one person, or speakers would be merged wrongly.
  const owners = new Map<string, string>();
  for (const p of parsed.people) {
    for (const n of [p.data.name, ...p.data.variants]) {
      const key = foldName(n);
      const other = owners.get(key);
      if (other && other !== p.id) {
        errors.push({
          file: p.file,
          field: 'variants',
          line: p.lineOf?.(['variants']),
          message: `The name "${n}" also belongs to content/people/${other}.yaml.`,
          fix: 'Merge the two files into one person with both spellings as variants.',
        });
      }
      owners.set(key, p.id);
    }
  }

  const strip = <K extends CollectionKey>(k: K) =>
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
          const where = e.field
            ? `${e.field}${e.line ? ` (line ${e.line})` : ''}: `
            : e.line
              ? `line ${e.line}: `
              : '';
          return `  ${where}${e.message}${e.fix ? `\n    Fix: ${e.fix}` : ''}`;
        }),
      ].join('\n'),
    );
  const n = errors.length;
  return `${n} content error${n === 1 ? '' : 's'} in ${byFile.size} file${byFile.size === 1 ? '' : 's'}:\n\n${blocks.join('\n\n')}`;
}
