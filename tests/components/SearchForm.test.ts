import { describe, expect, it } from 'vitest';
import SearchForm from '../../src/components/SearchForm.astro';
import { render, text } from './render.ts';

describe('SearchForm', () => {
  it('is a labelled search box that opens the search page, with no JavaScript', async () => {
    const html = await render(SearchForm, {
      id: 'home-search',
      label: 'Search every year',
      placeholder: 'e.g. iommufd',
    });
    const form = html.querySelector('form[role="search"]')!;
    expect(form.getAttribute('action')).toBe('/search/');
    expect(form.getAttribute('method')).toBe('get');
    expect(text(html.querySelector('label[for="home-search"]')!)).toBe('Search every year');
    const input = html.querySelector('input#home-search')!;
    expect(input.getAttribute('name')).toBe('q');
    expect(input.getAttribute('type')).toBe('search');
    expect(input.hasAttribute('aria-keyshortcuts')).toBe(false);
    expect(text(html.querySelector('button[type="submit"]')!)).toBe('Search');
  });

  it('in the header: the label is for screen readers only and the box announces Ctrl/Cmd+K', async () => {
    const html = await render(SearchForm, {
      id: 'site-search',
      label: 'Search the archive',
      hideLabel: true,
      placeholder: 'Search (Ctrl+K)',
      size: 'compact',
      shortcut: true,
    });
    expect(html.querySelector('label')!.classList.contains('visually-hidden')).toBe(true);
    expect(html.querySelector('input')!.getAttribute('aria-keyshortcuts')).toBe('Control+K Meta+K');
  });

  it('reads its help line with the box', async () => {
    const html = await render(SearchForm, {
      id: 'search-q',
      label: 'Search the archive',
      placeholder: 'e.g. iommufd',
      help: 'Filters work with or without words.',
    });
    expect(html.querySelector('input')!.getAttribute('aria-describedby')).toBe('search-q-help');
    expect(text(html.querySelector('#search-q-help')!)).toBe('Filters work with or without words.');
  });
});
