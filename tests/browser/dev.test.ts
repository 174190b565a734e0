/**
 * In `astro dev` there is no search index (Pagefind runs after a build): the search box and
 * the search page must say so plainly instead of failing silently.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { shellEnv } from '../shell-env.ts';

const project = path.resolve(import.meta.dirname, '../..');
const port = 41_000 + Math.floor(Math.random() * 9_000);
const origin = `http://127.0.0.1:${port}`;
let dev: ChildProcess;
let browser: Browser;

beforeAll(async () => {
  const env = shellEnv();
  dev = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: project, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  dev.stdout!.on('data', (d) => (log += d));
  dev.stderr!.on('data', (d) => (log += d));
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const res = await fetch(`${origin}/`);
      if (res.ok) break;
      log += `\nGET / -> ${res.status}`;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`astro dev did not start within 60 s:\n${log.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  dev?.kill();
});

describe('search in the dev server', () => {
  it('the header box says that search needs a build', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${origin}/years/2019/`);
    await page.click('#site-search');
    await page.keyboard.type('sva');
    await page.locator('#site-search-results [role="option"]').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('#site-search-results').innerText()).toContain(
      'Search needs the index that the build makes',
    );
  }, 60_000);

  it('the search page says so too', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${origin}/search/?q=sva`);
    await page.waitForFunction(
      () => /npm run build/.test(document.querySelector('#search-status')?.textContent ?? ''),
      undefined,
      { timeout: 30_000 },
    );
  }, 60_000);
});
