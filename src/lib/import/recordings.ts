/**
 * Recording records from an import: a video matched from a YouTube feed, or a YouTube link
 * attached to a contribution in Indico. A recording is recognised by its video id, whichever
 * way its URL is written, so importing again finds it and only fills what it lacks; a value an
 * editor wrote is kept, and reported when the import disagrees.
 */
import { makeSchemas } from '../../schemas.ts';
import { plainReference } from '../validate.ts';
import type { PlannedWrite } from './plan.ts';
import type { ImportSummary, RecordingSummary } from './summary.ts';
import { stringifyRecord, updateRecord } from './write.ts';

const schemas = makeSchemas(plainReference);
const RECORDING_KEYS = Object.keys(schemas.recordings.shape);

/** A recording file as it is on disk. */
export interface ExistingRecording {
  id: string;
  /** Path below the content folder: "recordings/2026/posted-msi.yaml". */
  file: string;
  text: string;
  data: Record<string, unknown>;
}

/** The YouTube video id of a watch, short, embed, live or shorts URL. */
export function videoIdOf(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const u = new URL(url.trim());
    const host = u.hostname.replace(/^(www|m)\./, '');
    const id =
      host === 'youtu.be'
        ? u.pathname.slice(1)
        : host === 'youtube.com' || host === 'youtube-nocookie.com'
          ? (u.searchParams.get('v') ?? /^\/(?:embed|live|shorts|v)\/([^/]+)/.exec(u.pathname)?.[1])
          : undefined;
    return id && /^[\w-]{11}$/.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

export const watchUrl = (id: string) => `https://www.youtube.com/watch?v=${id}`;
/** YouTube serves every video's preview under its id. */
export const thumbnailOf = (id: string) => `https://i.ytimg.com/vi/${id}/hqdefault.jpg`;

export interface RecordingValues {
  title: string;
  year: number;
  kind: 'video';
  url: string;
  /** "2026/posted-msi". */
  session: string;
  source: string;
  thumbnailUrl?: string;
  published?: string;
}

/** Fields where an editor's different value is worth a conflict line; a reworded title is not. */
const COMPARED = ['session', 'thumbnailUrl', 'published'] as const;

/** Plans one recording: a new file, missing fields filled in an existing one, or nothing. */
export function planRecording(
  values: RecordingValues,
  existing: ExistingRecording[],
  ctx: { dir: string; writes: PlannedWrite[]; summary: ImportSummary; recordings: RecordingSummary },
): void {
  const id = videoIdOf(values.url)!;
  const found = existing.find((r) => videoIdOf(r.data.url) === id);
  const { dir, writes, summary, recordings } = ctx;
  if (found) {
    if (found.data.year !== undefined && found.data.year !== values.year) {
      summary.skipped.push({
        title: values.title,
        reason: `the video is already in ${dir}/${found.file}, a recording of ${String(found.data.year)}`,
      });
      return;
    }
    const data = { ...found.data };
    const filled: string[] = [];
    for (const [field, value] of Object.entries(values)) {
      if (value === undefined) continue;
      if (data[field] === undefined) {
        data[field] = value;
        filled.push(field);
      } else if ((COMPARED as readonly string[]).includes(field) && data[field] !== value)
        summary.conflicts.push({ file: `${dir}/${found.file}`, field, yours: data[field], imported: value });
    }
    if (!filled.length) recordings.unchanged.push(`${dir}/${found.file}`);
    else {
      writes.push({ file: found.file, text: updateRecord(found.text, data, RECORDING_KEYS, false) });
      recordings.updated.push({ file: `${dir}/${found.file}`, fields: filled });
    }
    return;
  }
  const slug = values.session.split('/')[1]!;
  const taken = new Set([...existing.map((r) => r.file), ...writes.map((w) => w.file)]);
  let file = `recordings/${values.year}/${slug}.yaml`;
  for (let n = 2; taken.has(file); n++) file = `recordings/${values.year}/${slug}-${n}.yaml`;
  const result = schemas.recordings.safeParse(values);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    summary.skipped.push({
      title: values.title,
      reason: `the recording would not be valid (${issue.path.join('.')}: ${issue.message})`,
    });
    return;
  }
  writes.push({ file, text: stringifyRecord({ ...values }, RECORDING_KEYS) });
  // Later candidates in this import see the new file too.
  existing.push({ id: file.slice(11, -5), file, text: '', data: { ...values } });
  recordings.added.push(`${dir}/${file}`);
}
