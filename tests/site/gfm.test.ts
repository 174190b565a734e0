/**
 * GitHub-flavoured Markdown in MDX: builds a one-page fixture with the project's own Astro
 * config and checks that each GFM feature renders. Run for the pipeline the site uses
 * (Sätteri) and for the unified + remark-gfm alternative kept for re-measuring.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from 'astro';
import { parse } from 'node-html-parser';

const project = path.resolve(import.meta.dirname, '../..');

async function renderFixture(pipeline: 'satteri' | 'unified') {
  const outDir = mkdtempSync(path.join(tmpdir(), `gfm-${pipeline}-`));
  const before = process.env.MARKDOWN_PIPELINE;
  process.env.MARKDOWN_PIPELINE = pipeline;
  try {
    await build({
      root: path.join(project, 'tests/fixtures/gfm'),
      configFile: path.relative(
        path.join(project, 'tests/fixtures/gfm'),
        path.join(project, 'astro.config.mjs'),
      ),
      outDir,
      logLevel: 'error',
      integrations: [],
    });
    return parse(readFileSync(path.join(outDir, 'index.html'), 'utf8'));
  } finally {
    process.env.MARKDOWN_PIPELINE = before;
    rmSync(outDir, { recursive: true, force: true });
  }
}

describe.each(['satteri', 'unified'] as const)('GFM in MDX with the %s pipeline', (pipeline) => {
  it('renders tables, strikethrough, task lists, footnotes and autolinks', async () => {
    const doc = await renderFixture(pipeline);
    expect(doc.querySelector('table th')?.text).toBe('Feature');
    expect(doc.querySelector('table td')?.text).toBe('PASID');
    expect(doc.querySelector('del')?.text).toBe('type1 container');
    const boxes = doc.querySelectorAll('li input[type="checkbox"]');
    expect(boxes.map((b) => b.hasAttribute('checked'))).toEqual([true, false]);
    const ref = doc.querySelector('sup a[href^="#"]');
    expect(ref).toBeTruthy();
    expect(doc.querySelector(ref!.getAttribute('href')!.replace(/^#/, '[id="') + '"]')?.text).toMatch(
      /Later calls count/,
    );
    expect(doc.querySelector('a[href="https://lpc.events/"]')?.text).toBe('https://lpc.events/');
  }, 60_000);
});
