import { describe, expect, it } from 'vitest';
import { isIndicoExport, parseIndico } from './indico.ts';

const EVENT = 'https://indico.example.org/event/917/';
const date = (d: string, time: string, tz = 'UTC') => ({ date: d, time, tz });

function exportOf(contributions: unknown[], extra: Record<string, unknown> = {}) {
  return {
    _type: 'HTTPAPIResult',
    count: 1,
    results: [
      {
        _type: 'Conference',
        id: '917',
        title: 'LPC 2030',
        timezone: 'America/New_York',
        url: EVENT,
        location: 'Example Centre',
        contributions,
        ...extra,
      },
    ],
  };
}

const talk = (extra: Record<string, unknown> = {}) => ({
  _type: 'Contribution',
  id: '12',
  db_id: 9101,
  title: '  IOMMUFD:   next   steps ',
  session: 'VFIO/IOMMU/PCI MC',
  track: null,
  startDate: date('2030-11-14', '19:00:00'),
  endDate: date('2030-11-14', '19:25:00.250000'),
  duration: 25,
  room: '',
  roomFullname: 'Hall B',
  speakers: [
    {
      first_name: 'Zoë',
      last_name: 'Exampleton',
      fullName: 'Exampleton, Zoë',
      affiliation: 'Example Systems',
      email: 'zoe@example.org',
      emailHash: 'abc',
    },
  ],
  primaryauthors: [],
  folders: [],
  material: [],
  keywords: ['iommufd'],
  description: 'Text',
  url: `${EVENT}contributions/9101/`,
  ...extra,
});

describe('isIndicoExport', () => {
  it('accepts the envelope and a bare event, nothing else', () => {
    expect(isIndicoExport(exportOf([]))).toBe(true);
    expect(isIndicoExport({ _type: 'Conference' })).toBe(true);
    expect(isIndicoExport({ schedule: {} })).toBe(false);
    expect(isIndicoExport([])).toBe(false);
  });
});

