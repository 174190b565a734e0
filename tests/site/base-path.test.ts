/**
 * Serving under a sub-path: a build with base /mc-archive/ (BASE_PATH) keeps every site link,
 * stylesheet and canonical URL inside that path.
 */
import { mkdtempSync, readFileSync, rmSync, globSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'astro';
import { parse } from 'node-html-parser';

const project = path.resolve(import.meta.dirname, '../..');
const outDir = mkdtempSync(path.join(tmpdir(), 'base-path-'));
const BASE = '/mc-archive/';

beforeAll(async () => {
  // Vitest exposes its own BASE_URL in process.env, which Astro's prerendered pages would read
  // instead of the base being built for; a static host has no such variable.
  delete process.env.BASE_URL;
  // The same settings astro.config.mjs takes from BASE_PATH and SITE_URL.
  await build({ root: project, outDir, logLevel: 'error', base: BASE, site: 'https://archive.test' });
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('a build under a sub-path', () => {
  it('keeps every root-relative link and asset inside the base path', () => {
    const files = globSync('**/*.html', { cwd: outDir });
    expect(files.length).toBeGreaterThan(100);
    const outside: string[] = [];
    for (const file of files) {
      const doc = parse(readFileSync(path.join(outDir, file), 'utf8'));
      for (const el of doc.querySelectorAll('[href], [src], form[action]')) {
        const url = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '';
        if (url.startsWith('/') && !url.startsWith(BASE)) outside.push(`${file}: ${url}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('writes canonical URLs, the sitemap and robots.txt for the public site and base', () => {
    const doc = parse(readFileSync(path.join(outDir, 'years/2023/index.html'), 'utf8'));
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://archive.test/mc-archive/years/2023/',
    );
    expect(readFileSync(path.join(outDir, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://archive.test/mc-archive/sitemap-index.xml',
    );
    expect(readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8')).toContain(
      '<loc>https://archive.test/mc-archive/topics/iommufd/</loc>',
    );
  });
});
