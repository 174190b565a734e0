/**
 * Search as a reader uses it, in Chromium on the built site: the quick search in the header,
 * the search page with filters and shareable URLs, and the quality of the ranking on the real
 * content. Prints the hit rate, the bytes and the time of a first search.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './session.ts';
import { DIST } from '../site/dist.ts';
import { readContent } from '../../src/lib/content-files.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { buildArchive } from '../../src/lib/archive.ts';
import { outcomePath, sessionPath } from '../../src/lib/urls.ts';
import { recordingHome } from '../../src/lib/search-meta.ts';
import { acronymsIn, emptyFilters, toPagefindFilters } from '../../src/lib/search-state.ts';

const { open, origin } = useBrowser();
const root = path.resolve(import.meta.dirname, '../..');
const archive = buildArchive(validateContent(readContent(root).entries).records);

/**
 * Runs a search the way a reader does, through the search page's URL, and returns the result
 * paths in order (first page of results).
 */
async function ranked(page: Page, query: string): Promise<string[]> {
  await page.goto(`${origin()}/search/${query}`);
  // The page opens with its empty-search hint; a search is done when the status counts results.
  await page.waitForFunction(() =>
    /result/.test(document.querySelector('#search-status')?.textContent ?? ''),
  );
  // The first results show before the rest of the page's; the list is busy until all are in.
  await page.locator('#search-results:not([aria-busy])').waitFor({ state: 'attached' });
  return page
    .locator('.result-title a')
    .evaluateAll((as) =>
      as.map(
        (a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash,
      ),
    );
}

/** Waits for a search's whole first page: the list is busy from its first result to its last. */
async function settled(page: Page): Promise<void> {
  await page.locator('.result-title a').first().waitFor();
  await page.locator('#search-results:not([aria-busy])').waitFor({ state: 'attached' });
}

/**
 * Searches with Pagefind's JS API inside the page, with the filters the site adds, and returns
 * the number of results or, with `texts`, the indexed text of each. (The script is a string so
 * the test runner leaves its import() alone.)
 */
async function pagefind(page: Page, term: string, texts: true): Promise<string[]>;
async function pagefind(page: Page, term: string): Promise<number>;
async function pagefind(page: Page, term: string, texts = false): Promise<string[] | number> {
  const filters = toPagefindFilters({ q: term, filters: emptyFilters() });
  return page.evaluate(`(async () => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.options({ noWorker: true });
    const res = await pf.search(${JSON.stringify(term)}, { filters: ${JSON.stringify(filters)} });
    if (!${texts}) return res.results.length;
    return Promise.all(res.results.map(async (r) => (await r.data()).content));
  })()`);
}

describe('the quick search in the header', () => {
  it('Ctrl+K focuses the box, typing lists results, Escape closes them and returns focus', async () => {
    const { page, problems } = await open('/years/2019/');
    await page.focus('a[href="/outcomes/"]');
    await page.keyboard.press('Control+k');
    await page.waitForFunction(() => document.activeElement?.id === 'site-search');
    await page.keyboard.type('iommufd');
    await page.locator('#site-search-results [role="option"]').first().waitFor();
    expect(await page.getAttribute('#site-search', 'aria-expanded')).toBe('true');
    expect(await page.locator('[role="status"]').first().innerText()).toMatch(/^\d+ results\./);
    await page.keyboard.press('Escape');
    expect(await page.getAttribute('#site-search', 'aria-expanded')).toBe('false');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/outcomes/');
    expect(problems).toEqual([]);
  });

  it('on the home page, its own box is the quick search: arrow keys move through the results and Enter opens one', async () => {
    const { page, problems } = await open('/');
    // One search box on the home page: the header leaves its own out.
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    await page.click('#home-search');
    await page.keyboard.type('bandwidth controller');
    // Wait for the results of the whole query: a search for the first letters may still land.
    await page.waitForFunction(() =>
      document.querySelector('#home-search-results')?.textContent?.includes('“bandwidth controller”'),
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const active = await page.getAttribute('#home-search', 'aria-activedescendant');
    expect(active).toBe('home-search-results-1');
    expect(await page.getAttribute(`#${active}`, 'aria-selected')).toBe('true');
    const target = await page.getAttribute(`#${active}`, 'data-url');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === new URL(target!, origin()).pathname);
    expect(problems).toEqual([]);
  });

  it('opening a result highlights the search terms on the page', async () => {
    const { page } = await open('/topics/');
    await page.click('#site-search');
    await page.keyboard.type('genalloc');
    await page.locator('#site-search-results [role="option"]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/highlight=genalloc/);
    await page.locator('mark.pagefind-highlight').first().waitFor();
    expect((await page.locator('mark.pagefind-highlight').first().innerText()).toLowerCase()).toBe(
      'genalloc',
    );
  });

  it('costs no script file until the reader reaches for search, then loads it', async () => {
    const { page } = await open('/topics/sva/');
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.reload({ waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);
    const inline = await page.evaluate(() => [...document.scripts].map((s) => s.textContent?.length ?? 0));
    await page.click('#site-search');
    await page.waitForFunction(() => document.getElementById('site-search')?.dataset.enhanced === 'true');
    expect(scripts.some((u) => /\/_search\/quick-/.test(u))).toBe(true);
    console.log(`Before search is opened: 0 script files; inline bootstrap ${inline.join(' + ')} bytes.`);
  });

  it('a first search transfers little and answers fast', async () => {
    const { page } = await open('/years/');
    const fetched = new Map<string, number>();
    page.on('response', async (r) => {
      if (r.url().startsWith(origin()) && r.request().resourceType() !== 'document')
        fetched.set(r.url(), (await r.body()).length);
    });
    await page.click('#site-search');
    const t0 = Date.now();
    await page.keyboard.type('iommufd', { delay: 0 });
    const typed = Date.now();
    await page.locator('#site-search-results [role="option"]').first().waitFor();
    const done = Date.now();
    const raw = [...fetched.values()].reduce((a, b) => a + b, 0);
    // What a static host sends: text gzipped, Pagefind's binary files as they are (already compressed).
    const wire = [...fetched.keys()].reduce((n, u) => {
      const bytes = readFileSync(path.join(DIST, decodeURIComponent(new URL(u).pathname)));
      return n + (/\.(js|json|css|svg)$/.test(new URL(u).pathname) ? gzipSync(bytes).length : bytes.length);
    }, 0);
    console.log(
      `First search "iommufd": ${fetched.size} requests, ${(raw / 1024).toFixed(1)} KB (${(wire / 1024).toFixed(1)} KB on the wire with gzip); ` +
        `results visible ${done - t0} ms after the first keystroke, ${done - typed} ms after the last.`,
    );
    expect(fetched.size).toBeGreaterThan(0);
  });
});

describe('typing right after Ctrl+K', () => {
  it('never loses a keystroke, on several cold loads, even when the search code is slow to come', async () => {
    const typed: string[] = [];
    for (const latency of [0, 0, 0, 150, 400]) {
      const { page, problems } = await open('/topics/sva/');
      if (latency) {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency,
          downloadThroughput: -1,
          uploadThroughput: -1,
        });
      }
      await page.keyboard.press('Control+k');
      await page.keyboard.type('iommufd', { delay: 0 });
      typed.push(await page.inputValue('#site-search'));
      await page.locator('#site-search-results [role="option"]').first().waitFor();
      expect(await page.locator('#site-search-results .title').first().innerText()).toBe('iommufd');
      expect(problems).toEqual([]);
      await page.context().close();
    }
    expect(typed).toEqual(Array(5).fill('iommufd'));
  }, 90_000);
});

describe('acronyms match as whole words', () => {
  const cases = [
    ['DOE', '/topics/doe/'],
    ['ATS', '/topics/ats/'],
    ['PRI', '/topics/pri/'],
    ['IDE', '/topics/ide/'],
  ] as const;

  it('DOE, ATS, PRI and IDE give at most 20 results each, their topic first, and every one names the acronym', async () => {
    const { page, problems } = await open('/search/');
    const counts: string[] = [];
    for (const [q, topic] of cases) {
      const urls = await ranked(page, `?q=${q}`);
      const status = await page.locator('#search-status').innerText();
      const n = Number(status.match(/^(\d+) results? for/)?.[1]);
      counts.push(`${q} ${n}`);
      expect(n, q).toBeLessThanOrEqual(20);
      expect(urls.length, q).toBe(n);
      expect(urls[0], q).toBe(topic);
      // The excerpt shows the acronym itself, not a word that only shares its stem ("at", "does").
      const marks = await page.locator('.result-excerpt mark').allInnerTexts();
      expect(marks.length, q).toBeGreaterThanOrEqual(n);
      expect(
        marks.filter((m) => acronymsIn(m)[0] !== q),
        q,
      ).toEqual([]);
      // Pagefind's own record of each result: the acronym is a word of its text.
      const texts = await pagefind(page, q, true);
      expect(texts.length, q).toBe(n);
      expect(texts.filter((t) => !acronymsIn(t).includes(q)).length, q).toBe(0);
    }
    console.log(`Acronym searches: ${counts.join(', ')} results, each topic first.`);
    expect(problems).toEqual([]);
  }, 90_000);

  it('words that only share the stem are not found: ATS misses pages that say only "at" or "attestation"', async () => {
    const { page } = await open('/search/');
    const ats = await ranked(page, '?q=ATS');
    const attest = await ranked(page, '?q=attestation');
    expect(attest.length).toBeGreaterThan(0);
    const onlyAttestation = attest.filter((u) => !ats.includes(u));
    expect(onlyAttestation.length).toBeGreaterThan(0);
  }, 90_000);

  it('prefix search keeps working for longer words and kernel identifiers', async () => {
    const { page } = await open('/search/');
    expect((await ranked(page, '?q=iommuf'))[0]).toBe('/topics/iommufd/');
    // pci_enable_ats(), _pri(), _pasid() and _sriov() are all prefixed by it: their topics lead.
    expect((await ranked(page, '?q=pci_enable')).slice(0, 5)).toEqual(
      expect.arrayContaining(['/topics/ats/', '/topics/pri/', '/topics/pasid/', '/topics/sr-iov/']),
    );
    expect((await ranked(page, '?q=attest')).length).toBeGreaterThan(3);
    // An acronym beside other words narrows by the acronym and leaves the other words alone.
    expect(await ranked(page, '?q=ATS%20invalidat')).toContain('/topics/ats/');
  }, 90_000);
});

describe('result counts in words', () => {
  it('says "1 result" and "No results for …" with a hint, in the header and on the search page', async () => {
    const { page } = await open('/years/');
    const candidates = ['Gen-Z consortium', 'ACS override', ...archive.people.map((p) => p.data.name)];
    let one: string | undefined;
    for (const q of candidates) {
      if ((await pagefind(page, q)) !== 1) continue;
      one = q;
      break;
    }
    expect(one).toBeTruthy();
    const quick = async (q: string) => {
      await page.fill('#site-search', q);
      await page.waitForFunction(
        (text) => document.querySelector('#site-search-results')?.textContent?.includes(text),
        `“${q}”`,
      );
      return page.locator('#site-search-results').innerText();
    };
    await page.click('#site-search');
    expect(await quick(one!)).toMatch(new RegExp(`^1 result for “${one}”$`, 'm'));
    expect(await quick('xylophone')).toMatch(/^No results for “xylophone”\. Try .+ browse the topics\.$/);
    expect(await page.locator('#site-search-results [role="option"]').getAttribute('data-url')).toBe(
      '/topics/',
    );

    const { page: p2 } = await open(`/search/?q=${encodeURIComponent(one!)}`);
    await p2.waitForFunction(() =>
      /result/.test(document.querySelector('#search-status')?.textContent ?? ''),
    );
    expect(await p2.locator('#search-status').innerText()).toBe(`1 result for “${one}”.`);
    await p2.goto(p2.url().replace(/\?.*$/, '?q=xylophone&year=2023'));
    await p2.waitForFunction(() =>
      /No results/.test(document.querySelector('#search-status')?.textContent ?? ''),
    );
    expect(await p2.locator('#search-status').innerText()).toMatch(
      /^No results for “xylophone” with the chosen filters\. Try removing a filter/,
    );
  }, 90_000);
});

/** The layout shift of a page since it began loading (the sum of its layout-shift entries). */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        new PerformanceObserver((list) =>
          resolve(list.getEntries().reduce((n, e) => n + (e as unknown as { value: number }).value, 0)),
        ).observe({ type: 'layout-shift', buffered: true }),
      ),
  );

