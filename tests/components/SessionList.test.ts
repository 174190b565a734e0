import { describe, expect, it } from 'vitest';
import SessionList from '../../src/components/SessionList.astro';
import { archive, links, render, text } from './render.ts';

describe('SessionList', () => {
  it('shows each session with its speakers, time, topics and links', async () => {
    const html = await render(SessionList, { sessions: archive.sessionsOfYear('2023') });
    const items = html.querySelectorAll('li[data-session]');
    expect(items.map((li) => li.getAttribute('data-session'))).toEqual(['2023/posted-msi', '2023/untimed']);
    const first = items[0]!;
    expect(first.id).toBe('session-2023-posted-msi');
    expect(text(first.querySelector('h3')!)).toBe('Posted MSI');
    expect(text(first.querySelector('.meta')!)).toBe('15 November 2023, 10:30 · Jörg Rödel and Eric Auger');
    expect(links(first)).toEqual([
      ['Posted MSI', '/years/2023/posted-msi/'],
      ['Jörg Rödel', '/people/joerg-roedel/'],
      ['Eric Auger', '/people/eric-auger/'],
      ['SVA', '/topics/sva/'],
      ['Slides', 'https://lpc.events/slides.pdf'],
      ['Video recording', 'https://youtu.be/x'],
    ]);
  });

  it('says when the speaker is not named and the title was never published', async () => {
    const html = await render(SessionList, { sessions: [archive.session('2023/untimed')] });
    expect(text(html)).toContain('Speaker not named');
    expect(text(html)).toContain('Title not published; described by its subject.');
  });

  it('fits the page outline with level 4 titles and can name the year of an untimed session', async () => {
    const html = await render(SessionList, {
      sessions: [archive.session('2023/posted-msi'), archive.session('2023/untimed')],
      level: 4,
      showYear: true,
    });
    expect(html.querySelector('h3')).toBeNull();
    expect(text(html.querySelector('h4')!)).toBe('Posted MSI');
    const metas = html.querySelectorAll('.meta').map(text);
    expect(metas[0]).toMatch(/^15 November 2023, 10:30 · Jörg Rödel/);
    expect(metas[1]).toMatch(/^2023 · /);
  });

  it("names the page's own person without a link to the page", async () => {
    const html = await render(SessionList, {
      sessions: [archive.session('2023/posted-msi')],
      currentPerson: 'joerg-roedel',
    });
    const hrefs = links(html).map(([, h]) => h);
    expect(hrefs).not.toContain('/people/joerg-roedel/');
    expect(hrefs).toContain('/people/eric-auger/');
    expect(text(html.querySelector('.meta')!)).toContain('Jörg Rödel and Eric Auger');
  });
});
