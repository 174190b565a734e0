import { describe, expect, it } from 'vitest';
import { assignParts, documentWords } from './search-parts.ts';

describe('the parts of a large index', () => {
  it('deals documents so each part holds every run of years, newest to the first part', () => {
    const years = ['2019', '2025', '2019', '2023', '2025', '0000', '2023'];
    const parts = assignParts(years, 3);
    // Newest first: 2025 2025 2023 2023 2019 2019 0000, dealt from the oldest backwards.
    const order = [1, 4, 3, 6, 0, 2, 5];
    expect(order.map((i) => parts[i])).toEqual([2, 0, 1, 2, 0, 1, 2]);
    expect(assignParts(years, 1)).toEqual(years.map(() => 0));
  });

  it('reads the words of a document as text, not its tags', () => {
    expect([...documentWords('<p data-x="hidden">Live <b>migration</b>\nof VFIO</p>')]).toEqual([
      'live',
      'migration',
      'of',
      'vfio',
    ]);
  });
});
