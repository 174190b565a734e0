/**
 * What a reader does in a real browser on the built site served from 127.0.0.1.
 */
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { useBrowser } from './session.ts';

const { open } = useBrowser();

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
      const { page } = await open('/', { colorScheme: scheme });
      const color = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await page.close();
      return color;
    };
    expect(await bg('light')).toBe('rgb(255, 255, 255)');
    expect(await bg('dark')).toBe('rgb(17, 20, 24)');
  });

  it('fits a phone screen without sideways scrolling', async () => {
    for (const path of ['/', '/years/2023/', '/years/2023/posted-msi/', '/topics/sva/', '/search/?q=sva']) {
      const { page } = await open(path, { width: 360 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect.soft(overflow, path).toBeLessThanOrEqual(0);
      await page.close();
    }
  });
});

describe('accessibility', () => {
  const pages = [
    '/',
    '/topics/pci/',
    '/topics/sva/',
    '/years/',
    '/years/2022/',
    '/years/2022/iommufd-discussion/',
    '/outcomes/',
    '/recordings/',
    '/people/',
    '/coverage/',
    '/about/',
    '/search/?q=iommufd',
  ];
  for (const scheme of ['light', 'dark'] as const) {
    it(`axe finds no WCAG 2.2 AA violation on the main page kinds in ${scheme} mode`, async () => {
      const found: string[] = [];
      for (const path of pages) {
        const { page, problems } = await open(path, { colorScheme: scheme });
        if (path.startsWith('/search/'))
          await page.locator('.result-title a').first().waitFor({ timeout: 10_000 });
        const result = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        for (const v of result.violations)
          found.push(`${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
        found.push(...problems.map((p) => `${path}: ${p}`));
        await page.close();
      }
      expect(found).toEqual([]);
    }, 120_000);
  }
});
