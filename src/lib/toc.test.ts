import { describe, expect, it } from 'vitest';
import { tocItems } from './toc.ts';

const h = (depth: number, text: string) => ({ depth, slug: text.toLowerCase(), text });

describe('table of contents', () => {
  it('lists second- and third-level headings of a long page', () => {
    expect(
      tocItems([h(1, 'Title'), h(2, 'A'), h(3, 'A1'), h(2, 'B'), h(4, 'deep'), h(2, 'C')]).map((i) => i.text),
    ).toEqual(['A', 'A1', 'B', 'C']);
  });

  it('gives a short page none', () => {
    expect(tocItems([h(2, 'A'), h(2, 'B')])).toEqual([]);
  });
});
