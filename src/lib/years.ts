/**
 * Naming and outline of year pages, shared by the page, the timeline and the tests.
 */
import type { TocItem } from './toc.ts';

export const yearTitle = (year: string | number) => `VFIO/IOMMU/PCI MC ${year}`;

/** Generated sections of a year page, in order, with stable anchors. */
export const yearSections: TocItem[] = [
  { depth: 2, slug: 'leads', text: 'Leads' },
  { depth: 2, slug: 'topics-proposed', text: 'Topics proposed' },
  { depth: 2, slug: 'sessions', text: 'Sessions' },
  { depth: 2, slug: 'outcomes', text: 'Outcomes' },
  { depth: 2, slug: 'recordings', text: 'Recordings' },
];
