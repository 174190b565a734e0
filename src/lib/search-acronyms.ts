/**
 * The index side of whole-word acronym search (see ACRONYM_FILTER in search-state.ts): before
 * Pagefind reads a built page, its indexed content gets one hidden `acronym` filter per acronym
 * in its text. The tags exist only in the index; the served pages stay as they were.
 */
import { ACRONYM_FILTER, acronymsIn } from './search-state.ts';

/** Elements that have no content and no closing tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** A comment, or a tag: "/" if closing, its name, its attributes (quoted values may hold ">"). */
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const IGNORED = /\sdata-pagefind-ignore(?=[\s=/]|$)/;
const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (text: string) =>
  text.replace(ENTITY, (_, e: string) =>
    e.startsWith('#')
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : NAMED[e.toLowerCase()]!,
  );

/**
 * Text of the element opened by `open` (its contents, up to its balanced closing tag) as Pagefind
 * indexes it: without scripts, styles and `data-pagefind-ignore` parts, with a space between
 * elements so words never merge. One pass over the tags: parsing each page into a DOM cost
 * 8 to 12 s at 10,000 sessions.
 */
function indexedText(html: string, open: RegExpExecArray): string {
  const body = open[1]!.toLowerCase();
  const out: string[] = [];
  let depth = 1;
  let skip: { name: string; depth: number } | undefined;
  let last = open.index + open[0].length;
  TAG.lastIndex = last;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (!skip) out.push(html.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[2] === undefined) continue;
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    const attrs = m[3]!;
    const opens = !closing && !VOID.has(name) && !attrs.endsWith('/');
    const step = closing ? -1 : opens ? 1 : 0;
    if (name === body && (depth += step) === 0) break;
    if (skip) {
      if (name === skip.name && (skip.depth += step) === 0) skip = undefined;
    } else if (opens && (name === 'script' || name === 'style' || IGNORED.test(attrs))) {
      skip = { name, depth: 1 };
      // A script's or a style's text is not markup: go straight to its end.
      if (name === 'script' || name === 'style') {
        const close = new RegExp(`</${name}`, 'gi');
        close.lastIndex = last;
        TAG.lastIndex = last = close.exec(html)?.index ?? html.length;
      }
    }
  }
  if (!skip && depth > 0) out.push(html.slice(last));
  return decode(out.join(' '));
}

/** The opening tag of the element Pagefind indexes, its tag name captured. */
export const BODY_TAG = /<([a-z][a-z0-9-]*)\s[^>]*\bdata-pagefind-body\b[^>]*>/i;

/**
 * A built page with its acronym filters inside its `data-pagefind-body` element; a page without
 * one is returned unchanged (Pagefind does not index it).
 */
export function withAcronymFilters(html: string): string {
  const open = BODY_TAG.exec(html);
  if (!open) return html;
  const acronyms = acronymsIn(indexedText(html, open));
  if (!acronyms.length) return html;
  const tags = acronyms.map((a) => `<span data-pagefind-filter="${ACRONYM_FILTER}:${a}"></span>`).join('');
  const at = open.index + open[0].length;
  return `${html.slice(0, at)}<div hidden>${tags}</div>${html.slice(at)}`;
}
