/**
 * Browser measurements with playwright-core and Debian's Chromium on a built site served on
 * 127.0.0.1 (gzip as a static host): first-load bytes per page kind, and search as a reader
 * meets it (bytes and time to the first results, a refined query, the /search/ page).
 * Every page load starts in a fresh browser context, so nothing comes from the cache.
 */
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { serveSite } from './serve.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

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
  requests: number;
  /** From focusing the box (first search) or the first added keystroke (refined) to results. */
  msToResults: number;
  /** From the last keystroke to visible results: includes the box's 120 ms debounce. */
  msAfterLastKey: number;
}

export interface SearchPageTiming {
  path: string;
  bytes: number;
  requests: number;
  /** From navigation start to the first visible result. */
  msToResults: number;
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

const TIMEOUT_MS = 30_000;
/** A fast typist, ~12 keys a second: keys come faster than the box's 120 ms debounce, so it searches once, after the last key. */
const KEY_DELAY_MS = 80;

function tracker(context: BrowserContext, origin: string) {
  const seen: Request[] = [];
  context.on('requestfinished', (r) => {
    if (r.url().startsWith(origin)) seen.push(r);
  });
  return {
    mark: () => seen.length,
    async bytesSince(from: number): Promise<Bytes & { inlineScriptBytes: number }> {
      const b = { html: 0, css: 0, js: 0, other: 0, total: 0, jsFiles: 0, requests: 0, inlineScriptBytes: 0 };
      for (const r of seen.slice(from)) {
        const size = (await r.sizes()).responseBodySize;
        const type = r.resourceType();
        if (type === 'document') b.html += size;
        else if (type === 'stylesheet') b.css += size;
        else if (type === 'script') {
          b.js += size;
          b.jsFiles++;
        } else b.other += size;
        b.total += size;
        b.requests++;
      }
      return b;
    },
  };
}

async function fresh(browser: Browser, origin: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(TIMEOUT_MS);
  const t = tracker(context, origin);
  const page = await context.newPage();
  return { context, page, t };
}

async function loadPage(browser: Browser, origin: string, path: string): Promise<PageLoad> {
  const { context, page, t } = await fresh(browser, origin);
  try {
    const res = await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    if (!res || res.status() !== 200) throw new Error(`${path} answered ${res?.status()}`);
    const inlineScriptBytes = await page.evaluate(() =>
      [...document.scripts].filter((s) => !s.src).reduce((n, s) => n + (s.textContent?.length ?? 0), 0),
    );
    const b = await t.bytesSince(0);
    return { ...b, path, inlineScriptBytes };
  } finally {
    await context.close();
  }
}

/** How to reach a site's search box, and how to tell that results for a query are on screen. */
interface SearchUi {
  /** Focuses the search input (clicking what has to be clicked first). */
  open(page: Page): Promise<void>;
  /**
   * Runs in the page (self-contained, serialised by Playwright): the time once results for
   * exactly `q` are visible, else false. Checking the query, not just "some result", matters:
   * results of a prefix ("iommuf") may be on screen when the last key lands.
   */
  shownAt: (q: string) => number | false;
}

const UIS: Record<SearchPlan['ui'], SearchUi> = {
  // Focusing the header box loads the search code and starts loading the index. The list ends
  // with an option "All N results for “q”".
  ours: {
    open: (page) => page.focus('#site-search'),
    shownAt: (q) => {
      const list = document.getElementById('site-search-results');
      const ok =
        !!list &&
        !list.hidden &&
        [...list.querySelectorAll('[role="option"]')].some((o) =>
          (o.textContent ?? '').includes(`for “${q}”`),
        );
      return ok && performance.now();
    },
  },
  // Starlight: a button opens a dialog with Pagefind UI, which says "N results for q" (N as "9,089").
  starlight: {
    async open(page) {
      await page.click('button[data-open-modal]');
      const input = page.locator('.pagefind-ui__search-input');
      await input.waitFor({ state: 'visible' });
      await input.focus();
    },
    shownAt: (q) => {
      const message = (document.querySelector('.pagefind-ui__message')?.textContent ?? '').trim();
      const result = document.querySelector<HTMLElement>('.pagefind-ui__result');
      const ok =
        /^[\d,.\s]+ results? for /.test(message) &&
        message.endsWith(` for ${q}`) &&
        !!result &&
        result.offsetParent !== null;
      return ok && performance.now();
    },
  },
};

export interface QuickSearch {
  /** The whole query at once (pasted or typed very fast) on a cold page: time from focusing the box. */
  cold: SearchTiming;
  /** The query typed at KEY_DELAY_MS a key, index warming meanwhile: time after the last key. */
  typed: SearchTiming;
  /** More words typed after the first results: new bytes and time after the last key. */
  refined: SearchTiming;
}

/**
 * Times are taken inside the page (performance.now()), so they do not include the round trips
 * between the bench and the browser: the first click or focus, the last `input` event, and the
 * animation frame in which a (new) result is first rendered.
 */
const INSTRUMENT = `
  window.__bench = { start: 0, lastInput: 0, inputs: [] };
  const first = () => { if (!window.__bench.start) window.__bench.start = performance.now(); };
  document.addEventListener('pointerdown', first, true);
  document.addEventListener('focusin', first, true);
  document.addEventListener('input', () => { window.__bench.lastInput = performance.now(); window.__bench.inputs.push(window.__bench.lastInput); }, true);
`;

interface Clock {
  start: number;
  lastInput: number;
  inputs: number[];
}

const keyGap = (times: number[]) => {
  const gaps = times
    .slice(1)
    .map((x, i) => x - times[i]!)
    .sort((a, b) => a - b);
  return gaps.length ? gaps[Math.floor(gaps.length / 2)] : undefined;
};

/** Resolves in the first animation frame in which results for `q` are shown; returns that time. */
async function resultsAt(page: Page, ui: SearchUi, q: string): Promise<number> {
  const handle = await page.waitForFunction(ui.shownAt, q, { polling: 'raf', timeout: TIMEOUT_MS });
  return (await handle.jsonValue()) as number;
}

/** Types like a person: one key at a time, `delay` ms apart (0: as fast as the browser takes them). */
async function typeKeys(page: Page, text: string, delay: number): Promise<void> {
  for (let i = 0; i < text.length; i++) {
    await page.keyboard.type(text[i]!);
    if (delay && i < text.length - 1) await page.waitForTimeout(delay);
  }
}

async function quickSearch(
  browser: Browser,
  origin: string,
  from: string,
  plan: SearchPlan,
): Promise<QuickSearch> {
  const ui = UIS[plan.ui];
  const run = async (delay: number, refine: boolean) => {
    const { context, page, t } = await fresh(browser, origin);
    try {
      await page.goto(`${origin}${from}`, { waitUntil: 'networkidle' });
      await page.evaluate(INSTRUMENT);
      const m0 = t.mark();
      await ui.open(page);
      await typeKeys(page, plan.first, delay);
      const done = await resultsAt(page, ui, plan.first);
      const clock = (await page.evaluate('window.__bench')) as Clock;
      const b = await t.bytesSince(m0);
      const first: SearchTiming = {
        query: plan.first,
        bytes: b.total,
        requests: b.requests,
        msToResults: done - clock.start,
        msAfterLastKey: done - clock.lastInput,
        keyGapMs: keyGap(clock.inputs),
      };
      if (!refine) return { first };
      const m1 = t.mark();
      const before = (await page.evaluate('performance.now()')) as number;
      const typedBefore = clock.inputs.length;
      await typeKeys(page, plan.refine, delay);
      const done2 = await resultsAt(page, ui, plan.first + plan.refine);
      const clock2 = (await page.evaluate('window.__bench')) as Clock;
      const b2 = await t.bytesSince(m1);
      return {
        first,
        refined: {
          query: plan.first + plan.refine,
          bytes: b2.total,
          requests: b2.requests,
          msToResults: done2 - before,
          msAfterLastKey: done2 - clock2.lastInput,
          keyGapMs: keyGap(clock2.inputs.slice(typedBefore)),
        },
      };
    } finally {
      await context.close();
    }
  };
  const cold = (await run(0, false)).first;
  const typedRun = await run(KEY_DELAY_MS, true);
  return { cold, typed: typedRun.first, refined: typedRun.refined! };
}

async function ourSearchPage(
  browser: Browser,
  origin: string,
  path: string,
  query: string,
): Promise<SearchPageTiming> {
  const { context, page, t } = await fresh(browser, origin);
  try {
    const url = `${path}?q=${encodeURIComponent(query)}`;
    await page.goto(`${origin}${url}`, { waitUntil: 'commit' });
    // performance.now() counts from the navigation's start: the time a reader waits for results.
    const handle = await page.waitForFunction(
      () => {
        const a = document.querySelector<HTMLElement>('.result-title a');
        return !!a && a.offsetParent !== null && performance.now();
      },
      undefined,
      { polling: 'raf', timeout: TIMEOUT_MS },
    );
    const done = (await handle.jsonValue()) as number;
    await page.waitForLoadState('networkidle');
    const b = await t.bytesSince(0);
    return { path: url, bytes: b.total, requests: b.requests, msToResults: done };
  } finally {
    await context.close();
  }
}

const asError = (e: unknown) => ({ error: e instanceof Error ? e.message.split('\n')[0]! : String(e) });

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Serves `dir` and measures it; the caller owns the browser. */
export async function measureSite(
  browser: Browser,
  dir: string,
  kinds: PageKinds,
  plans: SearchPlan[] = [],
): Promise<SiteBrowserResult> {
  const server = await serveSite(dir);
  try {
    const result: SiteBrowserResult = { pages: {}, searches: [] };
    for (const [kind, p] of Object.entries(kinds)) {
      result.pages[kind] = await loadPage(browser, server.origin, p).catch((e: unknown) => ({
        path: p,
        ...asError(e),
      }));
    }
    const from = kinds.session ?? kinds.home ?? '/';
    for (const plan of plans) {
      // Three rounds, each in fresh contexts; the round with the median cold time is kept whole,
      // so bytes and times in the report come from one consistent run.
      const entry: SearchResult = { plan, quickSearch: { error: 'not run' } };
      try {
        const runs: QuickSearch[] = [];
        for (let i = 0; i < 3; i++) runs.push(await quickSearch(browser, server.origin, from, plan));
        runs.sort((a, b) => a.cold.msToResults - b.cold.msToResults);
        entry.quickSearch = runs[1]!;
      } catch (e) {
        entry.quickSearch = asError(e);
      }
      if (plan.ui === 'ours' && kinds.search) {
        try {
          const pages: SearchPageTiming[] = [];
          for (let i = 0; i < 3; i++)
            pages.push(await ourSearchPage(browser, server.origin, kinds.search, plan.first));
          pages.sort((a, b) => a.msToResults - b.msToResults);
          entry.searchPage = pages[1]!;
        } catch (e) {
          entry.searchPage = asError(e);
        }
      }
      result.searches.push(entry);
    }
    return result;
  } finally {
    await server.close();
  }
}
