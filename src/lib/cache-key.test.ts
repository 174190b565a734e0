import { describe, expect, it } from 'vitest';
import { buildArchive } from './archive.ts';
import { pageCacheKey } from './cache-key.ts';
import { outcomeRoutes, personRoutes, sessionRoutes, yearRoutes } from './routes.ts';
import { outcome, person, records, session, year } from '../../tests/records.ts';

type Overrides = { name?: string; title?: string; outcomeTitle?: string };
const archiveWith = (o: Overrides = {}) =>
  buildArchive(
    records({
      years: [year('2019'), year('2020')],
      people: [person('eric-auger', o.name ?? 'Eric Auger'), person('joerg-roedel', 'Joerg Roedel')],
      sessions: [
        session('2019/early', { speakers: ['eric-auger'], title: o.title ?? 'Early' }),
        session('2019/late', { speakers: ['joerg-roedel'] }),
        session('2020/next', { speakers: ['joerg-roedel'] }),
      ],
      outcomes: [outcome('2019/talk', { session: '2019/early', title: o.outcomeTitle ?? 'Talk' })],
    }),
  );

/** Each route's cache key by path, for one version of the content. */
const keys = (o: Overrides = {}, dated: (file: string) => string | null = () => null) => {
  const a = archiveWith(o);
  const all = [
    ...sessionRoutes(a).map((r) => [`session ${r.params.year}/${r.params.session}`, r.props] as const),
    ...outcomeRoutes(a).map((r) => [`outcome ${r.params.outcome}`, r.props] as const),
    ...personRoutes(a).map((r) => [`person ${r.params.id}`, r.props] as const),
    ...yearRoutes(a).map((r) => [`year ${r.params.year}`, r.props] as const),
  ];
  return Object.fromEntries(all.map(([k, props]) => [k, pageCacheKey(props, dated)]));
};
/** The pages whose key differs between two versions: the ones a rebuild renders again. */
const changed = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys(a).filter((k) => a[k] !== b[k]);

describe('page cache keys', () => {
  it('are the same for the same content, built twice', () => {
    expect(keys()).toEqual(keys());
  });

  it('change for the pages that show an edited session, and only those', () => {
    expect(changed(keys(), keys({ title: 'Early, renamed' }))).toEqual([
      'session 2019/early',
      // Its neighbour's page shows it as the previous session.
      'session 2019/late',
      // The outcome page names the session it came from.
      'outcome talk',
      'person eric-auger',
      'year 2019',
    ]);
  });

  it("follow a related record: a speaker's new name re-renders the pages that show it", () => {
    expect(changed(keys(), keys({ name: 'Éric Auger' }))).toEqual([
      'session 2019/early',
      'session 2019/late',
      'outcome talk',
      'person eric-auger',
      'year 2019',
    ]);
  });

  it('follow records that point back at each other (a session and its outcome)', () => {
    expect(changed(keys(), keys({ outcomeTitle: 'Talk, landed' }))).toContain('session 2019/early');
  });

  it('are the same whichever page is keyed first, though each record is digested once', () => {
    const a = archiveWith();
    const first = [...sessionRoutes(a), ...outcomeRoutes(a)].map((r) => pageCacheKey(r.props));
    // A fresh archive, keyed from the outcome back to its session this time.
    const b = archiveWith();
    const outcomes = outcomeRoutes(b).map((r) => pageCacheKey(r.props));
    const sessions = sessionRoutes(b).map((r) => pageCacheKey(r.props));
    expect([...sessions, ...outcomes]).toEqual(first);
  });

  it("change when a page's source file has a new last-change date, its text unchanged", () => {
    const later = (file: string) => (file.includes('2020') ? '2026-12-01' : null);
    expect(changed(keys(), keys({}, later))).toContain('year 2020');
  });

  it('read the members of sets, as a topic page keeps which years it cut', () => {
    expect(pageCacheKey({ cut: new Set(['2019']) })).not.toBe(pageCacheKey({ cut: new Set(['2020']) }));
  });
});
