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

const { open, origin } = useBrowser();
const root = path.resolve(import.meta.dirname, '../..');
const archive = buildArchive(validateContent(readContent(root).entries).records);

/**
 * Runs a search the way a reader does, through the search page's URL, and returns the result
 * paths in order (first page of results).
 */
async function ranked(page: Page, query: string): Promise<string[]> {
  await page.goto(`${origin()}/search/${query}`);
  await page.waitForFunction(() =>
    /result|Type a search/.test(document.querySelector('#search-status')?.textContent ?? ''),
  );
  return page
    .locator('.result-title a')
    .evaluateAll((as) =>
      as.map(
        (a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash,
      ),
    );
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

  it('arrow keys move through the results and Enter opens one', async () => {
    const { page, problems } = await open('/');
    await page.click('#site-search');
    await page.keyboard.type('bandwidth controller');
    await page.locator('#site-search-results [role="option"]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const active = await page.getAttribute('#site-search', 'aria-activedescendant');
    expect(active).toBe('site-search-results-1');
    expect(await page.getAttribute(`#${active}`, 'aria-selected')).toBe('true');
    const target = await page.getAttribute(`#${active}`, 'data-url');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === new URL(target!, origin()).pathname);
    expect(problems).toEqual([]);
  });

  it('opening a result highlights the search terms on the page', async () => {
    const { page } = await open('/');
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

describe('the search page', () => {
  it('a shared URL with a query and filters opens with them restored', async () => {
    const { page, problems } = await open('/search/?q=iommufd&year=2023&area=iommu');
    await page.locator('.result-title a').first().waitFor();
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
    await page.locator('.result-title a').first().waitFor();
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
  }, 120_000);

  it('filter-only searches return exactly the matching records', async () => {
    const { page } = await open('/search/');
    const cases: [string, string[]][] = [
      ['?kind=session&year=2023', archive.sessionsOfYear('2023').map((s) => sessionPath(s.id))],
      [
        '?kind=outcome&status=in-review',
        archive.outcomes.filter((o) => o.data.status === 'in-review').map((o) => outcomePath(o.id)),
      ],
      ['?kind=recording', archive.recordings.map((r) => `/recordings/#recording-${r.id.replace('/', '-')}`)],
    ];
    for (const [query, expected] of cases) {
      const got = await ranked(page, query);
      expect(got.sort(), query).toEqual(expected.sort());
    }
  });
});
