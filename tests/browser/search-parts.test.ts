/**
 * A large archive's search index comes in parts that the search code merges
 * (src/lib/search-parts.ts). The test site is small enough for one index, so here a copy of it
 * is indexed in three parts and searched in Chromium beside the built site: a reader must not
 * be able to tell them apart, in results, counts or the newest-first order of a filter-only
 * search.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { DIST, readDist, requireDist } from '../site/dist.ts';
import { serveDist, type DistServer } from '../site/server.ts';
import { readContent } from '../../src/lib/content-files.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { buildArchive } from '../../src/lib/archive.ts';
import { recordingRecords } from '../../src/lib/search-meta.ts';
import { indexedCount, indexSite } from '../../src/lib/search-index.ts';
import { PARTS_FILE, type SearchParts } from '../../src/lib/search-parts.ts';
import { preloadSearchPage } from '../../src/lib/search-preload.ts';
import { paths } from '../../src/lib/urls.ts';

const PARTS = 3;
const root = path.resolve(import.meta.dirname, '../..');
let copy: string;
let browser: Browser;
let whole: DistServer;
let split: DistServer;

beforeAll(async () => {
  requireDist();
  copy = mkdtempSync(path.join(os.tmpdir(), 'search-parts-'));
  cpSync(DIST, copy, { recursive: true, filter: (f) => !f.startsWith(path.join(DIST, 'pagefind')) });
  // The same records the build indexed (scripts/check-for-build.ts), on the test build's base.
  const records = recordingRecords(buildArchive(validateContent(readContent(root).entries).records), '/');
  const total = indexedCount(path.join(DIST, 'pagefind'));
  const index = await indexSite(copy, records, { perPart: Math.ceil(total / PARTS) });
  expect(index.entries).toBe(total);
  // The copied search page names the files of the one-piece index; these are the parts'.
  preloadSearchPage(copy, paths.pagefind);
  [whole, split, browser] = await Promise.all([serveDist(), serveDist(copy), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([whole?.close(), split?.close()]);
  if (copy) rmSync(copy, { recursive: true, force: true });
});

interface Seen {
  status: string;
  results: { url: string; year: string }[];
  counts: string[];
  problems: string[];
}

/** What a reader sees of a search on the search page, once its filter counts are in. */
async function searchPage(server: DistServer, query: string): Promise<Seen> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  try {
    await page.goto(`${server.origin}/search/${query}`);
    await page.waitForFunction(() =>
      /result/.test(document.querySelector('#search-status')?.textContent ?? ''),
    );
    // Counts come after the results; every value of every group has one once they are in.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.filters label .count')].every((c) => c.textContent !== ''),
    );
    const results = await page.locator('.result').evaluateAll((lis) =>
      lis.map((li) => ({
        url: li.querySelector<HTMLAnchorElement>('.result-title a')!.pathname,
        year: li.querySelector('.result-meta .year')?.textContent ?? '',
      })),
    );
    const counts = await page
      .locator('.filters label')
      .evaluateAll((ls) => ls.map((l) => l.textContent!.replace(/\s+/g, ' ').trim()));
    const status = (await page.locator('#search-status').textContent()) ?? '';
    return { status, results, counts, problems };
  } finally {
    await context.close();
  }
}

/** Every result of a filter-only search, newest first, by Pagefind's API on a page without search code. */
async function browseYears(page: Page, filters: Record<string, unknown>): Promise<string[]> {
  return page.evaluate(`(async () => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.options({ noWorker: true });
    const { parts } = await (await fetch('/pagefind/${PARTS_FILE}')).json();
    await Promise.all([pf.init(), ...parts.map((p) => pf.mergeIndex('/pagefind/' + p, {}))]);
    const res = await pf.search(null, { filters: ${JSON.stringify(filters)}, sort: { year: 'desc' } });
    return Promise.all(res.results.map(async (r) => (await r.data()).meta.year ?? ''));
  })()`);
}

describe('a search index in parts', () => {
  it('is written as a main index and parts that hold no code of their own', () => {
    const { parts, hidden } = JSON.parse(
      readFileSync(path.join(copy, 'pagefind', PARTS_FILE), 'utf8'),
    ) as SearchParts;
    expect(parts).toHaveLength(PARTS - 1);
    // One dictionary per part, the main index's included.
    expect(hidden).toHaveLength(PARTS);
    expect(JSON.parse(readDist(`pagefind/${PARTS_FILE}`))).toEqual({ parts: [], hidden: [] });
    for (const p of parts) expect(indexedCount(path.join(copy, 'pagefind', p))).toBeGreaterThan(0);
  });

  it.each([
    '?q=iommufd',
    '?q=PASID',
    '?q=live+migration&kind=session',
    '?q=ATS',
    '?kind=outcome',
    '?area=iommu',
    '?q=zzzqqq',
    // Words each in a few pages only, so in some parts and not others.
    '?q=live+migration',
    '?q=vfio+migration',
  ])('answers %s as the one-piece index does', async (query) => {
    const [a, b] = await Promise.all([searchPage(whole, query), searchPage(split, query)]);
    expect(b.problems).toEqual([]);
    expect(b.status).toBe(a.status);
    expect(b.counts).toEqual(a.counts);
    // Scores differ a little between parts, so a full page may rank ties otherwise; the years
    // of a filter-only search and a short list's results may not.
    if (!query.includes('q=')) expect(b.results.map((r) => r.year)).toEqual(a.results.map((r) => r.year));
    if (a.results.length < 20)
      expect(b.results.map((r) => r.url).sort()).toEqual(a.results.map((r) => r.url).sort());
  });

  it('lists every result of a filter-only search newest first, as one index would', async () => {
    const context = await browser.newContext();
    try {
      const [a = [], b = []] = await Promise.all(
        [whole, split].map(async (server) => {
          const page = await context.newPage();
          await page.goto(`${server.origin}/about/`);
          return browseYears(page, {});
        }),
      );
      expect(b.length).toBe(a.length);
      expect(b).toEqual(a);
      expect(new Set(b).size).toBeGreaterThan(3);
    } finally {
      await context.close();
    }
  });
});
