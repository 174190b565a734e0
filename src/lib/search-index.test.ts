import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexedDocument, indexSite, recordDocument } from './search-index.ts';

const page = (article: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>T</title><script type="application/ld+json">{"name":"JSON-LD"}</script></head>` +
  `<body><header>Menu ATS</header><main>${article}</main><footer>Footer</footer></body></html>`;

describe('what Pagefind reads of a page', () => {
  it('is the indexed element whole, nested elements of its kind included, and nothing around it', () => {
    const article =
      '<article class="content" data-pagefind-body><h1>SVA</h1><article><p>Inner</p></article><p>After</p></article>';
    const doc = indexedDocument(page(article))!;
    expect(doc).toContain(article);
    expect(doc).not.toMatch(/Menu|Footer|JSON-LD/);
  });

  it('is nothing for a page without indexed content, which Pagefind would skip', () => {
    expect(indexedDocument(page('<article><h1>404</h1></article>'))).toBeUndefined();
  });

  it('is the whole page when the element does not close', () => {
    const html = page('<div data-pagefind-body><p>Open');
    expect(indexedDocument(html)).toBe(html);
  });
});

describe('a record as a document', () => {
  it('carries its meta, the place it opens, filters and sort key, with its text kept as text', () => {
    const doc = recordDocument({
      url: '/years/2025/x/#recording-2025-y',
      content: 'Talk <script>alert(1)</script> & more',
      language: 'en',
      meta: { title: 'A "quoted", title' },
      filters: { kind: ['recording'], year: ['2025'] },
      sort: { year: '2025' },
    });
    expect(doc).not.toContain('<script>');
    expect(doc).toContain('<p>Talk &lt;script>alert(1)&lt;/script> &amp; more</p>');
    expect(doc).toContain('data-pagefind-meta="title:A &quot;quoted&quot;, title"');
    expect(doc).toContain('data-pagefind-meta="url:/years/2025/x/#recording-2025-y"');
    expect(doc).toContain('data-pagefind-filter="year:2025"');
    expect(doc).toContain('data-pagefind-sort="year:2025"');
  });
});

describe('the search index of a built site', () => {
  it('indexes every page with indexed content and the extra records, and leaves no copy behind', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
    const before = existsSync('/dev/shm') ? readdirSync('/dev/shm') : [];
    try {
      mkdirSync(path.join(dir, 'topics', 'ats'), { recursive: true });
      writeFileSync(
        path.join(dir, 'index.html'),
        page('<article data-pagefind-body><h1>Home</h1></article>'),
      );
      writeFileSync(
        path.join(dir, 'topics', 'ats', 'index.html'),
        page('<article data-pagefind-body><h1>ATS</h1></article>'),
      );
      writeFileSync(path.join(dir, '404.html'), page('<p>Not indexed</p>'));
      const record = {
        url: '/recordings/x/',
        content: 'A recording',
        language: 'en',
        meta: { title: 'X' },
        filters: { kind: ['recording'] },
        sort: { year: '2025' },
      };
      expect(await indexSite(dir, [record])).toBe(3);
      expect(existsSync(path.join(dir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
      expect(readdirSync(path.dirname(dir)).filter((f) => f.startsWith('.search-input-'))).toEqual([]);
      if (existsSync('/dev/shm')) expect(readdirSync('/dev/shm')).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the parts of a large index', () => {
  it('writes parts beside the main index, each with a dictionary the search hides', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'search-parts-'));
    try {
      const pages: [string, string, string][] = [
        ['a', 'Live migration of VFIO devices', '2025'],
        ['b', 'Live patching', '2024'],
        ['c', 'PASID tables', '2023'],
      ];
      for (const [name, text, year] of pages) {
        mkdirSync(path.join(dir, name));
        writeFileSync(
          path.join(dir, name, 'index.html'),
          page(
            `<article data-pagefind-body><span data-pagefind-sort="year:${year}"></span><p>${text}</p></article>`,
          ),
        );
      }
      expect(await indexSite(dir, [], 1)).toBe(3);
      const parts = JSON.parse(readFileSync(path.join(dir, 'pagefind', 'parts.json'), 'utf8'));
      expect(parts.parts).toEqual(['part-1/', 'part-2/']);
      expect(parts.hidden).toHaveLength(3);
      // A part brings its index, not code or WebAssembly of its own.
      const files = readdirSync(path.join(dir, 'pagefind', 'part-1'));
      expect(files).toContain('pagefind-entry.json');
      expect(files.filter((f) => /\.(js|css|pagefind)$/.test(f))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
