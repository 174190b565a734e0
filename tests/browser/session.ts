/**
 * One browser and one server of dist/ per test file, and a page opener that records console
 * errors and failed requests, so every test also checks that nothing broke silently.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { serveDist, type DistServer } from '../site/server.ts';

export interface Opened {
  page: Page;
  problems: string[];
}

export function useBrowser() {
  const ctx = {} as { browser: Browser; server: DistServer };
  beforeAll(async () => {
    ctx.server = await serveDist();
    ctx.browser = await launchChromium();
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });

  /** Opens a page in a fresh context (axe needs one, and pages must not share state). */
  async function open(
    path: string,
    options: { colorScheme?: 'light' | 'dark'; width?: number; height?: number } = {},
  ): Promise<Opened> {
    const context = await ctx.browser.newContext({
      colorScheme: options.colorScheme ?? 'light',
      viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    // A request cut short by leaving the page is not a failure.
    page.on(
      'requestfailed',
      (r) =>
        r.failure()?.errorText !== 'net::ERR_ABORTED' &&
        problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`),
    );
    await page.goto(`${ctx.server.origin}${path}`, { waitUntil: 'load' });
    return { page, problems };
  }

  return { open, origin: () => ctx.server.origin };
}
