import { describe, expect, it } from 'vitest';
import { buildArchive } from './archive.ts';
import { LIST_BOUNDS } from './bounded.ts';
import { homeProps, outcomeRoutes, personRoutes, sessionRoutes, topicRoutes, yearRoutes } from './routes.ts';
import { entry, outcome, person, records, session, topic, year } from '../../tests/records.ts';

const archive = buildArchive(
  records({
    topics: [topic('sva', ['iommu']), topic('cxl', ['pci'])],
    years: [year('2019'), year('2020', { leads: ['eric-auger'] })],
    people: [person('eric-auger', 'Eric Auger')],
    sessions: [session('2019/early', { topics: ['sva'], areas: ['iommu'], speakers: ['eric-auger'] })],
    outcomes: [outcome('2019/talk', { topics: ['sva'], session: '2019/early' })],
  }),
);

describe('the routes', () => {
  it('serves areas and topics side by side under /topics/, each with its own kind', () => {
    const routes = topicRoutes(archive);
    expect(routes.map((r) => r.params.id)).toEqual(['iommu', 'pci', 'vfio', 'cxl', 'sva']);
    const iommu = routes.find((r) => r.params.id === 'iommu')!.props;
    expect(iommu.kind).toBe('area');
    expect(iommu.areaTopics.map((t) => t.id)).toEqual(['sva']);
    const sva = routes.find((r) => r.params.id === 'sva')!.props;
    expect(sva.kind).toBe('topic');
    expect(sva.sessions.shown.map((g) => g.year)).toEqual(['2019']);
  });

  it('splits session and outcome ids into year and slug and carries the record', () => {
    const s = sessionRoutes(archive).find((r) => r.params.session === 'early')!;
    expect(s.params).toEqual({ year: '2019', session: 'early' });
    expect(s.props.session.speakers.map((p) => p.data.name)).toEqual(['Eric Auger']);
    const o = outcomeRoutes(archive)[0]!;
    expect(o.params).toEqual({ year: '2019', outcome: 'talk' });
    expect(o.props.outcome.session?.id).toBe('2019/early');
  });

  it("gives a year page its lists and neighbours, and a person's page their sessions", () => {
    const y = yearRoutes(archive).find((r) => r.params.year === '2019')!.props;
    expect(y.sessions.shown.map((s) => s.id)).toEqual(['2019/early']);
    expect(y.next?.id).toBe('2020');
    const p = personRoutes(archive)[0]!.props;
    expect(p.sessions.shown.map((s) => s.id)).toEqual(['2019/early']);
    expect(p.leadYears).toEqual(['2020']);
  });

  it("carries only what a page shows: a long year, a topic's many years, a busy speaker", () => {
    const years = Array.from({ length: 30 }, (_, i) => String(2017 + i));
    const big = buildArchive(
      records({
        topics: [topic('sva', ['iommu'])],
        years: years.map((y) => year(y)),
        people: [person('eric-auger', 'Eric Auger')],
        sessions: [
          ...years.map((y) => session(`${y}/a`, { topics: ['sva'], speakers: ['eric-auger'] })),
          ...Array.from({ length: 20 }, (_, i) => session(`2046/s${i}`, { topics: ['sva'] })),
        ],
        outcomes: [],
      }),
    );
    const y = yearRoutes(big).find((r) => r.params.year === '2046')!.props;
    expect(y.sessions.shown).toHaveLength(LIST_BOUNDS.yearProgramme);
    expect(y.sessions.hidden).toBe(21 - LIST_BOUNDS.yearProgramme);
    const home = homeProps(big).latest!;
    expect(home.year.id).toBe('2046');
    expect(home.sessions.shown).toHaveLength(LIST_BOUNDS.homeProgramme);
    expect(home.sessions.hidden).toBe(21 - LIST_BOUNDS.homeProgramme);
    const sva = topicRoutes(big).find((r) => r.params.id === 'sva')!.props;
    expect(sva.years.shown.map((c) => c.year)).toEqual(
      [...years].reverse().slice(0, LIST_BOUNDS.discussedYears),
    );
    expect(sva.years.hidden).toBe(30 - LIST_BOUNDS.discussedYears);
    expect(sva.sessionCount).toBe(50);
    expect(sva.sessions.hidden).toBe(50 - LIST_BOUNDS.topic);
    const iommu = topicRoutes(big).find((r) => r.params.id === 'iommu')!.props;
    expect(iommu.kind === 'area' && iommu.topicYears.sva!.shown).toHaveLength(LIST_BOUNDS.mapYears);
    const p = personRoutes(big)[0]!.props;
    // Newest first: the person's page opens with their latest sessions.
    expect(p.sessions.shown[0]!.id).toBe('2046/a');
    expect(p.sessions.hidden).toBe(30 - LIST_BOUNDS.person);
  });

  it("renders every page again when a topic's acronym changes, since every page links acronyms", () => {
    const withCxl = (expansion: string) =>
      buildArchive(
        records({
          topics: [
            topic('sva', ['iommu']),
            entry('topics', 'cxl', {
              title: 'CXL',
              areas: ['pci'],
              description: 'The cxl topic.',
              acronym: 'CXL',
              expansion,
            }),
          ],
          years: [year('2019')],
          sessions: [session('2019/early', { topics: ['sva'] })],
          outcomes: [],
        }),
      );
    const key = (a: ReturnType<typeof buildArchive>) => sessionRoutes(a)[0]!.cacheKey;
    const before = withCxl('Compute Express Link');
    expect(key(withCxl('Compute Express Link'))).toBe(key(before));
    // The session is not about CXL, so its props are the same; its page's acronym links are not.
    expect(key(withCxl('Compute eXpress Link'))).not.toBe(key(before));
  });
});
