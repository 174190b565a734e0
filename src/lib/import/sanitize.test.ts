import { describe, expect, it } from 'vitest';
import { cleanLine, cleanText, isWebUrl, toSafeMarkdown } from './sanitize.ts';

describe('cleanText and cleanLine', () => {
  it('removes control and bidi-override characters and normalises line ends', () => {
    expect(cleanText('a\r\nb\rc\u0007d\u202Ee\u2066f\u2069\u0085')).toBe('a\nb\ncdef');
  });

  it('squashes one-line text', () => {
    expect(cleanLine('  IOMMUFD:\t next \n steps ')).toBe('IOMMUFD: next steps');
  });
});

describe('isWebUrl', () => {
  it('accepts http(s) only', () => {
    expect(isWebUrl('https://example.org/x')).toBe(true);
    expect(isWebUrl('HTTP://example.org')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('/event/1/')).toBe(false);
    expect(isWebUrl('//example.org/x')).toBe(false);
  });
});

describe('toSafeMarkdown', () => {
  it('drops scripts, event handlers and non-web links from HTML, keeping the text', () => {
    const md = toSafeMarkdown(
      '<p>Posted <strong>MSI</strong> <img src="x" onerror="alert(1)"><script>alert("x")</script></p>' +
        '<ul><li><a href="javascript:alert(1)" onclick="steal()">bad</a></li><li><a href="https://example.org/p?a=1&amp;b=2">good</a> and <a href="/event/1/">relative</a></li></ul>',
    );
    expect(md).toBe('Posted **MSI**\n\n-   bad\n-   [good](https://example.org/p?a=1&b=2) and relative');
    expect(md).not.toMatch(/script|onerror|onclick|javascript|alert/);
  });

  it('turns headings into paragraphs so they do not compete with the page outline', () => {
    expect(toSafeMarkdown('<h1>Plan</h1><p>Text</p>')).toBe('Plan\n\nText');
  });

  it('keeps Markdown as written, with its reference links, after normalising CRLF', () => {
    const md = toSafeMarkdown(
      'Line one — é\r\n\r\nSee [patches][1]; comments, please.\r\n\r\n  [1]: https://example.org/p\r\n',
    );
    expect(md).toBe('Line one — é\n\nSee [patches][1]; comments, please.\n\n  [1]: https://example.org/p');
  });

  it('removes non-web targets from Markdown links, images and definitions', () => {
    const md = toSafeMarkdown(
      'A [click](javascript:alert(1)) and [ok](https://example.org/a_(b)) ![pic](https://example.org/i.png) <javascript:x()>\n\n[2]: &#106;avascript:alert(1)\n[^1]: a footnote stays',
    );
    expect(md).toBe(
      'A click and [ok](https://example.org/a_(b)) pic javascript:x()\n\n[^1]: a footnote stays',
    );
  });

  it('sends Markdown with raw HTML down the HTML path, keeping its paragraphs', () => {
    const md = toSafeMarkdown('First <b>bold</b> para\n\nSecond <span onmouseover="x()">para</span>');
    expect(md).toBe('First **bold** para\n\nSecond para');
  });

  it('does not mistake header paths or comparisons for tags', () => {
    expect(toSafeMarkdown('Include <linux/pci.h> when a < b')).toBe('Include <linux/pci.h> when a < b');
  });

  it('gives nothing for an empty or whitespace-only description', () => {
    expect(toSafeMarkdown('')).toBeUndefined();
    expect(toSafeMarkdown(' \r\n ')).toBeUndefined();
    expect(toSafeMarkdown('<p> </p><script>x</script>')).toBeUndefined();
  });
});
