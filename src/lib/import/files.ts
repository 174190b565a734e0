/**
 * The importer's disk side: reading the export and the archive, writing the planned files.
 * Everything else in src/lib/import/ is pure.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentRoot } from '../collections.ts';
import { readContent } from '../content-files.ts';
import { topicTerms } from './classify.ts';
import type { McSettings } from './mc.ts';
import { ImportError } from './model.ts';
import type { ExistingContent, PlannedWrite } from './plan.ts';

/** The export's text, or an ImportError that says why it cannot be read. */
export function readExportFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : (e as Error).message;
    throw new ImportError(
      `The file cannot be read: ${why}. Check the path (it is relative to the folder you ran the command in).`,
    );
  }
}

/** The archive as the importer needs it, read from the content folder of `root`. */
export function loadContent(root: string): ExistingContent {
  const top = contentRoot(root);
  const { entries } = readContent(root);
  const of = (collection: string) => entries.filter((e) => e.collection === collection);
  const record = (d: unknown) => (d && typeof d === 'object' ? (d as Record<string, unknown>) : {});
  const withText = (e: (typeof entries)[number]) => {
    const absolute = path.resolve(root, e.file);
    return {
      id: e.id,
      file: path.relative(top, absolute).split(path.sep).join('/'),
      text: readFileSync(absolute, 'utf8'),
      data: record(e.data),
    };
  };
  return {
    years: new Map(of('years').map((e) => [e.id, record(e.data)])),
    sessions: of('sessions').map(withText),
    people: of('people').flatMap((e) => {
      const d = record(e.data);
      if (typeof d.name !== 'string') return [];
      return [
        {
          id: e.id,
          name: d.name,
          variants: Array.isArray(d.variants)
            ? d.variants.filter((v): v is string => typeof v === 'string')
            : [],
        },
      ];
    }),
    topics: of('topics').map((e) => topicTerms({ id: e.id, ...record(e.data) })),
    recordings: of('recordings').map(withText),
    mc: mcSettings(record(of('mc')[0]?.data)),
  };
}

const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

/** content/mc.yaml as the importer uses it; a missing file gives no names, and the import says where to add one. */
function mcSettings(d: Record<string, unknown>): McSettings {
  const videos = d.videos && typeof d.videos === 'object' ? (d.videos as Record<string, unknown>) : {};
  return {
    names: strings(d.names),
    hosts: strings(d.hosts),
    videos: Object.fromEntries(Object.entries(videos).filter(([, v]) => typeof v === 'string')) as Record<
      string,
      string
    >,
  };
}

/** Writes the planned files below the content folder of `root`, creating folders as needed. */
export function applyWrites(root: string, writes: PlannedWrite[]): void {
  const top = contentRoot(root);
  for (const w of writes) {
    const target = path.join(top, w.file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, w.text);
  }
}
