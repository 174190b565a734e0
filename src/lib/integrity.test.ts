import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIntegrity, pageInfo } from './integrity.ts';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'site-'));
  for (const [f, html] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), html);
  }
  return dir;
}

describe('integrity of a built site', () => {
  it('reads ids and link targets, not text inside scripts', () => {
    const info = pageInfo(
      '<a href="/a/?x=1&amp;y=2" id="top">x</a><script type="application/ld+json">{"href":"no"}</script><script src="/s.js"></script>',
    );
    expect([...info.ids]).toEqual(['top']);
    expect(info.links).toEqual(['/a/?x=1&y=2', '/s.js']);
  });

  it('accepts a site whose links, anchors and pages all resolve', () => {
    const dir = site({
      'index.html': '<a href="/b/#x">b</a><a href="https://lpc.events/">out</a>',
      'b/index.html': '<h2 id="x">X</h2><a href="/">home</a>',
    });
    expect(checkIntegrity(dir)).toEqual([]);
  });

  it('reports a missing page, a missing anchor, an odd scheme and an unreachable page', () => {
    const dir = site({
      'index.html': '<a href="/nowhere/">x</a><a href="/b/#y">y</a><a href="javascript:alert(1)">z</a>',
      'b/index.html': '<h2 id="x">X</h2><a href="#x">x</a><a href="#gone">gone</a><a href="#">top</a>',
      'orphan/index.html': '<p>alone</p>',
    });
    expect(checkIntegrity(dir).map((p) => `${p.page}: ${p.message}`)).toEqual([
      '/: Link to a page that does not exist: /nowhere/',
      '/: Link to a missing anchor: /b/#y',
      '/: Link with a scheme that is not http(s): javascript:alert(1)',
      '/b/: Link to a missing anchor: #gone',
      '/orphan/: No link leads to this page from the home page.',
    ]);
  });

  it('checks links under a deployment base', () => {
    const dir = site({ 'index.html': '<a href="/mc/b/">b</a>', 'b/index.html': '<a href="/mc/">home</a>' });
    expect(checkIntegrity(dir, '/mc/')).toEqual([]);
  });
});