describe('the search page holds still while its code loads', () => {
  it.each([
    ['/search/', 1280],
    ['/search/', 390],
    ['/search/?q=iommufd', 1280],
  ] as const)('%s at %i px: nothing moves once painted', async (url, width) => {
    const { page } = await open(url, { width });
    // Ready: the filter counts are in, which comes after the results.
    await page.locator('.search-page .count:not(:empty)').first().waitFor({ state: 'attached' });
    const shift = await Promise.race([
      layoutShift(page),
      new Promise<number>((r) => setTimeout(() => r(0), 500)),
    ]);
    expect(shift).toBeLessThan(0.01);
  });
});

describe('search on a phone (390 px)', () => {
  it('the search page has one search box and its filters start collapsed, showing how many are on', async () => {
    const { page, problems } = await open('/search/?q=sva&year=2019&area=iommu', { width: 390 });
    await page.locator('.result-title a').first().waitFor();
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    expect(await page.locator('details.filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('details.filters summary').innerText()).toMatch(/^Filters\s+2 active$/);
    const first = await page.locator('.result').first().boundingBox();
    expect(first!.y).toBeLessThan(844);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.click('details.filters summary');
    await page.check('input[name="kind"][value="outcome"]');
    await page.waitForFunction(() =>
      /3 active/.test(document.querySelector('details.filters summary')?.textContent ?? ''),
    );
    expect(problems).toEqual([]);
  }, 90_000);

  it('on a wide screen the filters are open beside the results', async () => {
    const { page } = await open('/search/?q=sva');
    await page.locator('.result-title a').first().waitFor();
    expect(await page.locator('details.filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator('details.filters summary').innerText()).toMatch(/^Filters\s*$/);
  });

  it('the quick-results list fits the screen', async () => {
    const boxes: [path: string, id: string][] = [
      ['/', 'home-search'],
      ['/topics/sva/', 'site-search'],
    ];
    for (const [path, id] of boxes) {
      const { page } = await open(path, { width: 390 });
      await page.click(`#${id}`);
      await page.keyboard.type('iommufd');
      await page.locator(`#${id}-results [role="option"]`).first().waitFor();
      const box = await page.locator(`#${id}-results`).boundingBox();
      const form = await page.locator(`form:has(#${id})`).boundingBox();
      expect(box!.x, path).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, path).toBeLessThanOrEqual(390);
      expect(Math.round(box!.width), path).toBe(Math.round(form!.width));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  }, 90_000);
});

describe('the search page', () => {
  it('names in its head the index files its first search needs, and fetches each of them once', async () => {
    const { page, problems } = await open('/about/');
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto(`${origin()}/search/?q=iommufd`);
    await page.locator('.result-title a').first().waitFor();
    const preloads = await page
      .locator('link[rel="preload"], link[rel="modulepreload"]')
      .evaluateAll((ls) => ls.map((l) => new URL((l as HTMLLinkElement).href).pathname));
    expect(preloads).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/parts.json']));
    // The WebAssembly would hold back the page's first paint on a phone (search-preload.ts).
    expect(preloads.filter((p) => p.endsWith('.pagefind'))).toEqual([]);
    expect(preloads.some((p) => /^\/pagefind\/pagefind\.en_\w+\.pf_meta$/.test(p))).toBe(true);
    expect(preloads.some((p) => /^\/_search\/page-\w+\.js$/.test(p))).toBe(true);
    // A preload whose request differs from the one the code makes is fetched a second time.
    for (const p of preloads)
      expect(
        requested.filter((r) => r === p),
        p,
      ).toHaveLength(1);
    expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('shows the first results while the rest of the first page of results still loads', async () => {
    const { page, problems } = await open('/about/');
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    let fragments = 0;
    await page.route('**/pagefind/fragment/**', async (route) => {
      if (++fragments > 5) await held;
      await route.continue();
    });
    await page.goto(`${origin()}/search/?kind=session`);
    const titles = page.locator('.result-title a');
    await titles.nth(4).waitFor();
    await expect.poll(() => page.textContent('#search-status')).toMatch(/^\d+ results/);
    expect(await titles.count()).toBe(5);
    expect(await page.isHidden('#search-more')).toBe(true);
    // Screen readers hold back while the list is busy, and read it once the page is whole.
    expect(await page.getAttribute('#search-results', 'aria-busy')).not.toBeNull();
    release();
    await titles.nth(19).waitFor();
    await page.locator('#search-more').waitFor();
    expect(await titles.count()).toBe(20);
    await page.locator('#search-results:not([aria-busy])').waitFor();
    expect(problems).toEqual([]);
  });

  it('a shared URL with a query and filters opens with them restored', async () => {
    const { page, problems } = await open('/search/?q=iommufd&year=2023&area=iommu');
    await settled(page);
    expect(await page.inputValue('#search-q')).toBe('iommufd');
    expect(await page.isChecked('input[name="year"][value="2023"]')).toBe(true);
    expect(await page.isChecked('input[name="area"][value="iommu"]')).toBe(true);
    const hrefs = await page
      .locator('.result-title a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain('/outcomes/2023/iommufd-vfio-merged/');
    expect(hrefs.every((h) => h.includes('2023'))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('each filter narrows the results, shows counts and updates the URL without a reload', async () => {
    const { page } = await open('/search/?q=sva');
    await page.locator('.result-title a').first().waitFor();
    const count = async () =>
      Number((await page.locator('#search-status').innerText()).match(/^(\d+)/)?.[1] ?? 0);
    // The filter counts come after the results.
    await page.locator('.search-page .count:not(:empty)').first().waitFor({ state: 'attached' });
    const all = await count();
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    const outcomeCount = Number(
      await page.locator('label:has(input[name="kind"][value="outcome"]) .count').innerText(),
    );
    await page.check('input[name="kind"][value="outcome"]');
    await page.waitForURL(/kind=outcome/);
    await page.waitForFunction(
      (n) => !document.querySelector('#search-status')?.textContent?.startsWith(String(n)),
      all,
    );
    expect(await count()).toBe(outcomeCount);
    expect(outcomeCount).toBeLessThan(all);
    await page.check('input[name="year"][value="2019"]');
    await page.waitForURL(/kind=outcome&year=2019/);
    await page.waitForFunction(
      () =>
        /with the chosen filters/.test(document.querySelector('#search-status')?.textContent ?? '') &&
        document.querySelectorAll('.result').length > 0,
    );
    const kinds = await page.locator('.result-meta .kind').allInnerTexts();
    expect(kinds.every((k) => k.toLowerCase() === 'outcome')).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1); // no reload
  });

  it('back and forward step through searches', async () => {
    const { page } = await open('/search/?q=cxl');
    await page.locator('.result-title a').first().waitFor();
    await page.check('input[name="area"][value="pci"]');
    await page.waitForURL(/area=pci/);
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('area='));
    expect(await page.isChecked('input[name="area"][value="pci"]')).toBe(false);
    await page.goForward();
    await page.waitForURL(/area=pci/);
    expect(await page.isChecked('input[name="area"][value="pci"]')).toBe(true);
  });

  it('filters work without a query: every merged IOMMU outcome', async () => {
    const { page } = await open('/search/?kind=outcome&status=merged&area=iommu');
    await settled(page);
    const hrefs = await page
      .locator('.result-title a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const expected = archive.outcomes
      .filter((o) => o.data.status === 'merged' && o.data.areas.some((a) => a.id === 'iommu'))
      .map((o) => outcomePath(o.id));
    expect(hrefs.sort()).toEqual(expected.sort());
  });

  it('arrow keys move from the box through the result titles', async () => {
    const { page } = await open('/search/?q=pasid');
    await page.locator('.result-title a').first().waitFor();
    await page.focus('#search-q');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = await page.locator('.result-title a').nth(1).getAttribute('href');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(second);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
  });

  it('a recording result opens where it is listed and does not list itself again as a section', async () => {
    const { page } = await open('/search/?q=recording&kind=recording');
    await page.locator('.result').first().waitFor();
    const results = await page.locator('.result').evaluateAll((lis) =>
      lis.map((li) => ({
        title: new URL(li.querySelector<HTMLAnchorElement>('.result-title a')!.href),
        sections: [...li.querySelectorAll<HTMLAnchorElement>('.result-sections a')].map(
          (a) => new URL(a.href),
        ),
      })),
    );
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      expect(r.title.pathname).not.toContain('_search-records');
      expect(r.title.searchParams.get('highlight')).toBe('recording');
      expect(r.sections.map((u) => u.pathname + u.hash)).not.toContain(r.title.pathname + r.title.hash);
    }
  });

  it('a session result offers its recording and an outcome result shows its status', async () => {
    const { page } = await open('/search/?q=Instant%20Detection%20of%20Virtual%20Devices&kind=session');
    await page.locator('.result').first().waitFor();
    expect(await page.locator('.result').first().locator('.result-recording a').getAttribute('href')).toMatch(
      /^https:\/\/youtu\.be\//,
    );
    const { page: p2 } = await open('/search/?q=genalloc&kind=outcome');
    await p2.locator('.result').first().waitFor();
    expect(await p2.locator('.result .status').first().innerText()).toMatch(
      /In review|Proposed|Merged|Discussed|Abandoned/,
    );
  });
});

describe('search quality on the real content', () => {
  /** Query, optional filters, and the page a reader expects among the first three. */
  const table: [string, string][] = [
    ['iommufd', '/topics/iommufd/'],
    ['CONFIG_IOMMUFD', '/topics/iommufd/'],
    ['/dev/iommufd', '/topics/iommufd/'],
    ['vfio_pci_core_register_device', '/topics/vfio/'],
    ['drivers/pci/pcie/aer.c', '/topics/aer-dpc/'],
    ['CONFIG_PCIEPORTBUS', '/outcomes/2024/bwctrl-series-revised/'],
    ['pci_enable_sriov', '/topics/sr-iov/'],
    ['sriov', '/topics/sr-iov/'],
    ['SR-IOV', '/topics/sr-iov/'],
    ['P2PDMA', '/topics/p2pdma/'],
    ['peer-to-peer DMA', '/topics/p2pdma/'],
    ['SVM', '/topics/sva/'],
    ['virtio-iommu', '/years/2017/virtio-iommu/'],
    ['posted MSI', '/outcomes/2023/posted-msi-merged/'],
    ['Joerg Roedel', '/people/joerg-roedel/'],
    ['Jörg Rödel', '/people/joerg-roedel/'],
    ['Krzysztof Wilczynski', '/people/krzysztof-wilczynski/'],
    ['PCIe Bandwidth Controller', sessionPath('2024/pcie-bandwidth-controller')],
    ['Instant Detection of Virtual Devices', sessionPath('2022/instant-detection-virtual-devices')],
    ['non-discoverable devices', sessionPath('2023/non-discoverable-devices')],
    ['pwrctrl', '/topics/pwrctrl/'],
    ['genalloc', '/outcomes/2023/endpoint-genalloc-proposed/'],
    ['NTB endpoint', sessionPath('2019/ntb-controller-pcie-endpoint')],
    ['how to propose a topic', '/about/'],
    ['official outcome list missing', '/coverage/'],
  ];
  /** Every acronym in the glossary finds its topic, and so does its expansion. */
  const glossary = archive.topics
    .filter((t) => t.data.acronym && t.data.expansion)
    .flatMap((t): [string, string][] => [
      [t.data.acronym!, `/topics/${t.id}/`],
      [t.data.expansion!, `/topics/${t.id}/`],
    ]);

  it('has at least 25 hand-picked pairs and covers every acronym of the glossary', () => {
    expect(table.length).toBeGreaterThanOrEqual(25);
    expect(glossary.length).toBeGreaterThanOrEqual(2 * 15);
  });

  it('puts the expected page in the top 3 for every query', async () => {
    const { page } = await open('/search/');
    const misses: string[] = [];
    const rows = [...table, ...glossary];
    for (const [q, expected] of rows) {
      const top = (await ranked(page, `?q=${encodeURIComponent(q)}`))
        .map((u) => u.replace(/[?#].*$/, ''))
        .filter((u, i, a) => a.indexOf(u) === i)
        .slice(0, 3);
      if (!top.includes(expected)) misses.push(`${q} -> ${expected}; got ${top.join(', ')}`);
    }
    const rate = ((rows.length - misses.length) / rows.length) * 100;
    console.log(
      `Search quality: ${rows.length - misses.length}/${rows.length} = ${rate.toFixed(1)}% in the top 3${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`,
    );
    expect(misses).toEqual([]);
  }, 300_000);

  it('filter-only searches return exactly the matching records', async () => {
    const { page } = await open('/search/');
    const cases: [string, string[]][] = [
      ['?kind=session&year=2023', archive.sessionsOfYear('2023').map((s) => sessionPath(s.id))],
      [
        '?kind=outcome&status=in-review',
        archive.outcomes.filter((o) => o.data.status === 'in-review').map((o) => outcomePath(o.id)),
      ],
      [
        '?kind=recording',
        archive.recordings.map((r) => `${recordingHome(r.data)}#recording-${r.id.replace('/', '-')}`),
      ],
    ];
    for (const [query, expected] of cases) {
      const got = await ranked(page, query);
      expect(got.sort(), query).toEqual(expected.sort());
    }
  }, 90_000);
});
