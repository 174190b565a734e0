import { describe, expect, it } from 'vitest';
import SearchTags from '../../src/components/SearchTags.astro';
import { archive, render } from './render.ts';

const attrs = (html: Awaited<ReturnType<typeof render>>, name: string) =>
  html.querySelectorAll(`[${name}]`).map((e) => e.getAttribute(name));

describe('SearchTags', () => {
  it('gives search a page’s filters and the result line its labels, areas by their titles', async () => {
    const session = archive.session('2023/posted-msi');
    const html = await render(SearchTags, {
      facts: { kind: 'session', years: ['2023'], areas: ['pci'], topics: ['sva'] },
      areas: session.areas,
    });
    expect(html.querySelector('div')!.hasAttribute('hidden')).toBe(true);
    expect(attrs(html, 'data-pagefind-filter')).toEqual([
      'kind:session',
      'year:2023',
      'area:pci',
      'topic:sva',
    ]);
    expect(attrs(html, 'data-pagefind-meta')).toEqual(['kind:Session', 'year:2023', 'areas:PCI']);
    expect(attrs(html, 'data-pagefind-sort')).toEqual(['year:2023']);
  });

  it('sorts a page without a year last and carries its status', async () => {
    const html = await render(SearchTags, {
      facts: { kind: 'outcome', status: 'merged', meta: { status: 'Merged' } },
    });
    expect(attrs(html, 'data-pagefind-filter')).toEqual(['kind:outcome', 'status:merged']);
    expect(attrs(html, 'data-pagefind-meta')).toEqual(['kind:Outcome', 'status:Merged']);
    expect(attrs(html, 'data-pagefind-sort')).toEqual(['year:0000']);
  });

  it('names the missing area instead of printing an id it cannot label', async () => {
    await expect(render(SearchTags, { facts: { kind: 'area', areas: ['vfio'] }, areas: [] })).rejects.toThrow(
      /No area among those passed to SearchTags with id "vfio"/,
    );
  });
});
