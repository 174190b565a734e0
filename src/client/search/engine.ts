/**
 * Pagefind, loaded once from the index the build wrote (dist/pagefind/), with the options
 * that make kernel searches work: exact terms first, short excerpts, highlight links.
 */

import { acronymExcerpt, resultUrl } from '../../lib/search-state';
import type { SearchParts } from '../../lib/search-parts';

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface ResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text. */
  content: string;
  meta: Record<string, string>;
  sub_results: SubResult[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts of each filter value among these results. */
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, o: Record<string, unknown>): Promise<void>;
  search(
    term: string | null,
    opts?: { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(term: string): Promise<void>;
}

/** The query parameter that carries search terms to the page a result opens. */
export const HIGHLIGHT_PARAM = 'highlight';

let pagefind: Promise<Pagefind> | undefined;

const OPTIONS = {
  // The archive's index is small: searching on the main thread saves the worker's 12 KB.
  noWorker: true,
  highlightParam: HIGHLIGHT_PARAM,
  excerptLength: 22,
  // Identifiers such as CONFIG_IOMMUFD or vfio_pci_core should rank exact hits first.
  ranking: { termSimilarity: 2.5, termSaturation: 1.2, pageLength: 0.6 },
};
const { noWorker: _, ...PART_OPTIONS } = OPTIONS;
let countsLoaded = false;

const NO_PARTS: SearchParts = { parts: [], hidden: [] };

/** Pagefind, with the pages only the index needs (each part's dictionary) left out of results. */
function withoutHidden(pf: Pagefind, hidden: Set<string>): Pagefind {
  return {
    options: (o) => pf.options(o),
    init: () => pf.init(),
    mergeIndex: (url, o) => pf.mergeIndex(url, o),
    filters: () => pf.filters(),
    preload: (term) => pf.preload(term),
    search: async (term, opts) => {
      const res = await pf.search(term, opts);
      return res && { ...res, results: res.results.filter((r) => !hidden.has(r.id)) };
    },
  };
}

/** Where the index lives, written on <html data-search-bundle> by the layout. */
export const bundleUrl = () => document.documentElement.dataset.searchBundle ?? '/pagefind/';

/**
 * Loads Pagefind once. `withCounts` also loads every filter's index, which search responses
 * need before they count filter values (the search page does; the quick search does not).
 */
export async function loadPagefind({ withCounts = false } = {}): Promise<Pagefind> {
  pagefind ??= (async () => {
    const bundle = bundleUrl();
    // Fetched beside the code, not after it: a large archive's index comes in parts
    // (src/lib/search-parts.ts), each merged into the main one.
    const [pf, { parts, hidden }] = await Promise.all([
      import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>,
      fetch(`${bundle}parts.json`).then((r) => (r.ok ? (r.json() as Promise<SearchParts>) : NO_PARTS)),
    ]);
    await pf.options(OPTIONS);
    // A part takes the main index's options too, or it would rank and cut excerpts otherwise.
    await Promise.all([pf.init(), ...parts.map((p) => pf.mergeIndex(`${bundle}${p}`, PART_OPTIONS))]);
    return hidden.length ? withoutHidden(pf, new Set(hidden)) : pf;
  })();
  pagefind.catch(() => (pagefind = undefined));
  const pf = await pagefind;
  if (withCounts && !countsLoaded) {
    await pf.filters();
    countsLoaded = true;
  }
  return pf;
}

/** What a result line shows, read from the meta the page carries (src/lib/search-meta.ts). */
export interface ResultView {
  url: string;
  title: string;
  kind?: string;
  year?: string;
  areas?: string;
  status?: string;
  recording?: string;
  recordingKind?: string;
  excerpt: string;
  subResults: SubResult[];
}

/** `acronyms`: those of the query, whose mentions the excerpt shows instead of Pagefind's. */
export async function resultViews(results: PagefindResult[], acronyms: string[] = []): Promise<ResultView[]> {
  const data = await Promise.all(results.map((r) => r.data()));
  return data.map((d) => ({
    url: resultUrl(d.url, d.meta.url),
    title: d.meta.title ?? d.url,
    kind: d.meta.kind,
    year: d.meta.year,
    areas: d.meta.areas,
    status: d.meta.status,
    recording: d.meta.recording,
    recordingKind: d.meta.recordingKind,
    excerpt: (acronyms.length && acronymExcerpt(d.content, acronyms)) || d.excerpt,
    // The first sub-result usually repeats the page itself; a record's names its meta url.
    subResults: d.sub_results
      .filter((s) => s.url !== d.url && s.url !== d.meta.url && s.url.includes('#'))
      .slice(0, 3),
  }));
}

/**
 * Puts an excerpt into an element as text, keeping only Pagefind's <mark> highlights: content
 * is never parsed as HTML, so a hostile string in the archive stays text in results.
 */
export function setExcerpt(el: HTMLElement, excerpt: string): void {
  const doc = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
  el.replaceChildren();
  for (const node of doc.body.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      el.append(mark);
    } else {
      el.append(document.createTextNode(node.textContent ?? ''));
    }
  }
}

export const SEARCH_UNAVAILABLE = import.meta.env?.DEV
  ? 'Search needs the index that the build makes: run "npm run build" and then "npm run preview".'
  : 'The search index could not be loaded. Reload the page, or browse by topic or year.';

/** "1 result", "15 results". */
export const resultCount = (n: number) => `${n} result${n === 1 ? '' : 's'}`;

/** What to try when a search finds nothing. */
export const noResultsHint = (filtered: boolean) =>
  filtered
    ? 'Try removing a filter, fewer or shorter words, or browse the topics.'
    : 'Try fewer or shorter words or another spelling, or browse the topics.';
