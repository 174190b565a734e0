import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexedDocument, indexSite, recordDocument } from './search-index.ts';
import { shareTree } from './search-index-cache.ts';

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
      expect(await indexSite(dir, [record])).toEqual({ entries: 3, parts: 1, kept: 0 });
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
      expect((await indexSite(dir, [], { perPart: 1 })).entries).toBe(3);
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

describe('a rebuild of the index', () => {
  const site = (dir: string, texts: Record<string, [string, string]>) => {
    rmSync(dir, { recursive: true, force: true });
    for (const [name, [text, year]] of Object.entries(texts)) {
      mkdirSync(path.join(dir, name), { recursive: true });
      writeFileSync(
        path.join(dir, name, 'index.html'),
        page(
          `<article data-pagefind-body><span data-pagefind-sort="year:${year}"></span><p>${text}</p></article>`,
        ),
      );
    }
  };
  /** Every file of an index, by path, as bytes: what a reader's browser can fetch. */
  const files = (dir: string) =>
    Object.fromEntries(
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => {
          const f = path.join(d.parentPath, d.name);
          return [path.relative(dir, f), readFileSync(f).toString('base64')];
        }),
    );
  const pages: Record<string, [string, string]> = {
    a: ['Live migration of VFIO devices', '2025'],
    b: ['Live patching of PASID tables', '2024'],
    c: ['PASID tables and live updates', '2023'],
    d: ['Migration of VFIO state', '2022'],
  };

  it('re-indexes only the parts whose pages changed, and writes what a fresh index writes', async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'search-rebuild-'));
    const [dir, cache, fresh] = ['site', 'cache', 'fresh'].map((d) => path.join(tmp, d)) as [
      string,
      string,
      string,
    ];
    try {
      const options = { perPart: 2, cache };
      site(dir, pages);
      expect(await indexSite(dir, [], options)).toEqual({ entries: 4, parts: 2, kept: 0 });
      site(dir, pages);
      expect(await indexSite(dir, [], options)).toEqual({ entries: 4, parts: 2, kept: 2 });
      // d (2022) goes to the second part with b; its new words are in the archive already.
      const edited = {
        ...pages,
        d: ['Migration of VFIO state and PASID tables', '2022'] as [string, string],
      };
      site(dir, edited);
      expect(await indexSite(dir, [], options)).toEqual({ entries: 4, parts: 2, kept: 1 });
      site(fresh, edited);
      await indexSite(fresh, [], { perPart: 2 });
      expect(files(path.join(dir, 'pagefind'))).toEqual(files(path.join(fresh, 'pagefind')));
      // A word new to the archive enters every other part's dictionary.
      site(dir, { ...edited, d: ['Migration of VFIO state and kexec', '2022'] });
      expect(await indexSite(dir, [], options)).toEqual({ entries: 4, parts: 2, kept: 0 });
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('a kept index shares its files with the site', () => {
  it('as hard links on one file system, as copies across two, leaving out what it is told to', () => {
    // /dev/shm is a memory file system on Linux, never the one os.tmpdir() is on here.
    expect(existsSync('/dev/shm'), 'this test needs /dev/shm as a second file system').toBe(true);
    const disk = mkdtempSync(path.join(os.tmpdir(), 'share-'));
    const memory = mkdtempSync('/dev/shm/share-');
    try {
      const from = path.join(disk, 'index');
      mkdirSync(path.join(from, 'fragment'), { recursive: true });
      mkdirSync(path.join(from, 'part-1'));
      writeFileSync(path.join(from, 'fragment', 'a.pf_fragment'), 'a');
      writeFileSync(path.join(from, 'part-1', 'b.pf_meta'), 'b');
      const left = new Set([path.join(from, 'part-1')]);
      for (const to of [path.join(disk, 'kept'), path.join(memory, 'kept')]) {
        shareTree(from, to, left);
        expect(readdirSync(to, { recursive: true })).toEqual(['fragment', 'fragment/a.pf_fragment']);
        expect(readFileSync(path.join(to, 'fragment', 'a.pf_fragment'), 'utf8')).toBe('a');
      }
      const inode = (dir: string) => statSync(path.join(dir, 'fragment', 'a.pf_fragment')).ino;
      expect(inode(path.join(disk, 'kept'))).toBe(inode(from));
      expect(statSync(path.join(memory, 'kept', 'fragment', 'a.pf_fragment')).nlink).toBe(1);
    } finally {
      rmSync(disk, { recursive: true, force: true });
      rmSync(memory, { recursive: true, force: true });
    }
  });
});
