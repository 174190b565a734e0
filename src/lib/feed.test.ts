import { describe, expect, it } from 'vitest';
import { buildArchive } from './archive.ts';
import { feedItems } from './feed.ts';
import { outcome, records, year } from '../../tests/records.ts';

const archive = buildArchive(
  records({
    years: [
      year('2023', { edition: { name: 'LPC 2023', mcDate: '2023-11-15', sources: ['https://lpc.events/'] } }),
    ],
    outcomes: [
      outcome('2023/posted-msi', {
        status: 'merged',
        statusHistory: [
          { status: 'in-review', date: '2023-12-01' },
          { status: 'merged', date: '2024-05-12', note: 'merged for v6.10' },
        ],
      }),
    ],
  }),
);

describe('the feed', () => {
  it('links each status change to its entry on the outcome page, newest first', () => {
    const items = feedItems(archive);
    expect(items.map((i) => i.path)).toEqual([
      '/outcomes/2023/posted-msi/#status-2',
      '/outcomes/2023/posted-msi/#status-1',
      '/years/2023/',
    ]);
  });
});
