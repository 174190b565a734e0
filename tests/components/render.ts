/**
 * Renders one component with the Container API and reads the result as a reader would: text
 * with whitespace collapsed, links by their text, and a small archive to take records from.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse, type HTMLElement } from 'node-html-parser';
import { buildArchive } from '../../src/lib/archive.ts';
import { outcome, person, recording, records, session, topic, year } from '../records.ts';

type Component = Parameters<AstroContainer['renderToString']>[0];

let container: AstroContainer | undefined;

export async function render(component: Component, props: Record<string, unknown>): Promise<HTMLElement> {
  container ??= await AstroContainer.create();
  return parse(await container.renderToString(component, { props }));
}

/** Text as read on the page: whitespace collapsed. */
export const text = (el: HTMLElement) => el.textContent.replace(/\s+/g, ' ').trim();

/** Every link as [text, href]. */
export const links = (el: HTMLElement) =>
  el.querySelectorAll('a').map((a) => [text(a), a.getAttribute('href')] as const);

export const archive = buildArchive(
  records({
    topics: [topic('sva', ['iommu'], 'SVA'), topic('cxl', ['pci'], 'CXL')],
    years: [
      year('2023', { edition: { name: 'LPC 2023', format: 'hybrid', sources: ['https://lpc.events/'] } }),
    ],
    people: [person('joerg-roedel', 'Jörg Rödel'), person('eric-auger', 'Eric Auger')],
    sessions: [
      session('2023/posted-msi', {
        title: 'Posted MSI',
        start: '2023-11-15T10:30',
        speakers: ['joerg-roedel', 'eric-auger'],
        topics: ['sva'],
        slidesUrl: 'https://lpc.events/slides.pdf',
      }),
      session('2023/untimed', { title: 'Untimed talk', titleSeen: false }),
    ],
    outcomes: [
      outcome('2023/landed', {
        title: 'Posted MSI merged',
        status: 'merged',
        areas: ['iommu'],
        topics: ['sva'],
        session: '2023/posted-msi',
        followUp: { kernelVersion: 'v6.10', link: 'https://lore.kernel.org/all/x/' },
      }),
      outcome('2023/talk', { title: 'Talked about CXL', origin: 'participant', topics: ['cxl'] }),
    ],
    recordings: [recording('2023/posted-msi-video', { year: 2023, session: '2023/posted-msi' })],
  }),
);
