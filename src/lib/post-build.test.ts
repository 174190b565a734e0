import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { finishPage, pageTopic, safeExternalLinks, writeHeaders, type PostBuildInput } from './post-build.ts';

const input: PostBuildInput = {
  glossary: [{ acronym: 'SVA', expansion: 'Shared Virtual Addressing', topic: 'sva' }],
  topicIds: new Set(['sva', 'iommufd']),
  base: '/mc/',
};
const page = (body: string, head = '') =>
  `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const cspOf = (html: string) => /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];

describe('post-build steps', () => {
  it('links the first acronym in prose under the base path and adds the policy after the charset', () => {
    const out = finishPage('years/2023/index.html', page('<div class="prose"><p>SVA, SVA</p></div>'), input);
    expect(out.html).toContain(
      '<a href="/mc/topics/sva/" class="acronym"><abbr title="Shared Virtual Addressing">SVA</abbr></a>, SVA',
    );
    expect(out.html).toMatch(/<meta charset="utf-8"><meta http-equiv="Content-Security-Policy"/);
    expect(cspOf(out.html)).not.toContain('unsafe-inline');
  });

  it("does not link a topic page's own acronym, and knows only real topic pages", () => {
    const html = page('<div class="prose"><p>SVA here</p></div>');
    expect(finishPage(path.join('topics', 'sva', 'index.html'), html, input).html).not.toContain('<abbr');
    expect(pageTopic('topics/sva/index.html', input.topicIds)).toBe('sva');
    // As the middleware names a page: its site path.
    expect(pageTopic('/topics/sva/', input.topicIds)).toBe('sva');
    expect(finishPage('/topics/sva/', html, input).html).not.toContain('<abbr');
    expect(pageTopic('topics/unknown/index.html', input.topicIds)).toBeUndefined();
    expect(pageTopic('years/2023/sva/index.html', input.topicIds)).toBeUndefined();
  });

  it('makes links that leave the site pass no referrer, and leaves site links and set rel alone', () => {
    expect(safeExternalLinks('<p><a href="https://lore.kernel.org/x">x</a></p>')).toBe(
      '<p><a href="https://lore.kernel.org/x" rel="noopener noreferrer">x</a></p>',
    );
    const kept = '<a href="/topics/sva/">a</a><a class="x" href="mailto:a@b" rel="me">b</a><abbr>c</abbr>';
    expect(safeExternalLinks(kept)).toBe(kept);
  });

  it('hashes the final inline script, so the policy allows exactly what the page runs', () => {
    const out = finishPage('index.html', page('<p>x</p><script>go()</script>'), input);
    expect(out.scripts).toHaveLength(1);
    expect(cspOf(out.html)).toContain(out.scripts[0]);
  });
});

describe('writeHeaders', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, html: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), html);
  };

  it('writes _headers allowing the inline scripts of every finished page, and nothing else', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'post-build-'));
    const a = finishPage('index.html', page('<script>a()</script>'), input);
    const b = finishPage('/topics/sva/', page('<script>b()</script><style>p{}</style>'), input);
    write('index.html', a.html);
    write('topics/sva/index.html', b.html);
    expect(writeHeaders(dir)).toBe(2);
    const headers = readFileSync(path.join(dir, '_headers'), 'utf8');
    expect(headers).toContain(a.scripts[0]);
    expect(headers).toContain(b.scripts[0]);
    expect(headers).toContain(b.styles[0]);
    expect(headers.match(/'sha256-/g)).toHaveLength(3);
    expect(headers).toContain("frame-ancestors 'none'");
  });

  it('refuses a page that was not finished, naming it', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'post-build-'));
    write('years/2023/index.html', page('<script>a()</script>'));
    expect(() => writeHeaders(dir)).toThrow(/years\/2023\/index\.html has no Content-Security-Policy/);
  });
});
