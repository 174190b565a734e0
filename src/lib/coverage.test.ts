import { describe, expect, it } from 'vitest';
import { buildArchive } from './archive.ts';
import { yearCoverage } from './coverage.ts';
import { outcome, person, recording, records, session, year } from '../../tests/records.ts';

describe('coverage', () => {
  const archive = buildArchive(
    records({
      years: [
        year('2021'),
        year('2019', {
          leads: ['lorenzo'],
          sessionList: { complete: true },
          officialOutcomes: { status: 'found' },
          topicsProposed: [{ items: ['SVA'] }],
        }),
      ],
      people: [person('lorenzo', 'Lorenzo Pieralisi')],
      sessions: [
        session('2021/a', { titleSeen: false, uncertain: true, uncertainReason: 'Inferred.' }),
        session('2021/b', { speakers: ['lorenzo'] }),
        session('2019/c', { speakers: ['lorenzo'] }),
      ],
      outcomes: [outcome('2021/x', { origin: 'participant' }), outcome('2019/y')],
      recordings: [recording('2019/v', { year: 2019, session: '2019/c' })],
    }),
  );

  it('counts what a year holds from its records', () => {
    const c = yearCoverage(archive, '2021');
    expect(c).toMatchObject({
      sessions: 2,
      sessionsWithoutTitle: 1,
      sessionsWithoutSpeaker: 1,
      recordings: 0,
      outcomes: 1,
      officialOutcomes: 0,
      uncertainFacts: 1,
    });
  });

  it('lists the gaps of a thin year in plain words', () => {
    expect(yearCoverage(archive, '2021').gaps).toEqual([
      'sessions to add',
      '1 session title(s) to add',
      '1 session(s) without a named speaker',
      'recordings to link',
      'official outcome list to add',
      'leads to add',
      'topic list to add',
    ]);
  });

  it('reports no gap for a year the archive covers fully', () => {
    const c = yearCoverage(archive, '2019');
    expect(c.gaps).toEqual([]);
    expect(c.sessionsWithRecording).toBe(1);
  });
});
