/**
 * What a reader does in a real browser on the built site served from 127.0.0.1. axe runs over
 * every page in axe.test.ts.
 */
import { describe, expect, it } from 'vitest';
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
