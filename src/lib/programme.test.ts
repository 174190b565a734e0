import { describe, expect, it } from 'vitest';
import { buildArchive } from './archive.ts';
import {
  outcomesOfSessions,
  programmeNeighbours,
  recentStatusChanges,
  rolesByYear,
  yearsDiscussed,
} from './programme.ts';
import { outcome, person, records, session, topic, year } from '../../tests/records.ts';

const archive = buildArchive(
  records({
    topics: [topic('sva', ['iommu'])],
    years: [year('2019'), year('2020', { leads: ['eric-auger'] }), year('2021', { leads: ['eric-auger'] })],
    people: [person('eric-auger', 'Eric Auger')],
    sessions: [
      session('2019/b', { start: '2019-09-09T16:00', topics: ['sva'], speakers: ['eric-auger'] }),
      session('2019/a', { start: '2019-09-09T15:00', topics: ['sva'] }),
      session('2019/c', { start: '2019-09-09T17:00' }),
      session('2021/d', { speakers: ['eric-auger'] }),
    ],
    outcomes: [
      outcome('2019/x', {
        session: '2019/b',
        topics: ['sva'],
        status: 'merged',
        statusHistory: [
          { status: 'proposed', date: '2019-10-01' },
          { status: 'merged', date: '2020-03-01' },
        ],
      }),
      outcome('2020/y', {
        topics: ['sva'],
        status: 'in-review',
        statusHistory: [{ status: 'in-review', date: '2020-06-01' }],
      }),
    ],
  }),
);

describe('moving through the programme', () => {
  const programme = archive.sessionsOfYear('2019');

  it('gives a session the sessions before and after it in time order', () => {
    expect(programme.map((s) => s.id)).toEqual(['2019/a', '2019/b', '2019/c']);
    const mid = programmeNeighbours(programme, '2019/b');
    expect([mid.prev?.id, mid.next?.id]).toEqual(['2019/a', '2019/c']);
    expect(programmeNeighbours(programme, '2019/a').prev).toBeUndefined();
    expect(programmeNeighbours(programme, '2019/c').next).toBeUndefined();
  });

  it('counts the years a topic came up in, newest first, sessions and outcomes together', () => {
    const years = yearsDiscussed(
      archive.sessionsByYearFor('topic', 'sva'),
      archive.outcomesByYearFor('topic', 'sva'),
    );
    expect(years).toEqual([
      { year: '2020', sessions: 0, outcomes: 1 },
      { year: '2019', sessions: 2, outcomes: 1 },
    ]);
  });

  it("lists a person's roles per year, newest first, a year they both led and spoke once", () => {
    const sessions = archive.sessionsOfPerson('eric-auger');
    expect(rolesByYear(archive.leadYearsOfPerson('eric-auger'), sessions)).toEqual([
      { year: '2021', roles: ['lead', 'speaker'] },
      { year: '2020', roles: ['lead'] },
      { year: '2019', roles: ['speaker'] },
    ]);
  });

  it('credits a person with the outcomes of their sessions, and no others', () => {
    expect(outcomesOfSessions(archive.sessionsOfPerson('eric-auger')).map((o) => o.id)).toEqual(['2019/x']);
  });

  it('lists the latest status changes first, up to the limit', () => {
    const changes = recentStatusChanges(archive.outcomes, 2);
    expect(changes.map((c) => [c.outcome.id, c.status, c.date, c.index])).toEqual([
      ['2020/y', 'in-review', '2020-06-01', 0],
      ['2019/x', 'merged', '2020-03-01', 1],
    ]);
  });
});
