/**
 * What the bench measures in the browser (bench/browser.ts, bench/browser/): bytes of each page
 * kind's first load and of searches, and search timings. Re-exported by bench/types.ts.
 */

/** Transfer sizes are gzip bodies as served; counts are files. */
export interface Bytes {
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
  jsFiles: number;
  requests: number;
}

export interface PageLoad extends Bytes {
  path: string;
  /** Bytes of inline <script> text in the HTML (counted inside `html`). */
  inlineScriptBytes: number;
}

export interface SearchTiming {
  query: string;
  /** Median gap between keystrokes as the page saw them (ms); round trips make it exceed the delay asked for. */
  keyGapMs?: number;
  /** Bytes transferred from the first interaction to visible results. */
  bytes: number;
  /** The same bytes by what they are (bench/browser/search-bytes.ts); absent in older results. */
  byKind?: SearchBytes;
  requests: number;
  /** From focusing the box (first search) or the first added keystroke (refined) to results. */
  msToResults: number;
  /** From the last keystroke to visible results: includes the box's 120 ms debounce. */
  msAfterLastKey: number;
}

/**
 * A search's transfer by what each file is. Pagefind fetches `code` and `pageLists` (one entry,
 * about ten bytes gzip, per indexed page and record) before any search, whatever the query; the
 * rest depends on the query.
 */
export interface SearchBytes {
  /** Our search bundle (/_search/), Pagefind's script and its WebAssembly. */
  code: number;
  /** Pagefind's entry file, parts.json and each part's page list (.pf_meta). */
  pageLists: number;
  /** Word index chunks (.pf_index). */
  words: number;
  /** Filter indexes (.pf_filter). */
  filters: number;
  /** The results' fragments (.pf_fragment). */
  fragments: number;
  /** Anything else (pages, stylesheets). */
  other: number;
}

export interface QuickSearch {
  /** The whole query at once (pasted or typed very fast) on a cold page: time from focusing the box. */
  cold: SearchTiming;
  /** The query typed a key at a time, index warming meanwhile: time after the last key. */
  typed: SearchTiming;
  /** More words typed after the first results: new bytes and time after the last key. */
  refined: SearchTiming;
}

export interface SearchPageTiming {
  path: string;
  bytes: number;
  requests: number;
  /** From navigation start to the first visible result. */
  msToResults: number;
}

export interface SearchPlan {
  /** What the site's search UI is. */
  ui: 'ours' | 'starlight';
  /**
   * "typical": a term found on roughly a tenth of the pages, like "iommufd" on the real site.
   * "broad": a term on most pages of the synthetic archive, the worst case for result counting.
   */
  label: 'typical' | 'broad';
  first: string;
  refine: string;
}

export interface SearchResult {
  plan: SearchPlan;
  quickSearch: QuickSearch | { error: string };
  searchPage?: SearchPageTiming | { error: string };
}

export interface SiteBrowserResult {
  pages: Record<string, PageLoad | { path: string; error: string }>;
  searches: SearchResult[];
}

/** A page kind to path map; absent kinds are not measured (e.g. Hugo has no search page). */
export type PageKinds = Partial<Record<'home' | 'year' | 'session' | 'topic' | 'search', string>>;

/** A built site the browser section measures. */
export interface BrowserSite {
  site: string;
  dir: string;
  kinds: PageKinds;
  plans?: SearchPlan[];
}
