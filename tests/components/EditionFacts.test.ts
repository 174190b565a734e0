import { describe, expect, it } from 'vitest';
import EditionFacts from '../../src/components/EditionFacts.astro';
import { archive } from './render.ts';
import { year } from '../records.ts';
import { links, render, text } from './render.ts';

const edition = (e: Record<string, unknown>) =>
  year('2023', { edition: { name: 'LPC 2023', sources: ['https://lpc.events/event/17/'], ...e } }).data
    .edition;

/** The facts as "term: description" lines. */
async function facts(e: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const html = await render(EditionFacts, { edition: edition(e), ...extra });
  const dts = html.querySelectorAll('dt').map(text);
  return { html, lines: dts.map((dt, i) => `${dt}: ${text(html.querySelectorAll('dd')[i]!)}`) };
}

describe('EditionFacts', () => {
  it('gives the MC day and slot, the place, the leads and the links in a few lines', async () => {
    const { html, lines } = await facts(
      {
        eventUrl: 'https://lpc.events/event/17/',
        start: '2023-11-13',
        end: '2023-11-15',
        city: 'Richmond, VA, USA',
        venue: 'Omni Hotel',
        format: 'hybrid',
        mcDate: '2023-11-15',
        mcSlot: 'Room A',
        mcPageUrl: 'https://lpc.events/event/17/sessions/1/',
      },
      {
        leads: [archive.person('joerg-roedel')],
        leadsProbable: true,
        recording: { url: 'https://youtu.be/x', label: 'Video of the MC' },
        notes: 'leads',
      },
    );
    expect(lines).toEqual([
      'When: 15 November 2023 · Room A',
      'Where: Richmond, VA, USA, Omni Hotel · In person and online',
      'Leads: Jörg Rödel (probable)',
      "Links: The MC's pageVideo of the MCLPC 2023 (13–15 November 2023)",
    ]);
    expect(links(html)).toEqual([
      ['Jörg Rödel', '/people/joerg-roedel/'],
      ["The MC's page", 'https://lpc.events/event/17/sessions/1/'],
      ['Video of the MC', 'https://youtu.be/x'],
      ['LPC 2023', 'https://lpc.events/event/17/'],
      ['lpc.events/event/17', 'https://lpc.events/event/17/'],
      ['notes on these facts', '#leads'],
    ]);
  });

  it('says "Online" once for an edition held online, and leaves out what is not known', async () => {
    const { lines } = await facts({ format: 'virtual' });
    expect(lines).toEqual(['Where: Online', 'Links: LPC 2023']);
  });

  it('leaves the place out when no source gives it, instead of saying it is unknown', async () => {
    const { html, lines } = await facts({});
    expect(lines).toEqual(['Links: LPC 2023']);
    expect(text(html)).not.toMatch(/not known/i);
  });
});
