/**
 * Markdown from records (an imported abstract) rendered to HTML that can only format text:
 * Sätteri renders it, then sanitize-html keeps a short list of tags and only http(s) links.
 * The importer sanitises too; this holds even for a hand-edited or hostile record.
 */
import { markdownToHtml } from 'satteri';
import sanitizeHtml from 'sanitize-html';

const ALLOWED = [
  'p',
  'br',
  'strong',
  'em',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];

export function safeMarkdown(markdown: string): string {
  const { html } = markdownToHtml(markdown, { features: { gfm: { footnotes: false } } });
  return sanitizeHtml(html, {
    allowedTags: ALLOWED,
    allowedAttributes: { a: ['href', 'rel'] },
    allowedSchemes: ['http', 'https'],
    allowProtocolRelative: false,
    // Links leave the site: no referrer, no window handle.
    transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
  });
}
