/**
 * Links the first mention of each known acronym in a page's prose to its topic, with the
 * expansion in an <abbr>: "SVA" becomes <a href="/topics/sva/"><abbr title="Shared Virtual
 * Addressing">SVA</abbr></a>. Runs on the built HTML of the editor-written prose only
 * (elements with class "prose"), never inside code, headings, links or existing abbreviations.
 */
import type { Archive } from './archive.ts';
import { topicPath, withBase } from './urls.ts';

export interface GlossaryEntry {
  acronym: string;
  expansion: string;
  topic: string;
}

/** Every topic acronym with its expansion; "MPS/MRRS" also yields MPS and MRRS. */
export function glossary(archive: Archive): GlossaryEntry[] {
  return archive.topics.flatMap((t) => {
    const { acronym, expansion } = t.data;
    if (!acronym || !expansion) return [];
    const forms = acronym.includes('/') ? [acronym, ...acronym.split('/')] : [acronym];
    return forms.map((a) => ({ acronym: a, expansion, topic: t.id }));
  });
}

const SKIP = new Set([
  'a',
  'code',
  'pre',
  'kbd',
  'samp',
  'abbr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'script',
  'style',
]);
const VOID = new Set([
  'br',
  'hr',
  'img',
  'input',
  'meta',
  'link',
  'wbr',
  'source',
  'col',
  'area',
  'embed',
  'track',
  'base',
  'param',
]);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** A string made safe inside a quoted attribute or as text. */
export const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Links first mentions inside one prose fragment. `seen` carries acronyms already linked on the
 * page (and the page's own topic), so only the first mention on a page is linked.
 */
export function linkFragment(
  html: string,
  entries: GlossaryEntry[],
  seen: Set<string>,
  base: string,
): string {
  const pending = entries.filter((e) => !seen.has(e.topic) && !seen.has(e.acronym));
  if (!pending.length) return html;
  // Longest first, so "MPS/MRRS" wins over "MPS".
  const sorted = [...pending].sort((a, b) => b.acronym.length - a.acronym.length);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}_/-])(${sorted.map((e) => escapeRe(e.acronym)).join('|')})(?![\\p{L}\\p{N}_/-])`,
    'gu',
  );
  const byAcronym = new Map(sorted.map((e) => [e.acronym, e]));
  const stack: string[] = [];
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        const m = /^<\s*(\/)?\s*([a-zA-Z0-9]+)/.exec(part);
        if (m) {
          const name = m[2]!.toLowerCase();
          if (m[1]) {
            const at = stack.lastIndexOf(name);
            if (at >= 0) stack.length = at;
          } else if (!VOID.has(name) && !part.endsWith('/>')) stack.push(name);
        }
        return part;
      }
      if (!part || stack.some((t) => SKIP.has(t))) return part;
      return part.replace(pattern, (match: string) => {
        const e = byAcronym.get(match)!;
        if (seen.has(e.topic) || seen.has(e.acronym)) return match;
        seen.add(e.topic);
        seen.add(e.acronym);
        return `<a href="${withBase(topicPath(e.topic), base)}" class="acronym"><abbr title="${escapeAttr(e.expansion)}">${match}</abbr></a>`;
      });
    })
    .join('');
}

/**
 * Where each `<div class="prose">` of a page starts and ends (its content only), found by
 * counting nested divs: cheap enough to run on every page of a large archive.
 */
export function proseRanges(page: string): [number, number][] {
  const ranges: [number, number][] = [];
  const open = /<div\b[^>]*\bclass="[^"]*\bprose\b[^"]*"[^>]*>/g;
  for (let m = open.exec(page); m; m = open.exec(page)) {
    const start = m.index + m[0].length;
    const tags = /<(\/?)div\b[^>]*>/g;
    tags.lastIndex = start;
    let depth = 1;
    for (let t = tags.exec(page); t; t = tags.exec(page)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        ranges.push([start, t.index]);
        open.lastIndex = t.index;
        break;
      }
    }
  }
  return ranges;
}

/** Applies linkFragment to every element with class "prose" of a page, in page order. */
export function linkAcronyms(
  page: string,
  entries: GlossaryEntry[],
  selfTopic: string | undefined,
  base: string,
): string {
  if (!page.includes('prose')) return page;
  const seen = new Set<string>(selfTopic ? [selfTopic] : []);
  const edits = proseRanges(page).map(([start, end]) => ({
    start,
    end,
    html: linkFragment(page.slice(start, end), entries, seen, base),
  }));
  let out = page;
  for (const e of edits.reverse()) out = out.slice(0, e.start) + e.html + out.slice(e.end);
  return out;
}
