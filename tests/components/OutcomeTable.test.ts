import { describe, expect, it } from 'vitest';
import OutcomeTable from '../../src/components/OutcomeTable.astro';
import { archive, links, render, text } from './render.ts';

describe('OutcomeTable', () => {
  it('lists outcomes merged first, with areas, topics, status and follow-up', async () => {
    const html = await render(OutcomeTable, {
      outcomes: archive.outcomesOfYear('2023'),
      caption: 'Outcomes of 2023',
    });
    expect(text(html.querySelector('caption')!)).toBe('Outcomes of 2023');
    expect(html.querySelectorAll('thead th').map(text)).toEqual([
      'Outcome',
      'Area and topics',
      'Status',
      'Follow-up',
    ]);
    const rows = html.querySelectorAll('tbody tr');
    expect(rows.map((r) => text(r.querySelector('th')!))).toEqual([
      'Posted MSI merged',
      "Talked about CXL (from a participant's mail)",
    ]);
    expect(rows[0]!.querySelectorAll('th, td').map(text)).toEqual([
      'Posted MSI merged',
      'IOMMU, SVA',
      'Merged',
      'v6.10 lore.kernel.org',
    ]);
    expect(links(rows[0]!)).toEqual([
      ['Posted MSI merged', '/outcomes/2023/landed/'],
      ['IOMMU', '/topics/iommu/'],
      ['SVA', '/topics/sva/'],
      ['Merged', '/outcomes/status/merged/'],
      ['lore.kernel.org', 'https://lore.kernel.org/all/x/'],
    ]);
  });

  it('names the origin of outcomes from outside the official list and says when no follow-up is recorded', async () => {
    const html = await render(OutcomeTable, { outcomes: [archive.outcome('2023/talk')], caption: 'c' });
    const cells = html.querySelectorAll('tbody tr > *').map(text);
    expect(cells[0]).toBe("Talked about CXL (from a participant's mail)");
    expect(cells[2]).toBe('Discussed');
    expect(cells[3]).toBe('None recorded');
  });

  it('adds a year column when asked', async () => {
    const html = await render(OutcomeTable, {
      outcomes: [archive.outcome('2023/talk')],
      caption: 'c',
      showYear: true,
    });
    expect(html.querySelectorAll('thead th').map(text)[0]).toBe('Year');
    expect(text(html.querySelector('tbody td')!)).toBe('2023');
  });

  it('says "None recorded" when a follow-up holds only a note, as when there is none', async () => {
    const noted = {
      ...archive.outcome('2023/talk'),
      data: { ...archive.outcome('2023/talk').data, followUp: { note: 'Nothing posted.', otherLinks: [] } },
    };
    const html = await render(OutcomeTable, { outcomes: [noted], caption: 'c' });
    expect(text(html.querySelectorAll('tbody td').at(-1)!)).toBe('None recorded');
  });
});
