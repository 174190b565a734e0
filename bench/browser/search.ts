/**
 * Search as a reader meets it: the header box (ours) or Starlight's dialog, cold and typed, a
 * refined query, and our /search/ page opened with a query.
 */
import type { Browser, Page } from 'playwright-core';
import type { QuickSearch, SearchPageTiming, SearchPlan, SearchTiming } from '../types.ts';
import { fresh, TIMEOUT_MS } from './context.ts';

/** A fast typist, ~12 keys a second: keys come faster than the box's 120 ms debounce, so it searches once, after the last key. */
const KEY_DELAY_MS = 80;

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

export async function quickSearch(
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
        byKind: b.byKind,
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
          byKind: b2.byKind,
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

export async function ourSearchPage(
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
