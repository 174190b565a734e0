import { describe, expect, it } from 'vitest';
import { withAcronymFilters } from './search-acronyms.ts';

const page = (body: string) =>
  `<html><body><header>ABC menu</header><article class="content" data-pagefind-body>${body}</article></body></html>`;
const filters = (html: string) =>
  [...html.matchAll(/data-pagefind-filter="acronym:([^"]+)"/g)].map((m) => m[1]);

describe('acronym filters for the index', () => {
  it('tags each acronym of the indexed content once, and only whole words', () => {
    const html = withAcronymFilters(
      page('<h1>ATS and PRI</h1><p>ATS at attestation, does the DOE <code>CONFIG_PCI_ATS</code>?</p>'),
    );
    expect(filters(html)).toEqual(['ATS', 'PRI', 'DOE', 'PCI']);
  });

  it('leaves out what Pagefind does not index: outside the body and ignored parts', () => {
    const html = withAcronymFilters(page('<p>SVA</p><aside data-pagefind-ignore="all">IDE</aside>'));
    expect(filters(html)).toEqual(['SVA']);
  });

  it('skips an ignored part whole, its nested elements of the same kind included', () => {
    const html = withAcronymFilters(
      page(
        '<div data-pagefind-ignore><div>IDE</div> TDISP</div><p>SVA<br/>PRI</p><script>var ATS = "<b>";</script><style>p{}</style><!-- DOE -->CXL',
      ),
    );
    expect(filters(html)).toEqual(['SVA', 'PRI', 'CXL']);
  });

  it('reads text as Pagefind does: entities decoded, attributes and what follows the body left out', () => {
    const html = withAcronymFilters(`${page('<p title="ABI">AT&amp;T&#39;s MMIO</p>')}<p>ECAM</p>`);
    expect(filters(html)).toEqual(['AT', 'MMIO']);
  });

  it('does not merge words across elements', () => {
    expect(filters(withAcronymFilters(page('<ul><li>MSI</li><li>NTB</li></ul>')))).toEqual(['MSI', 'NTB']);
  });

  it('puts the tags inside the indexed element and changes nothing else', () => {
    const source = page('<p>An RFC.</p>');
    const html = withAcronymFilters(source);
    expect(html.replace(/<div hidden>.*?<\/div>/, '')).toBe(source);
    expect(html).toContain('data-pagefind-body><div hidden><span data-pagefind-filter="acronym:RFC"></span>');
  });

  it('returns a page without indexed content unchanged', () => {
    const source = '<html><body><p>ATS</p></body></html>';
    expect(withAcronymFilters(source)).toBe(source);
  });
});
