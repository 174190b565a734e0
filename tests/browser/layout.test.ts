/**
 * The layout holds on every built page at a phone's width and a desktop's: nothing sticks out
 * of the screen, and nothing spills out of (or scrolls sideways inside) its column. One page
 * object per width walks all pages, so the whole site is checked in a few minutes.
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../site/dist.ts';
import { useBrowser } from './session.ts';

const { open, origin } = useBrowser();

/**
 * Runs in the page: elements whose content is wider than their box (a table wider than its
 * column, an unbreakable word, a sideways scroller), and elements past the right edge of the
 * screen. Each names its culprit so a failure says what to fix.
 */
function findOverflows(): string[] {
  const name = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${
      typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/)[0]}` : ''
    }`;
  const screen = document.documentElement.clientWidth;
  const shown = (el: Element) => {
    const r = el.getBoundingClientRect();
    // Visually hidden text (1 px boxes) and closed or collapsed parts are not laid out for readers.
    return r.width > 1 && r.height > 1 && !el.closest('[hidden], .visually-hidden');
  };
  const found: string[] = [];
  for (const el of document.querySelectorAll('body *')) {
    if (!(el instanceof HTMLElement) || !shown(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.right > screen + 1 || r.left < -1) {
      // Only the outermost element past the edge: its children go with it.
      if (!el.parentElement || el.parentElement.getBoundingClientRect().right <= screen + 1)
        found.push(`${name(el)} reaches ${Math.round(r.right)} px on a ${screen} px screen`);
      continue;
    }
    if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
      const wide = [...el.children]
        .filter((c) => shown(c))
        .sort((a, b) => b.getBoundingClientRect().width - a.getBoundingClientRect().width)[0];
      found.push(
        `${name(el)} holds ${Math.round(el.scrollWidth)} px in ${el.clientWidth} px${wide ? ` (${name(wide)})` : ''}`,
      );
    }
  }
  return found;
}

const pages = builtPages()
  .map((p) => p.url)
  .filter((u) => u.endsWith('/') || u === '/404.html');

describe('layout', () => {
  for (const width of [390, 1280]) {
    it(`no page at ${width} px has anything wider than the screen or its column`, async () => {
      const { page } = await open(pages[0]!, { width });
      const failures: string[] = [];
      for (const url of pages) {
        await page.goto(`${origin()}${url}`, { waitUntil: 'load' });
        const found = await page.evaluate(findOverflows);
        if (found.length) failures.push(`${url}: ${found.slice(0, 3).join('; ')}`);
      }
      await page.context().close();
      console.log(`Layout at ${width} px: ${failures.length} of ${pages.length} pages overflow.`);
      expect(failures).toEqual([]);
    }, 600_000);
  }
});
