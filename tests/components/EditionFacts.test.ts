import { describe, expect, it } from 'vitest';
import EditionFacts from '../../src/components/EditionFacts.astro';
import { year } from '../records.ts';
import { links, render, text } from './render.ts';

const edition = (e: Record<string, unknown>) =>
  year('2023', { edition: { name: 'LPC 2023', sources: ['https://lpc.events/event/17/'], ...e } }).data
    .edition;

/** The facts as "term: description" lines. */
async function facts(e: Record<string, unknown>) {
  const html = await render(EditionFacts, { edition: edition(e) });
  const dts = html.querySelectorAll('dt').map(text);
  return { html, lines: dts.map((dt, i) => `${dt}: ${text(html.querySelectorAll('dd')[i]!)}`) };
}

describe('EditionFacts', () => {
  it('shows when and where the conference was, the MC day and the official pages', async () => {
    const { html, lines } = await facts({
      eventUrl: 'https://lpc.events/event/17/',
      start: '2023-11-13',
      end: '2023-11-15',
      city: 'Richmond, VA, USA',
      venue: 'Omni Hotel',
      format: 'hybrid',
      mcDate: '2023-11-15',
      mcPageUrl: 'https://lpc.events/event/17/sessions/1/',
      timeZone: 'America/New_York',
    });
    expect(lines).toEqual([
      'Conference: LPC 2023, 13–15 November 2023',
      'Where: Richmond, VA, USA, Omni Hotel · In person and online',
      'The MC: 15 November 2023',
      "Official pages: The MC's page",
      'Times shown in: America/New_York',
      'Sources: lpc.events/event/17',
    ]);
    expect(links(html)[0]).toEqual(['LPC 2023', 'https://lpc.events/event/17/']);
  });

  it('says "Online" once for an edition held online, and leaves out what is not known', async () => {
    const { lines } = await facts({ format: 'virtual' });
    expect(lines).toEqual(['Conference: LPC 2023', 'Where: Online', 'Sources: lpc.events/event/17']);
  });

  it('says the place is not known when no source gives it', async () => {
    const { lines } = await facts({});
    expect(lines[1]).toBe('Where: Not known');
  });
});
