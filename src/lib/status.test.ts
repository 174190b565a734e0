import { describe, expect, it } from 'vitest';
import { countByStatus, statusOn, statusSummary } from './status.ts';
import { outcome } from '../../tests/records.ts';

describe('outcome status', () => {
  it("reads an outcome's status on a given day from its history", () => {
    const o = outcome('2022/lands-later', {
      status: 'merged',
      statusHistory: [
        { status: 'in-review', date: '2022-10-01' },
        { status: 'merged', date: '2024-05-12' },
      ],
    });
    expect(statusOn(o, '2022-09-01')).toBe('in-review');
    expect(statusOn(o, '2023-11-15')).toBe('in-review');
    expect(statusOn(o, '2024-09-18')).toBe('merged');
    expect(statusOn(outcome('2022/plain', { status: 'proposed' }), '2020-01-01')).toBe('proposed');
  });

  it('counts statuses in display order, merged first, leaving out zeros', () => {
    const os = [
      outcome('2022/a', { status: 'discussed' }),
      outcome('2022/b', { status: 'merged' }),
      outcome('2022/c', { status: 'in-review' }),
      outcome('2022/d', { status: 'merged' }),
    ];
    expect(countByStatus(os)).toEqual([
      { status: 'merged', count: 2 },
      { status: 'in-review', count: 1 },
      { status: 'discussed', count: 1 },
    ]);
    expect(statusSummary(os)).toBe('2 merged, 1 in review, 1 discussed');
  });
});
