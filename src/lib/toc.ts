/**
 * The on-page table of contents: second-level headings from the MDX body and from the
 * generated sections, in page order. Short pages get none (it would only repeat the page).
 */
export interface TocItem {
  depth: number;
  slug: string;
  text: string;
}

/** A table of contents helps from this many sections on. */
export const TOC_MIN_ITEMS = 3;

export function tocItems(headings: TocItem[], maxDepth = 3): TocItem[] {
  const items = headings.filter((h) => h.depth >= 2 && h.depth <= maxDepth);
  return items.length >= TOC_MIN_ITEMS ? items : [];
}
