/**
 * Year pages put the programme first: on a phone (390×844) the first session of every year
 * that has sessions starts within one and a half screens of the top.
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../site/dist.ts';
import { useBrowser } from './session.ts';

const { open } = useBrowser();
const PHONE = { width: 390, height: 844 };
const LIMIT = PHONE.height * 1.5;

const yearPages = builtPages()
  .filter((p) => /^\/years\/\d{4}\/$/.test(p.url) && p.doc.querySelector('li[data-session]'))
  .map((p) => p.url);

describe('the programme on a phone', () => {
  it('covers every year page with sessions', () => {
    expect(yearPages.length).toBeGreaterThanOrEqual(8);
  });

  it(`starts the first session within ${LIMIT} px of the top on every year page`, async () => {
    const tops: Record<string, number> = {};
    for (const path of yearPages) {
      const { page, problems } = await open(path, PHONE);
      tops[path] = await page.evaluate(
        () => document.querySelector('li[data-session]')!.getBoundingClientRect().top + window.scrollY,
      );
      expect(problems, path).toEqual([]);
      await page.close();
    }
    // The figure asked for in the report: where each year's programme starts.
    console.log(
      Object.entries(tops)
        .map(([p, y]) => `${p} ${Math.round(y)} px`)
        .join('\n'),
    );
    for (const [path, top] of Object.entries(tops)) expect.soft(top, path).toBeLessThanOrEqual(LIMIT);
  }, 60_000);
});
