/**
 * Browser measurements with playwright-core and Debian's Chromium on a built site served on
 * 127.0.0.1 (gzip as a static host): first-load bytes per page kind, and search as a reader
 * meets it (bytes and time to the first results, a refined query, the /search/ page).
 * Every page load starts in a fresh browser context, so nothing comes from the cache.
 */
import type { Browser } from 'playwright-core';
import { serveSite } from './serve.ts';
import type {
  PageKinds,
  PageLoad,
  QuickSearch,
  SearchPageTiming,
  SearchPlan,
  SearchResult,
  SiteBrowserResult,
} from './types.ts';
import { asError, fresh, launchChromium } from './browser/context.ts';
import { ourSearchPage, quickSearch } from './browser/search.ts';

async function loadPage(browser: Browser, origin: string, path: string): Promise<PageLoad> {
  const { context, page, t } = await fresh(browser, origin);
  try {
    const res = await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    if (!res || res.status() !== 200) throw new Error(`${path} answered ${res?.status()}`);
    const inlineScriptBytes = await page.evaluate(() =>
      [...document.scripts].filter((s) => !s.src).reduce((n, s) => n + (s.textContent?.length ?? 0), 0),
    );
    const { byKind: _, ...b } = await t.bytesSince(0);
    return { ...b, path, inlineScriptBytes };
  } finally {
    await context.close();
  }
}

export const launch = launchChromium;

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
