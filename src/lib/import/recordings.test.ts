import { describe, expect, it } from 'vitest';
import type { PlannedWrite } from './plan.ts';
import { planRecording, videoIdOf, type ExistingRecording, type RecordingValues } from './recordings.ts';
import { emptyRecordings, newSummary } from './summary.ts';

describe('videoIdOf', () => {
  it('reads the id from every way of writing a YouTube link', () => {
    for (const url of [
      'https://www.youtube.com/watch?v=Abc-2026-01&t=42s',
      'https://youtu.be/Abc-2026-01',
      'https://m.youtube.com/embed/Abc-2026-01',
      'https://www.youtube.com/live/Abc-2026-01?si=x',
    ])
      expect(videoIdOf(url)).toBe('Abc-2026-01');
    expect(videoIdOf('https://www.youtube.com/@linux-pci')).toBeUndefined();
    expect(videoIdOf('https://vimeo.com/123456789')).toBeUndefined();
  });
});

describe('planRecording', () => {
  const values: RecordingValues = {
    title: 'Video: Posted MSI',
    year: 2026,
    kind: 'video',
    url: 'https://www.youtube.com/watch?v=Abc-2026-01',
    session: '2026/posted-msi',
    source: 'https://www.youtube.com/playlist?list=PLx',
    published: '2026-11-21',
  };
  const plan = (existing: ExistingRecording[]) => {
    const summary = newSummary('', 2026);
    const ctx = { dir: 'content', writes: [] as PlannedWrite[], summary, recordings: emptyRecordings() };
    planRecording(values, [...existing], ctx);
    return ctx;
  };

  it('writes a new recording next to its session', () => {
    const { writes, recordings } = plan([]);
    expect(recordings.added).toEqual(['content/recordings/2026/posted-msi.yaml']);
    expect(writes[0]!.text).toContain('published: "2026-11-21"\n');
  });

  it('fills what a hand-written recording of the same video lacks, keeps the rest and reports a disagreement', () => {
    const text =
      '# by hand\ntitle: "The talk"\nyear: 2026\nkind: video\nurl: "https://youtu.be/Abc-2026-01"\nsession: 2026/other\nsource: "https://example.org/"\n';
    const { writes, recordings, summary } = plan([
      {
        id: '2026/x',
        file: 'recordings/2026/x.yaml',
        text,
        data: {
          title: 'The talk',
          year: 2026,
          kind: 'video',
          url: 'https://youtu.be/Abc-2026-01',
          session: '2026/other',
          source: 'https://example.org/',
        },
      },
    ]);
    expect(recordings.updated).toEqual([{ file: 'content/recordings/2026/x.yaml', fields: ['published'] }]);
    expect(writes[0]!.text).toBe(`${text}published: "2026-11-21"\n`);
    expect(summary.conflicts).toEqual([
      {
        file: 'content/recordings/2026/x.yaml',
        field: 'session',
        yours: '2026/other',
        imported: '2026/posted-msi',
      },
    ]);
  });
});
