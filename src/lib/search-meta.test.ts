import { describe, expect, it } from 'vitest';
import { searchTags } from './search-meta.ts';

describe('search tags of a page', () => {
  it('turn a session into filters, result meta and a sort key', () => {
    expect(
      searchTags(
        {
          kind: 'session',
          years: ['2023'],
          areas: ['iommu', 'pci'],
          topics: ['irq-domains'],
          meta: { recording: undefined },
        },
        (id) => id.toUpperCase(),
      ),
    ).toEqual({
      filters: ['kind:session', 'year:2023', 'area:iommu', 'area:pci', 'topic:irq-domains'],
      meta: ['kind:Session', 'year:2023', 'areas:IOMMU · PCI'],
      sort: 'year:2023',
    });
  });

  it('keep a value on one line and sort entries without a year last', () => {
    const t = searchTags({ kind: 'recording', meta: { note: 'two\n lines' } });
    expect(t.meta).toEqual(['kind:Recording', 'note:two lines']);
    expect(t.sort).toBe('year:0000');
  });

  it('sort a person by their newest year', () => {
    expect(searchTags({ kind: 'person', years: ['2019', '2024', '2022'] }).sort).toBe('year:2024');
  });
});
