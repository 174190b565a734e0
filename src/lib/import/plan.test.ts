import { describe, expect, it } from 'vitest';
import { IMPORTED_FIELDS, type ImportContribution, type ImportSource } from './model.ts';
import { planImport, type ExistingContent } from './plan.ts';
import { formatSummary } from './summary.ts';
import { readRecord } from './write.ts';

const EVENT = 'https://indico.example.org/event/917/';
const at = (iso: string) => Date.parse(iso);

const talk = (n: number, extra: Partial<ImportContribution> = {}): ImportContribution => ({
  key: `${EVENT}contributions/${n}/`,
  url: `${EVENT}contributions/${n}/`,
  title: `Talk ${n} about iommufd`,
  groups: ['VFIO/IOMMU/PCI MC'],
  speakers: [{ name: 'Ada Example', affiliation: 'Example Corp' }],
  start: at('2030-11-14T19:00:00Z'),
  end: at('2030-11-14T19:25:00Z'),
  room: 'Hall B',
  attachments: [],
  description: 'What it is about.',
  keywords: [],
  ...extra,
});

const sourceOf = (contributions: ImportContribution[], extra: Partial<ImportSource> = {}): ImportSource => ({
  label: 'Indico event export (detail=contributions)',
  event: {
    url: EVENT,
    timeZone: 'America/New_York',
    start: at('2030-11-13T14:00:00Z'),
    end: at('2030-11-15T23:00:00Z'),
    venue: 'Example Centre',
  },
  contributions,
  skipped: [],
  fields: IMPORTED_FIELDS,
  unnamed: false,
  ...extra,
});

const empty = (): ExistingContent => ({
  years: new Map(),
  sessions: [],
  people: [],
  topics: [{ id: 'iommufd', terms: ['iommufd', 'IOMMUFD'] }],
  recordings: [],
  mc: { names: ['VFIO/IOMMU/PCI MC', 'VFIO/IOMMU/PCI Microconference'], hosts: [], videos: {} },
});
const OPTIONS = { currentYear: 2026 };
const fileOf = (writes: { file: string; text: string }[], file: string) =>
  writes.find((w) => w.file === file)?.text;

