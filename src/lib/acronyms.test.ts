import { describe, expect, it } from 'vitest';
import { linkAcronyms, linkFragment, type GlossaryEntry } from './acronyms.ts';

const g: GlossaryEntry[] = [
  { acronym: 'SVA', expansion: 'Shared Virtual Addressing', topic: 'sva' },
  { acronym: 'SR-IOV', expansion: 'Single-Root I/O Virtualization', topic: 'sr-iov' },
  { acronym: 'MPS/MRRS', expansion: 'Maximum Payload Size and Maximum Read Request Size', topic: 'mps-mrrs' },
  { acronym: 'MPS', expansion: 'Maximum Payload Size and Maximum Read Request Size', topic: 'mps-mrrs' },
];
const link = (html: string, base = '/') => linkFragment(html, g, new Set(), base);

describe('acronym links', () => {
  it('links only the first mention, with the expansion', () => {
    expect(link('<p>SVA is here. SVA again.</p>')).toBe(
      '<p><a href="/topics/sva/" class="acronym"><abbr title="Shared Virtual Addressing">SVA</abbr></a> is here. SVA again.</p>',
    );
  });

  it('never links inside code, headings, links or abbreviations', () => {
    const html = '<h2>SVA</h2><p><code>SVA</code> <a href="/x/">SVA</a> <abbr>SVA</abbr></p>';
    expect(link(html)).toBe(html);
  });

  it('matches whole acronyms only, hyphens included', () => {
    expect(link('<p>vSVA and SVAs, then SR-IOV.</p>')).toBe(
      '<p>vSVA and SVAs, then <a href="/topics/sr-iov/" class="acronym"><abbr title="Single-Root I/O Virtualization">SR-IOV</abbr></a>.</p>',
    );
  });

  it('prefers the longest form and links a topic once', () => {
    expect(link('<p>MPS/MRRS and MPS</p>')).toBe(
      '<p><a href="/topics/mps-mrrs/" class="acronym"><abbr title="Maximum Payload Size and Maximum Read Request Size">MPS/MRRS</abbr></a> and MPS</p>',
    );
  });

  it("adds the deployment base and skips the page's own topic", () => {
    const page =
      '<html><body><h1>SVA</h1><div class="prose"><p>SVA and SR-IOV</p></div><p>SR-IOV outside prose</p></body></html>';
    expect(linkAcronyms(page, g, 'sva', '/mc/')).toBe(
      '<html><body><h1>SVA</h1><div class="prose"><p>SVA and <a href="/mc/topics/sr-iov/" class="acronym"><abbr title="Single-Root I/O Virtualization">SR-IOV</abbr></a></p></div><p>SR-IOV outside prose</p></body></html>',
    );
  });

  it('finds prose blocks with nested divs inside', () => {
    const page = '<div class="prose"><div><p>SVA</p></div><p>SR-IOV</p></div><div><p>SR-IOV</p></div>';
    expect(linkAcronyms(page, g, undefined, '/').match(/<abbr/g)).toHaveLength(2);
  });

  it('counts the first mention across several prose blocks of a page', () => {
    const page = '<div class="prose"><p>SVA</p></div><div class="prose"><p>SVA</p></div>';
    expect(linkAcronyms(page, g, undefined, '/').match(/<abbr/g)).toHaveLength(1);
  });
});
