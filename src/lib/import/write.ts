/**
 * YAML for content records, written the same way every time: keys in the schema's order,
 * one-line strings double-quoted (as editors write them here), long text folded (`>-`) and
 * multi-line text as a literal block (`|-`), so re-running an import gives the same bytes.
 * Updating an existing file edits only the lines of the fields that changed: everything else
 * stays byte for byte.
 */
import {
  Document,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  Scalar,
  visit,
  type Pair,
  type ToStringOptions,
} from 'yaml';

export const TO_STRING: ToStringOptions = {
  lineWidth: 100,
  // Long one-line strings (URLs, titles) stay on one line instead of being broken in quotes.
  doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER,
};
/** Above this length a one-line string is folded, as the hand-written records do. */
const FOLD_OVER = 100;
/** Sets the house style on every string value of a node (keys stay plain). */
function styleStrings(node: unknown) {
  visit(node as never, {
    Scalar(key, s, path) {
      if (key === 'key' || typeof s.value !== 'string') return;
      // The yaml package breaks a double-quoted string longer than the line even inside a word; a
      // string without spaces (a URL) that would not fit is written plain, which it never breaks.
      const indent = 2 * Math.max(0, path.filter((n) => isMap(n) || isSeq(n)).length - 1);
      const tooLong = s.value.length + 2 >= (TO_STRING.lineWidth ?? 80) - indent - 2;
      s.type = s.value.includes('\n')
        ? Scalar.BLOCK_LITERAL
        : !/\s/.test(s.value)
          ? tooLong
            ? Scalar.PLAIN
            : Scalar.QUOTE_DOUBLE
          : s.value.length > FOLD_OVER
            ? Scalar.BLOCK_FOLDED
            : Scalar.QUOTE_DOUBLE;
    },
  });
}

/** A node for `value` in `doc`, in the house style. */
export function styledNode(doc: Document, value: unknown) {
  const node = doc.createNode(value);
  styleStrings(node);
  return node;
}

/** `data`'s keys in `order`; keys the order does not know follow in their own order. */
export function ordered(data: Record<string, unknown>, order: readonly string[]): [string, unknown][] {
  const known = order.filter((k) => data[k] !== undefined).map((k) => [k, data[k]] as [string, unknown]);
  const rest = Object.entries(data).filter(([k, v]) => !order.includes(k) && v !== undefined);
  return [...known, ...rest];
}

/** A new record file. */
export function stringifyRecord(data: Record<string, unknown>, order: readonly string[]): string {
  const doc = new Document();
  doc.contents = styledNode(doc, Object.fromEntries(ordered(data, order))) as never;
  return doc.toString(TO_STRING);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** One top-level field as its own lines, `key: value` in the house style. */
const fieldText = (key: string, value: unknown) => stringifyRecord({ [key]: value }, [key]);

/** Where a top-level field sits: from the start of its key's line to the end of its value's last line. */
interface Span {
  key: string;
  start: number;
  end: number;
}

function spansOf(source: string, doc: Document): Span[] {
  const map = doc.contents;
  if (!isMap(map)) throw new Error('The file does not hold a YAML mapping.');
  return map.items.map((item) => {
    const p = item as Pair<{ range?: number[]; value?: unknown }, { range?: number[] } | null>;
    const keyStart = p.key.range?.[0] ?? 0;
    const valueEnd = p.value?.range?.[1] ?? p.key.range?.[1] ?? keyStart;
    const start = source.lastIndexOf('\n', keyStart - 1) + 1;
    const eol = source[valueEnd - 1] === '\n' ? valueEnd - 1 : source.indexOf('\n', valueEnd);
    return {
      key: isScalar(p.key) ? String(p.key.value) : String(p.key),
      start,
      end: eol < 0 ? source.length : eol + 1,
    };
  });
}

/**
 * `data` applied to YAML text by editing lines, not by re-printing the document: only the lines
 * of a changed, added or removed field change, so an editor's comments, wrapping and order stay
 * byte for byte. New fields go before the first field the schema puts after them (and before
 * the comment lines above it).
 */
function editFields(source: string, data: Record<string, unknown>, order: readonly string[]): string {
  const doc = parseDocument(source);
  if (doc.errors.length) throw new Error(`The file is not valid YAML: ${doc.errors[0]!.message}`);
  const spans = spansOf(source, doc);
  const current = (doc.toJS() ?? {}) as Record<string, unknown>;
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const span of spans)
    if (data[span.key] === undefined) edits.push({ start: span.start, end: span.end, text: '' });
  for (const [key, value] of ordered(data, order)) {
    if (key in current && same(current[key], value)) continue;
    const span = spans.find((s) => s.key === key);
    if (span) {
      edits.push({ start: span.start, end: span.end, text: fieldText(key, value) });
      continue;
    }
    const next = spans.findIndex((s) => rank(s.key) > rank(key));
    let at = next < 0 ? source.length : spans[next]!.start;
    const floor = next > 0 ? spans[next - 1]!.end : 0;
    // Comment lines right above a field belong to it.
    while (next >= 0 && at > floor) {
      const lineStart = source.lastIndexOf('\n', at - 2) + 1;
      if (!/^[ \t]*#/.test(source.slice(lineStart, at))) break;
      at = lineStart;
    }
    const text =
      (at === source.length && source && !source.endsWith('\n') ? '\n' : '') + fieldText(key, value);
    const joined = edits.find((e) => e.start === at && e.end === at);
    if (joined) joined.text += text;
    else edits.push({ start: at, end: at, text });
  }
  let out = source;
  for (const e of edits.sort((a, b) => b.start - a.start || b.end - a.end))
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

const FRONTMATTER = /^(---\r?\n)([\s\S]*?\r?\n)?---(\r?\n|$)/;

/**
 * An existing record file with `data` applied, changing only the lines of the fields that
 * change. YAML files and the front matter of MDX files are supported; an MDX body is kept as it is.
 */
export function updateRecord(
  source: string,
  data: Record<string, unknown>,
  order: readonly string[],
  mdx: boolean,
): string {
  if (!mdx) return editFields(source, data, order);
  const fm = FRONTMATTER.exec(source);
  if (!fm) throw new Error('The file has no front matter.');
  return `${fm[1]}${editFields(fm[2] ?? '', data, order)}---${fm[3]}${source.slice(fm[0].length)}`;
}

/** Reads a record file's data (YAML, or MDX front matter). */
export function readRecord(source: string, mdx: boolean): Record<string, unknown> {
  const text = mdx ? (FRONTMATTER.exec(source)?.[2] ?? '') : source;
  const data = parseDocument(text).toJS();
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}
