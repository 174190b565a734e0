/**
 * Naming and outline of year pages, shared by the page, the timeline and the tests.
 */
import type { TocItem } from './toc.ts';

export const yearTitle = (year: string | number) => `VFIO/IOMMU/PCI MC ${year}`;

const section = (slug: string, text: string): TocItem => ({ depth: 2, slug, text });

/**
 * A year page's outline: the programme and what came of it first, then the editor's story of
 * the edition (its own headings), then the reference material.
 */
export const yearOutline = (story: TocItem[]): TocItem[] => [
  section('sessions', 'Programme'),
  section('outcomes', 'Outcomes'),
  ...story,
  section('topics-proposed', 'Topics proposed'),
  section('recordings', 'Recordings'),
  section('leads', 'Leads and notes'),
];
