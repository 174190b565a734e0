import { describe, expect, it } from 'vitest';
import { indexedDocument } from './search-index.ts';

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
