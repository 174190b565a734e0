import { describe, expect, it } from 'vitest';
import MoreInSearch from '../../src/components/MoreInSearch.astro';
import { searchFor } from '../../src/lib/search-state.ts';
import { render, text } from './render.ts';

describe('MoreInSearch', () => {
  it('says how many items a list leaves out and links to the search that lists them', async () => {
    const html = await render(MoreInSearch, {
      hidden: 3,
      noun: 'outcome',
      search: searchFor('', { kind: 'outcome', status: 'merged' }),
    });
    expect(text(html)).toBe('3 more outcomes not listed here: search them all.');
    expect(html.querySelector('a')!.getAttribute('href')).toBe('/search/?kind=outcome&status=merged');
  });

  it('names several people as people, not persons', async () => {
    const html = await render(MoreInSearch, {
      hidden: 2,
      noun: 'person',
      nouns: 'people',
      search: searchFor('', { kind: 'person' }),
    });
    expect(text(html)).toBe('2 more people not listed here: search them all.');
  });

  it('says nothing when the list is whole', async () => {
    const html = await render(MoreInSearch, { hidden: 0, noun: 'session', search: searchFor('', {}) });
    expect(text(html)).toBe('');
  });
});
