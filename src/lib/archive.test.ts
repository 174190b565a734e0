import { describe, expect, it } from 'vitest';
import { buildArchive } from './archive.ts';
import { outcome, person, recording, records, session, topic, year } from '../../tests/records.ts';

const archive = buildArchive(
  records({
    topics: [topic('sva', ['iommu', 'vfio']), topic('cxl', ['pci']), topic('ats', ['pci', 'iommu'])],
    years: [
      year('2019'),
      year('2017', { leads: ['joerg-roedel'] }),
      year('2020', { leads: ['joerg-roedel', 'alex-williamson'] }),
    ],
    people: [
      person('joerg-roedel', 'Jörg Rödel', { variants: ['Joerg Roedel', 'Jörg Roedel'] }),
      person('alex-williamson', 'Alex Williamson'),
      person('eric-auger', 'Eric Auger'),
    ],
    sessions: [
      session('2019/late', { start: '2019-09-09T17:05', topics: ['sva'], speakers: ['eric-auger'] }),
      session('2019/early', { start: '2019-09-09T15:30', topics: ['sva'], areas: ['iommu'] }),
      session('2017/svm', { topics: ['sva', 'ats'], speakers: ['eric-auger', 'joerg-roedel'] }),
      session('2020/untimed', { areas: ['pci'] }),
    ],
    outcomes: [
      outcome('2019/talk', { status: 'discussed', topics: ['sva'], session: '2019/early' }),
      outcome('2019/landed', { status: 'merged', topics: ['sva'] }),
      outcome('2017/old', { topics: ['sva'] }),
    ],
    recordings: [
      recording('2019/video', { year: 2019, session: '2019/early' }),
      recording('channel', { kind: 'channel' }),
    ],
  }),
);

describe('the archive relations', () => {
  it('orders years oldest first and skips missing editions for previous/next', () => {
    expect(archive.years.map((y) => y.id)).toEqual(['2017', '2019', '2020']);
    expect(archive.neighbours('2019').prev?.id).toBe('2017');
    expect(archive.neighbours('2017').prev).toBeUndefined();
    expect(archive.neighbours('2017').next?.id).toBe('2019');
    expect(archive.neighbours('2020').next).toBeUndefined();
  });

  it("orders a year's sessions by start time, untimed last", () => {
    expect(archive.sessionsOfYear('2019').map((s) => s.id)).toEqual(['2019/early', '2019/late']);
  });

  it("orders a year's outcomes merged first", () => {
    expect(archive.outcomesOfYear('2019').map((o) => o.id)).toEqual(['2019/landed', '2019/talk']);
  });

  it("groups a topic's sessions and outcomes by year, newest first", () => {
    const groups = archive.sessionsByYearFor('topic', 'sva');
    expect(groups.map((g) => g.year)).toEqual(['2019', '2017']);
    expect(groups[0]!.items.map((s) => s.id)).toEqual(['2019/early', '2019/late']);
    expect(archive.outcomesByYearFor('topic', 'sva').map((g) => g.year)).toEqual(['2019', '2017']);
    expect(archive.sessionsByYearFor('topic', 'cxl')).toEqual([]);
  });

  it("finds an area's sessions through their areas and lists its topics", () => {
    expect(archive.sessionsByYearFor('area', 'iommu').flatMap((g) => g.items.map((s) => s.id))).toEqual([
      '2019/early',
    ]);
    expect(archive.topicsOfArea('pci').map((t) => t.id)).toEqual(['ats', 'cxl']);
  });

  it('links a person to their sessions and the years they led', () => {
    expect(archive.sessionsOfPerson('eric-auger').map((s) => s.id)).toEqual(['2017/svm', '2019/late']);
    expect(archive.leadYearsOfPerson('joerg-roedel')).toEqual(['2017', '2020']);
  });

  it('treats every spelling of a name as one person', () => {
    expect(archive.personByName('Joerg Roedel')?.id).toBe('joerg-roedel');
    expect(archive.personByName('jorg rodel')?.id).toBe('joerg-roedel');
    expect(archive.personByName('Nobody')).toBeUndefined();
  });

  it('sorts people by name as a reader expects, accents included', () => {
    expect(archive.people.map((p) => p.data.name)).toEqual(['Alex Williamson', 'Eric Auger', 'Jörg Rödel']);
  });

  it('ties recordings and outcomes to their session and keeps cross-year recordings apart', () => {
    expect(archive.recordingsOfSession('2019/early').map((r) => r.id)).toEqual(['2019/video']);
    expect(archive.outcomesOfSession('2019/early').map((o) => o.id)).toEqual(['2019/talk']);
    expect(archive.recordingsOfYear('2019').map((r) => r.id)).toEqual(['2019/video']);
    expect(archive.recordingsWithoutYear().map((r) => r.id)).toEqual(['channel']);
  });

  it('hands out records with their references resolved', () => {
    const s = archive.session('2017/svm');
    expect(s.year.data.edition.name).toBe('LPC 2017');
    expect(s.speakers.map((p) => p.data.name)).toEqual(['Eric Auger', 'Jörg Rödel']);
    expect(s.topics.map((t) => [t.kind, t.id])).toEqual([
      ['topic', 'sva'],
      ['topic', 'ats'],
    ]);
    const early = archive.session('2019/early');
    expect(early.areas.map((a) => [a.kind, a.data.title])).toEqual([['area', 'IOMMU']]);
    expect(early.outcomes.map((o) => o.id)).toEqual(['2019/talk']);
    expect(early.outcomes[0]!.session).toBe(early);
    expect(early.recordings[0]!.session?.data.title).toBe(early.data.title);
    expect(archive.topic('ats').areas.map((a) => a.id)).toEqual(['pci', 'iommu']);
    expect(archive.year('2020').leads.map((p) => p.id)).toEqual(['joerg-roedel', 'alex-williamson']);
  });

  it('says which file to check when a page asks for a record that does not exist', () => {
    expect(() => archive.session('2019/missing')).toThrow(
      /No session with id "2019\/missing".*npm run check/,
    );
  });
});

describe('outcomes over time', () => {
  const a = buildArchive(
    records({
      years: [
        year('2022'),
        year('2023', {
          edition: {
            name: 'LPC 2023',
            format: 'hybrid',
            mcDate: '2023-11-15',
            sources: ['https://lpc.events/'],
          },
        }),
        year('2024', {
          edition: {
            name: 'LPC 2024',
            format: 'hybrid',
            mcDate: '2024-09-18',
            sources: ['https://lpc.events/'],
          },
        }),
      ],
      outcomes: [
        outcome('2022/lands-later', {
          status: 'merged',
          statusHistory: [
            { status: 'in-review', date: '2022-10-01' },
            { status: 'merged', date: '2024-05-12' },
          ],
        }),
        outcome('2022/still-open', { status: 'proposed' }),
        outcome('2022/done', { status: 'discussed' }),
      ],
    }),
  );

  it('carries open outcomes over to later years until they are resolved', () => {
    expect(a.carriedOver('2023').map((o) => o.id)).toEqual(['2022/lands-later', '2022/still-open']);
    expect(a.carriedOver('2024').map((o) => o.id)).toEqual(['2022/still-open']);
    expect(a.carriedOver('2022')).toEqual([]);
  });
});
