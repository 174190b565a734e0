import { describe, expect, it } from 'vitest';
import OutcomeFilters from '../../src/components/OutcomeFilters.astro';
import OriginKey from '../../src/components/OriginKey.astro';
import { outcomeLists } from '../../src/lib/outcomes.ts';
import { archive, links, render, text } from './render.ts';

describe('OutcomeFilters', () => {
  it('links every status, year and area view with its count and marks the one shown', async () => {
    const view = outcomeLists(archive).find((l) => l.filter === 'status' && l.id === 'merged')!;
    const html = await render(OutcomeFilters, { links: view.props.links, filtered: true });
    expect(html.querySelectorAll('dt').map(text)).toEqual(['Status', 'Year', 'Area']);
    expect(links(html)).toEqual([
      ['Merged 1', '/outcomes/status/merged/'],
      ['Discussed 1', '/outcomes/status/discussed/'],
      ['2023 2', '/outcomes/2023/'],
      ['IOMMU 1', '/outcomes/area/iommu/'],
      ['PCI 1', '/outcomes/area/pci/'],
      ['All outcomes', '/outcomes/'],
    ]);
    expect(html.querySelectorAll('[aria-current="page"]').map(text)).toEqual(['Merged 1']);
  });
});

describe('OriginKey', () => {
  it('explains each origin mark the list uses, once', async () => {
    const html = await render(OriginKey, { outcomes: archive.outcomes });
    expect(text(html)).toBe(
      "Unless marked, an outcome is on the MC's official list of results, published with a later year's MC proposal. Marked “from a participant's mail”: recorded in a speaker's or participant's own mail or account.",
    );
  });
});
