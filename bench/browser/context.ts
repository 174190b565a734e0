/**
 * The browser and the fresh contexts every measurement starts in (no cache), with a tracker of
 * the bytes each context transferred from the site under test.
 */
import type { Browser, BrowserContext, Request } from 'playwright-core';
import type { Bytes, SearchBytes } from '../types.ts';
import { noSearchBytes, searchFileKind } from './search-bytes.ts';

export { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium } from '../../tests/browser/chromium.ts';

export const TIMEOUT_MS = 30_000;

export function tracker(context: BrowserContext, origin: string) {
  const seen: Request[] = [];
  context.on('requestfinished', (r) => {
    if (r.url().startsWith(origin)) seen.push(r);
  });
  return {
    mark: () => seen.length,
    async bytesSince(from: number): Promise<Bytes & { inlineScriptBytes: number; byKind: SearchBytes }> {
      const b = { html: 0, css: 0, js: 0, other: 0, total: 0, jsFiles: 0, requests: 0, inlineScriptBytes: 0 };
      const byKind = noSearchBytes();
      for (const r of seen.slice(from)) {
        const size = (await r.sizes()).responseBodySize;
        byKind[searchFileKind(r.url())] += size;
        const type = r.resourceType();
        if (type === 'document') b.html += size;
        else if (type === 'stylesheet') b.css += size;
        else if (type === 'script') {
          b.js += size;
          b.jsFiles++;
        } else b.other += size;
        b.total += size;
        b.requests++;
      }
      return { ...b, byKind };
    },
  };
}

export async function fresh(browser: Browser, origin: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(TIMEOUT_MS);
  const t = tracker(context, origin);
  const page = await context.newPage();
  return { context, page, t };
}

export const asError = (e: unknown) => ({
  error: e instanceof Error ? e.message.split('\n')[0]! : String(e),
});
