import { describe, expect, it } from 'vitest';
import { safeMarkdown } from './markdown.ts';

describe('Markdown from records', () => {
  it('formats text, lists and links', () => {
    expect(safeMarkdown('**iommufd** and [the series](https://lore.kernel.org/x/)\n\n- a\n- b')).toBe(
      '<p><strong>iommufd</strong> and <a href="https://lore.kernel.org/x/" rel="noopener noreferrer">the series</a></p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n',
    );
  });

  it('drops scripts, event handlers, images and non-web links', () => {
    const html = safeMarkdown(
      '<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) <b onclick="y()">b</b>',
    );
    expect(html).not.toMatch(/<script|<img|onerror|onclick|href="javascript:|<b/);
  });
});
