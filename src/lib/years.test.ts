import { describe, expect, it } from 'vitest';
import { yearOutline } from './years.ts';

describe('the year page outline', () => {
  it('puts the programme and outcomes before the story, reference material after it', () => {
    const outline = yearOutline([{ depth: 2, slug: 'how-it-went', text: 'How it went' }]);
    expect(outline.map((s) => s.slug)).toEqual([
      'sessions',
      'outcomes',
      'how-it-went',
      'topics-proposed',
      'recordings',
      'leads',
    ]);
  });
});
