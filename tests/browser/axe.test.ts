/**
 * axe on every built page (dist/**\/*.html, the 404 page included), in the light and the dark
 * colour scheme, with axe's default rules: WCAG 2.x A and AA plus its best practices, so
 * landmark-unique (two landmarks a screen reader cannot tell apart) counts too.
 *
 * One browser for the whole walk; each of a few workers keeps one tab, loads a page once and
 * audits it in both schemes by switching the emulated colour scheme, which restyles the page
 * without reloading it (the schemes differ only in colour custom properties).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// axe-core itself (what @axe-core/playwright wraps): loaded once per page by an init script,
// then run twice, where AxeBuilder would inject it again for every audit.
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { serveDist, type DistServer } from '../site/server.ts';
import { builtPages } from '../site/dist.ts';

const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];
const WORKERS = 3;

/** Every page, plus the search page with results shown (its result markup is built in the browser). */
const paths = () => [...builtPages().map((p) => p.url), '/search/?q=iommufd'];

declare global {
  interface Window {
    axe: typeof axe;
  }
}

const found: Record<Scheme, string[]> = { light: [], dark: [] };
/** Body background per scheme on the home page: proves the scheme switch restyled the page. */
const homeBackground: Partial<Record<Scheme, string>> = {};
let audited = 0;

async function audit(page: Page, origin: string, path: string) {
  const problems: string[] = [];
  const record = (p: string) => problems.push(p);
  page.on('pageerror', (e) => record(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && record(`console: ${m.text()}`));
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  if (path.includes('?q=')) await page.locator('.result-title a').first().waitFor({ timeout: 60_000 });
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    if (path === '/')
      homeBackground[scheme] = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const violations = await page.evaluate(async () => {
      const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
      return violations.map((v) => `${v.id} ×${v.nodes.length} at ${v.nodes[0]?.target.join(' ')}`);
    });
    found[scheme].push(...violations.map((v) => `${path}: ${v}`));
  }
  page.removeAllListeners('pageerror');
  page.removeAllListeners('console');
  for (const scheme of SCHEMES) found[scheme].push(...problems.map((p) => `${path}: ${p}`));
  audited++;
}

let server: DistServer;
let browser: Browser;

beforeAll(async () => {
  const started = performance.now();
  server = await serveDist();
  browser = await launchChromium();
  const queue = paths();
  const worker = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(axe.source);
    const page = await context.newPage();
    for (let path = queue.shift(); path !== undefined; path = queue.shift())
      await audit(page, server.origin, path);
    await context.close();
  };
  await Promise.all(Array.from({ length: WORKERS }, worker));
  const seconds = (performance.now() - started) / 1000;
  console.log(`axe: ${audited} pages × ${SCHEMES.length} schemes in ${seconds.toFixed(0)} s`);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('accessibility of every built page', () => {
  it('audits every page, in two visibly different colour schemes', () => {
    expect(audited).toBe(paths().length);
    expect(audited).toBeGreaterThan(100);
    expect(homeBackground.light).toBe('rgb(255, 255, 255)');
    expect(homeBackground.dark).toBe('rgb(17, 20, 24)');
  });

  for (const scheme of SCHEMES) {
    it(`axe finds no violation on any page in ${scheme} mode`, () => {
      expect(found[scheme]).toEqual([]);
    });
  }
});
