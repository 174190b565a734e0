/**
 * What an import reports: the files it added, updated and left alone, what it skipped and why,
 * and where an editor's value disagrees with the export. Printed the same way for every format.
 */

export interface ImportSummary {
  label: string;
  year: number;
  /** "videos" for a YouTube feed: no session is written, only recordings. */
  kind?: 'sessions' | 'videos';
  /** The year file, when this import created it. */
  yearCreated?: string;
  peopleCreated: string[];
  added: string[];
  updated: { file: string; fields: string[] }[];
  unchanged: string[];
  skipped: { title: string; reason: string }[];
  conflicts: { file: string; field: string; yours: unknown; imported: unknown }[];
  notes: string[];
  /** Recording records, from a video feed or from videos attached in Indico. */
  recordings?: RecordingSummary;
}

export interface RecordingSummary {
  added: string[];
  updated: { file: string; fields: string[] }[];
  unchanged: string[];
  /** Videos matched to more than one session: reported, not written, until an editor settles them. */
  ambiguous: { title: string; id: string; sessions: string[] }[];
  /** Sessions of the year that no video in the file records. */
  withoutVideo: string[];
}

export const emptyRecordings = (): RecordingSummary => ({
  added: [],
  updated: [],
  unchanged: [],
  ambiguous: [],
  withoutVideo: [],
});

/** A summary with nothing in it yet. */
export const newSummary = (
  label: string,
  year: number,
  kind: ImportSummary['kind'] = 'sessions',
): ImportSummary => ({
  label,
  year,
  kind,
  peopleCreated: [],
  added: [],
  updated: [],
  unchanged: [],
  skipped: [],
  conflicts: [],
  notes: [],
  recordings: emptyRecordings(),
});

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
  const updated = (list: { file: string; fields: string[] }[]) =>
    list.map((u) => `${u.file} (${u.fields.join(', ')})`);
  if (summary.yearCreated) out.push(`  Year created: ${summary.yearCreated} (in preparation)`);
  if (summary.peopleCreated.length) section('People created', summary.peopleCreated);
  if (summary.kind !== 'videos') {
    section('Added', summary.added);
    section('Updated', updated(summary.updated));
    section('Unchanged', summary.unchanged);
  }
  const r = summary.recordings;
  if (r && (summary.kind === 'videos' || r.added.length || r.updated.length || r.unchanged.length)) {
    section('Recordings added', r.added);
    section('Recordings updated', updated(r.updated));
    section('Recordings unchanged', r.unchanged);
  }
  section(
    'Skipped',
    summary.skipped.map((s) => `"${s.title}": ${s.reason}`),
  );
  if (r && summary.kind === 'videos') {
    section(
      'Ambiguous (not written)',
      r.ambiguous.map((a) => `"${a.title}" (${a.id}) could record ${a.sessions.join(' or ')}`),
    );
    section('Sessions without a video', r.withoutVideo);
  }
  section(
    'Conflicts (your value kept)',
    summary.conflicts.map(
      (c) => `${c.file} ${c.field}: yours ${show(c.yours)}, imported ${show(c.imported)}`,
    ),
  );
  for (const note of summary.notes) out.push(`  Note: ${note}`);
  return out.join('\n');
}