describe('planImport', () => {
  it('takes the MC talks by any spelling of its name, and writes them with the year and the people', () => {
    const { writes, summary } = planImport(
      sourceOf([
        talk(1),
        talk(2, { groups: ['Kernel Summit'] }),
        talk(3, { groups: ['vfio / iommu / pci microconference'], start: undefined, end: undefined }),
      ]),
      empty(),
      OPTIONS,
    );
    expect(writes.map((w) => w.file)).toEqual([
      'sessions/2030/talk-1-about-iommufd.yaml',
      'sessions/2030/talk-3-about-iommufd.yaml',
      'people/ada-example.yaml',
      'years/2030.mdx',
    ]);
    expect(readRecord(fileOf(writes, 'sessions/2030/talk-1-about-iommufd.yaml')!, false)).toMatchObject({
      title: 'Talk 1 about iommufd',
      year: 2030,
      speakers: ['ada-example'],
      areas: ['iommu'],
      topics: ['iommufd'],
      start: '2030-11-14T14:00',
      durationMinutes: 25,
      room: 'Hall B',
      abstract: 'What it is about.',
      source: `${EVENT}contributions/1/`,
      imported: { key: `${EVENT}contributions/1/` },
    });
    expect(fileOf(writes, 'people/ada-example.yaml')).toBe(
      'name: "Ada Example"\naffiliations:\n  - "Example Corp"\n',
    );
    expect(readRecord(fileOf(writes, 'years/2030.mdx')!, true)).toMatchObject({
      inPreparation: true,
      edition: {
        start: '2030-11-13',
        end: '2030-11-15',
        mcDate: '2030-11-14',
        mcSlot: '14:00-14:25, room Hall B',
        venue: 'Example Centre',
        timeZone: 'America/New_York',
        eventUrl: EVENT,
        sources: [EVENT],
      },
    });
    expect(summary.yearCreated).toBe('content/years/2030.mdx');
  });

  it('lists the names it saw when no talk is the MC', () => {
    expect(() =>
      planImport(
        sourceOf([talk(1, { groups: ['Kernel Summit'] }), talk(2, { groups: ['Networking track', 'BPF'] })]),
        empty(),
        OPTIONS,
      ),
    ).toThrow(
      /No session of the VFIO\/IOMMU\/PCI MC found.*\n {4}- BPF\n {4}- Kernel Summit\n {4}- Networking track\n {2}If one of them is the MC under another name, add that name to `names` in content\/mc.yaml \(or pass --mc-name "<name>" for this run\)/,
    );
    expect(() => planImport(sourceOf([]), empty(), OPTIONS)).toThrow(/holds no contributions at all/);
  });

  it('takes the unlabelled talks of a calendar named after the MC, and a name given for one run', () => {
    const named = sourceOf([talk(1, { groups: [] }), talk(2, { groups: ['Kernel Summit'] })], {
      calendarName: 'LPC 2030: VFIO/IOMMU/PCI MC',
    });
    expect(planImport(named, empty(), OPTIONS).summary.added).toEqual([
      'content/sessions/2030/talk-1-about-iommufd.yaml',
    ]);
    const summit = sourceOf([talk(2, { groups: ['Kernel Summit'] })]);
    expect(() => planImport(summit, empty(), OPTIONS)).toThrow(/No session of the VFIO\/IOMMU\/PCI MC found/);
    expect(
      planImport(summit, empty(), { ...OPTIONS, mcNames: ['Kernel Summit'] }).summary.added,
    ).toHaveLength(1);
  });

  it('takes every talk of a file that names no session', () => {
    const { summary } = planImport(sourceOf([talk(1, { groups: [] })], { unnamed: true }), empty(), OPTIONS);
    expect(summary.added).toHaveLength(1);
    expect(summary.notes.join(' ')).toMatch(/every talk in it was taken as the MC's/);
  });

  it('refuses a --year that contradicts the file, and needs one when the file has no dates', () => {
    expect(() => planImport(sourceOf([talk(1)]), empty(), { ...OPTIONS, year: 2031 })).toThrow(
      "The file's event is in 2030, but --year says 2031.",
    );
    const undated = sourceOf([talk(1, { start: undefined, end: undefined })], { event: {} });
    expect(() => planImport(undated, empty(), OPTIONS)).toThrow(/pass --year/);
    expect(planImport(undated, empty(), { ...OPTIONS, year: 2030 }).summary.year).toBe(2030);
  });

  it("writes times in the existing year's zone and leaves the year file alone", () => {
    const existing = empty();
    existing.years.set('2030', { edition: { name: 'LPC 2030', timeZone: 'UTC' } });
    const { writes, summary } = planImport(sourceOf([talk(1)]), existing, OPTIONS);
    expect(readRecord(writes[0]!.text, false).start).toBe('2030-11-14T19:00');
    expect(writes.map((w) => w.file)).not.toContain('years/2030.mdx');
    expect(summary.notes).toEqual([
      "Times are written in UTC, the zone of content/years/2030.mdx; the file's event is in America/New_York.",
    ]);
  });

  it('is idempotent, keeps a hand edit and reports it', () => {
    const first = planImport(sourceOf([talk(1)]), empty(), OPTIONS);
    const file = 'sessions/2030/talk-1-about-iommufd.yaml';
    const text = fileOf(first.writes, file)!.replace('room: "Hall B"', 'room: "Hall B (the small one)"');
    const existing = empty();
    existing.years.set('2030', readRecord(fileOf(first.writes, 'years/2030.mdx')!, true));
    existing.people.push({ id: 'ada-example', name: 'Ada Example', variants: [] });
    existing.sessions.push({ id: '2030/talk-1-about-iommufd', file, text, data: readRecord(text, false) });

    const again = planImport(sourceOf([talk(1)]), existing, OPTIONS);
    expect(again.writes).toEqual([]);
    expect(again.summary.unchanged).toEqual([`content/${file}`]);
    expect(again.summary.conflicts).toEqual([
      { file: `content/${file}`, field: 'room', yours: 'Hall B (the small one)', imported: 'Hall B' },
    ]);

    // The source moved the talk: the editor's room still wins; only the bookkeeping follows.
    const moved = planImport(sourceOf([talk(1, { room: 'Hall C' })]), existing, OPTIONS);
    expect(moved.summary.updated).toEqual([{ file: `content/${file}`, fields: ['imported'] }]);
    expect(readRecord(moved.writes[0]!.text, false).room).toBe('Hall B (the small one)');

    const retitled = planImport(
      sourceOf([talk(1, { title: 'Talk 1 about iommufd, revised' })]),
      existing,
      OPTIONS,
    );
    expect(retitled.summary.updated).toEqual([{ file: `content/${file}`, fields: ['title', 'imported'] }]);
    expect(readRecord(retitled.writes[0]!.text, false)).toMatchObject({
      title: 'Talk 1 about iommufd, revised',
      room: 'Hall B (the small one)',
    });
  });

  it('adopts a hand-written session with the same contribution URL instead of adding a second one', () => {
    const existing = empty();
    const text = `title: "Talk one"\nyear: 2030\nareas: ["pci"]\ncontributionUrl: "${EVENT}contributions/1"\nsummary: "By hand."\nsource: "https://lore.example.org/x/"\n`;
    existing.sessions.push({
      id: '2030/talk-one',
      file: 'sessions/2030/talk-one.yaml',
      text,
      data: readRecord(text, false),
    });
    const { writes, summary } = planImport(sourceOf([talk(1)]), existing, OPTIONS);
    expect(summary.updated.map((u) => u.file)).toEqual(['content/sessions/2030/talk-one.yaml']);
    expect(readRecord(fileOf(writes, 'sessions/2030/talk-one.yaml')!, false)).toMatchObject({
      title: 'Talk one',
      summary: 'By hand.',
      room: 'Hall B',
      abstract: 'What it is about.',
    });
    // The URL without its trailing slash is the same URL: no conflict over it.
    expect(summary.conflicts.map((c) => c.field)).toEqual(['title', 'areas', 'source']);
  });

  it('numbers a slug that is taken, and skips talks it cannot write, saying why', () => {
    const existing = empty();
    existing.sessions.push({
      id: '2030/talk-1-about-iommufd',
      file: 'sessions/2030/talk-1-about-iommufd.yaml',
      text: '',
      data: { title: 'Another talk' },
    });
    const { summary } = planImport(
      sourceOf([talk(1), talk(2, { description: '' }), talk(3, { url: undefined, key: 'uid-3@x' })], {
        event: { timeZone: 'UTC' },
      }),
      existing,
      OPTIONS,
    );
    expect(summary.added).toEqual(['content/sessions/2030/talk-1-about-iommufd-2.yaml']);
    expect(summary.skipped.map((s) => [s.title, s.reason.split(';')[0]])).toEqual([
      ['Talk 2 about iommufd', 'it has no description, and a session needs an abstract or a summary'],
      ['Talk 3 about iommufd', 'neither the talk nor the event has a URL to cite as its source'],
    ]);
    // Ada speaks only in written talks here, but the people file is still made once.
    expect(summary.peopleCreated).toEqual(['content/people/ada-example.yaml']);
  });
});

describe('formatSummary', () => {
  it('prints every section with counts, and conflicts with both values', () => {
    const text = formatSummary(
      {
        label: 'iCalendar file',
        year: 2030,
        peopleCreated: [],
        added: ['content/sessions/2030/a.yaml'],
        updated: [{ file: 'content/sessions/2030/b.yaml', fields: ['room', 'imported'] }],
        unchanged: [],
        skipped: [{ title: 'Wrap-up', reason: 'it has no description' }],
        conflicts: [
          {
            file: 'content/sessions/2030/b.yaml',
            field: 'speakers',
            yours: ['ada-example'],
            imported: ['ada-example', 'zoe-exampleton'],
          },
        ],
        notes: ['A note.'],
      },
      'mc.ics',
    );
    expect(text).toBe(
      [
        'Imported mc.ics (iCalendar file) into 2030:',
        '  Added: 1',
        '    content/sessions/2030/a.yaml',
        '  Updated: 1',
        '    content/sessions/2030/b.yaml (room, imported)',
        '  Unchanged: 0',
        '  Skipped: 1',
        '    "Wrap-up": it has no description',
        '  Conflicts (your value kept): 1',
        '    content/sessions/2030/b.yaml speakers: yours ada-example, imported ada-example, zoe-exampleton',
        '  Note: A note.',
      ].join('\n'),
    );
  });
});
