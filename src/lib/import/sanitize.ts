/**
 * Text from an export made safe to store: control and bidi-override characters removed
 * everywhere, and descriptions turned into Markdown that carries no script, no event handler
 * and no link other than http(s), however the Markdown is later rendered.
 */
import sanitizeHtml from 'sanitize-html';
import TurndownService from 'turndown';

/** C0 and C1 controls except tab and newline, which `cleanText` handles itself. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/**
 * Bidi embeddings, overrides and isolates: they make text display in another order than it is
 * stored ("Trojan Source", CVE-2021-42574), so a title could read differently from what it says.
 */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;
/** Byte-order marks and zero-width spaces that Word-to-HTML paths leave behind. */
const INVISIBLE = /[\uFEFF\u200B]/g;

/** Multi-line text: CRLF to LF, tabs to spaces, unsafe and invisible characters removed. */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '')
    .replace(BIDI, '')
    .replace(INVISIBLE, '');
}

/** One-line text (titles, names, rooms): `cleanText`, then runs of spacing squashed. */
export const cleanLine = (text: string) => cleanText(text).replace(/\s+/g, ' ').trim();

/** Only absolute web links survive: `javascript:`, `data:` and relative links are dropped. */
export const isWebUrl = (url: string) => /^https?:\/\/[^\s/]/i.test(url.trim());

/** Any HTML tag or comment. Autolinks such as `<https://…>` are not tags (a colon follows the name). */
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--/i;
/** Tags that make their own blocks; without any, blank lines are the only paragraph breaks. */
const BLOCK_TAG = /<\/?(?:p|div|br|ul|ol|li|h[1-6]|pre|blockquote|table|tr)\b/i;

const headingsAsParagraphs = Object.fromEntries(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => [h, 'p']));

/**
 * Basic text only. Headings become paragraphs because the abstract sits under the page's own
 * headings; table rows become blocks so cells do not run together. Script, style and similar
 * elements go with their content (sanitize-html's `nonTextTags`).
 */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'div',
    'strong',
    'b',
    'em',
    'i',
    'code',
    'pre',
    'ul',
    'ol',
    'li',
    'blockquote',
    'a',
  ],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https'],
  allowedSchemesByTag: {},
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    ...headingsAsParagraphs,
    tr: 'div',
    // sanitize-html keeps relative links; the archive has no use for a link into Indico's own paths.
    a: (tagName, attribs): sanitizeHtml.Tag => ({
      tagName,
      attribs: attribs.href && isWebUrl(attribs.href) ? { href: attribs.href.trim() } : {},
    }),
  },
};

const turndown = new TurndownService({
  headingStyle: 'atx',
  bulletListMarker: '-',
  codeBlockStyle: 'fenced',
  emDelimiter: '_',
});

function htmlToMarkdown(html: string): string {
  // HTML with inline tags only (Markdown with a stray <b>, say): keep its blank-line paragraphs,
  // which HTML would otherwise collapse into one.
  const blocks = BLOCK_TAG.test(html)
    ? html
    : html
        .split(/\n\s*\n/)
        .map((p) => `<p>${p}</p>`)
        .join('\n');
  return turndown.turndown(sanitizeHtml(blocks, SANITIZE));
}

/** Markdown links, images and reference definitions whose target is not an http(s) URL lose it. */
function markdownWithWebLinksOnly(md: string): string {
  const target = (dest: string) => dest.replace(/^<|>$/g, '');
  return md
    .replace(/!\[([^[\]]*)\]\([^)]*\)/g, '$1')
    .replace(
      /\[([^[\]]*)\]\(\s*(<[^>]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g,
      (link, text: string, dest: string) => (isWebUrl(target(dest)) ? link : text),
    )
    .replace(/^ {0,3}\[(?!\^)[^\]]+\]:[ \t]*(\S+).*$/gm, (def, dest: string) =>
      isWebUrl(target(dest)) ? def : '',
    )
    .replace(/<([a-z][a-z0-9+.-]*:[^<>\s]*)>/gi, (auto, url: string) => (isWebUrl(url) ? auto : url));
}

/**
 * A description (HTML, Markdown or plain text, as Indico stores it) as safe Markdown; undefined
 * when nothing is left. HTML is sanitised with an allowlist and converted with turndown.
 * Markdown is kept as written (Indico's default for contributions) with its non-web links
 * removed; anything that looks like a tag sends the text down the HTML path, so raw HTML never
 * passes through.
 */
export function toSafeMarkdown(description: string | undefined): string | undefined {
  const text = cleanText(description ?? '').trim();
  if (!text) return undefined;
  const md = HTML_TAG.test(text) ? htmlToMarkdown(text) : markdownWithWebLinksOnly(text);
  const tidy = cleanText(md)
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return tidy || undefined;
}
