/**
 * What a reader does in a real browser on the built site served from 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { launchChromium } from './chromium.ts';
import { serveDist, type DistServer } from '../site/server.ts';

let browser: Browser;
let server: DistServer;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page and collects console errors and failed requests while it is used. */
async function open(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; problems: string[] }> {
  // A context per page: axe needs one, and pages must not share state.
  const page = await (await browser.newContext({ colorScheme })).newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  return { page, problems };
}

describe('searching', () => {
  it('a query typed in the header search box lands on /search/ with matching results', async () => {
    const { page, problems } = await open('/years/2019/');
    await page.fill('#site-search', 'iommufd');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=iommufd/);
    const first = page.locator('.pagefind-ui__result-link').first();
    await first.waitFor({ timeout: 10_000 });
    expect(await page.locator('.pagefind-ui__result-link').count()).toBeGreaterThan(2);
    expect((await page.locator('.pagefind-ui__result').allInnerTexts()).join('\n').toLowerCase()).toContain('iommufd');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a kernel config symbol finds the pages that mention it', async () => {
    const { page } = await open('/search/?q=CONFIG_PCIEPORTBUS');
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 10_000 });
    const pages = await page
      .locator('.pagefind-ui__result-title .pagefind-ui__result-link')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(pages).toContain('/outcomes/2024/bwctrl-series-revised/');
    expect(pages).toContain('/topics/bandwidth-control/');
    await page.close();
  });
});

describe('reading', () => {
  it('the skip link is the first stop for the keyboard and moves focus to the content', async () => {
    const { page } = await open('/topics/iommufd/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('follows the system colour scheme', async () => {
    const bg = async (scheme: 'light' | 'dark') => {
      const { page } = await open('/', scheme);
      const color = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await page.close();
      return color;
    };
    expect(await bg('light')).toBe('rgb(255, 255, 255)');
    expect(await bg('dark')).toBe('rgb(17, 20, 24)');
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    for (const path of ['/', '/years/2023/', '/years/2023/posted-msi/', '/topics/sva/']) {
      await page.goto(`${server.origin}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect.soft(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.close();
  });
});

describe('accessibility', () => {
  const pages = ['/', '/topics/pci/', '/topics/sva/', '/years/', '/years/2022/', '/years/2022/iommufd-discussion/', '/outcomes/', '/recordings/', '/people/', '/coverage/', '/about/', '/search/?q=iommufd'];
  for (const scheme of ['light', 'dark'] as const) {
    it(`axe finds no WCAG 2.2 AA violation on the main page kinds in ${scheme} mode`, async () => {
      const found: string[] = [];
      for (const path of pages) {
        const { page, problems } = await open(path, scheme);
        if (path.startsWith('/search/')) await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 10_000 });
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        for (const v of result.violations) found.push(`${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
        found.push(...problems.map((p) => `${path}: ${p}`));
        await page.close();
      }
      expect(found).toEqual([]);
    }, 120_000);
  }
});