describe('parseIndico', () => {
  it('reads a contribution: squashed title, "First Last" speakers, times as instants, room fallback', () => {
    const { contributions, event, label } = parseIndico(exportOf([talk()]));
    expect(label).toBe('Indico event export (detail=contributions)');
    expect(event).toMatchObject({ url: EVENT, timeZone: 'America/New_York', venue: 'Example Centre' });
    const c = contributions[0]!;
    expect(c).toMatchObject({
      key: `${EVENT}contributions/9101/`,
      title: 'IOMMUFD: next steps',
      groups: ['VFIO/IOMMU/PCI MC'],
      room: 'Hall B',
      keywords: ['iommufd'],
    });
    expect(c.speakers).toEqual([{ name: 'Zoë Exampleton', affiliation: 'Example Systems' }]);
    expect(new Date(c.start!).toISOString()).toBe('2030-11-14T19:00:00.000Z');
    expect(new Date(c.end!).toISOString()).toBe('2030-11-14T19:25:00.000Z');
  });

  it('never carries personal fields into the model', () => {
    const json = JSON.stringify(parseIndico(exportOf([talk()])));
    expect(json).not.toMatch(/email|emailHash|zoe@example\.org|abc/);
  });

  it('honours the zone of each date, not the event zone', () => {
    const c = parseIndico(
      exportOf([talk({ startDate: date('2030-11-14', '14:00:00', 'America/New_York'), endDate: null })]),
    ).contributions[0]!;
    expect(new Date(c.start!).toISOString()).toBe('2030-11-14T19:00:00.000Z');
    // No end date: start plus `duration`.
    expect(new Date(c.end!).toISOString()).toBe('2030-11-14T19:25:00.000Z');
  });

  it('falls back to primary authors, and to "Last, First" only when the parts are missing', () => {
    const c = parseIndico(
      exportOf([
        talk({ speakers: [], primaryauthors: [{ fullName: 'Placeholder, Chen', affiliation: null }] }),
      ]),
    ).contributions[0]!;
    expect(c.speakers).toEqual([{ name: 'Chen Placeholder' }]);
  });

  it('builds the URL from db_id (not the friendly id) when the export has none', () => {
    const c = parseIndico(exportOf([talk({ url: undefined })])).contributions[0]!;
    expect(c.url).toBe(`${EVENT}contributions/9101/`);
  });

  it('keeps public attachments once each, ranks slides, and drops protected ones', () => {
    const file = (id: number, title: string, filename: string, extra = {}) => ({
      _type: 'attachment',
      id,
      title,
      filename,
      type: 'file',
      is_protected: false,
      download_url: `${EVENT}a/${id}/${filename}`,
      ...extra,
    });
    const c = parseIndico(
      exportOf([
        talk({
          folders: [
            {
              title: 'Materials',
              default_folder: true,
              is_protected: false,
              attachments: [
                file(1, 'Paper', 'paper.pdf'),
                file(2, 'Slides', 'deck.odp'),
                file(3, 'Private', 'x.pdf', { is_protected: true }),
                {
                  type: 'link',
                  title: 'Patches',
                  link_url: 'https://lore.example.org/p/',
                  is_protected: false,
                },
              ],
            },
            { title: 'Hidden', is_protected: true, attachments: [file(4, 'Secret', 's.pdf')] },
          ],
          material: [
            {
              title: 'Paper',
              resources: [
                { _type: 'LocalFile', name: 'Paper', fileName: 'paper.pdf', url: `${EVENT}a/1/paper.pdf` },
                { _type: 'Link', name: 'Bad', url: 'javascript:alert(1)' },
              ],
            },
          ],
        }),
      ]),
    ).contributions[0]!;
    expect(c.attachments).toEqual([
      { title: 'Paper', url: `${EVENT}a/1/paper.pdf`, slides: 'file' },
      { title: 'Slides', url: `${EVENT}a/2/deck.odp`, slides: 'named' },
      { title: 'Patches', url: 'https://lore.example.org/p/', slides: 'no' },
    ]);
  });

  it('gathers detail=sessions blocks, naming the MC by the session title, not the block title', () => {
    const data = exportOf(
      [talk({ db_id: 2, url: `${EVENT}contributions/2/`, session: null, track: 'Kernel Summit' })],
      {
        sessions: [
          {
            _type: 'SessionSlot',
            title: 'VFIO/IOMMU/PCI MC: Part 1',
            session: { title: 'VFIO/IOMMU/PCI MC', sessionConveners: [{ email: 'c@example.org' }] },
            contributions: [talk()],
          },
          {
            _type: 'SessionSlot',
            title: 'VFIO/IOMMU/PCI MC: Part 2',
            session: { title: 'VFIO/IOMMU/PCI MC' },
            contributions: [talk({ db_id: 3, url: `${EVENT}contributions/3/`, session: null })],
          },
        ],
      },
    );
    const source = parseIndico(data);
    expect(source.label).toBe('Indico event export (detail=sessions)');
    expect(source.contributions.map((c) => [c.key.slice(EVENT.length), c.groups])).toEqual([
      ['contributions/2/', ['Kernel Summit']],
      ['contributions/9101/', ['VFIO/IOMMU/PCI MC']],
      ['contributions/3/', ['VFIO/IOMMU/PCI MC']],
    ]);
  });

  it('reads a one-session export (results are session blocks)', () => {
    const source = parseIndico({
      _type: 'HTTPAPIResult',
      results: [
        {
          _type: 'SessionSlot',
          conference: { url: EVENT, timezone: 'UTC' },
          session: { title: 'VFIO/IOMMU/PCI MC' },
          contributions: [talk()],
        },
      ],
    });
    expect(source.label).toBe('Indico session export');
    expect(source.contributions).toHaveLength(1);
  });

  it('skips an untitled contribution with a reason', () => {
    expect(parseIndico(exportOf([talk({ title: ' ' })])).skipped).toEqual([
      { title: `${EVENT}contributions/9101/`, reason: 'it has no title' },
    ]);
  });

  it('explains the exports it cannot use', () => {
    expect(() => parseIndico({ _type: 'HTTPAPIResult', results: { '917': {} } })).toThrow(/timetable export/);
    expect(() =>
      parseIndico({ _type: 'HTTPAPIResult', results: [{ _type: 'Conference', id: '1' }] }),
    ).toThrow(/without \?detail=contributions/);
    expect(() => parseIndico({ _type: 'HTTPAPIResult', results: [] })).toThrow(/holds no event/);
    expect(() => parseIndico({ _type: 'HTTPAPIResult', message: 'Access denied' })).toThrow(
      /error message "Access denied"/,
    );
    expect(() =>
      parseIndico(exportOf([talk({ startDate: date('2030-11-14', '10:00:00', 'Mars/Olympus') })])),
    ).toThrow(/unknown time zone "Mars\/Olympus"/);
  });
});
