/**
 * The index side of whole-word acronym search (see ACRONYM_FILTER in search-state.ts): before
 * Pagefind reads a built page, its indexed content gets one hidden `acronym` filter per acronym
 * in its text. The tags exist only in the index; the served pages stay as they were.
 */
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { ACRONYM_FILTER, acronymsIn } from './search-state.ts';

/** Text of the content Pagefind indexes, with a space between elements so words never merge. */
function indexedText(node: Node, out: string[] = []): string[] {
  if (node.nodeType === 3) out.push(node.text);
  else if (node.nodeType === 1) {
    const el = node as HTMLElement;
    if (el.hasAttribute('data-pagefind-ignore') || ['script', 'style'].includes(el.tagName?.toLowerCase()))
      return out;
    for (const child of el.childNodes) indexedText(child, out);
  }
  return out;
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
  const body = parse(html).querySelector('[data-pagefind-body]');
  if (!body) return html;
  const acronyms = acronymsIn(indexedText(body).join(' '));
  if (!acronyms.length) return html;
  const tags = acronyms.map((a) => `<span data-pagefind-filter="${ACRONYM_FILTER}:${a}"></span>`).join('');
  const at = open.index + open[0].length;
  return `${html.slice(0, at)}<div hidden>${tags}</div>${html.slice(at)}`;
}
