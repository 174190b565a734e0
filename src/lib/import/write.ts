/**
 * YAML for content records, written the same way every time: keys in the schema's order,
 * one-line strings double-quoted (as editors write them here), long text folded (`>-`) and
 * multi-line text as a literal block (`|-`), so re-running an import gives the same bytes.
 * Updating an existing file edits only the fields that changed, keeping an editor's comments
 * and layout elsewhere.
 */
import { Document, isMap, isScalar, parseDocument, Pair, Scalar, visit, type ToStringOptions } from 'yaml';

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
    Scalar(key, s) {
      if (key === 'key' || typeof s.value !== 'string') return;
      s.type = s.value.includes('\n')
        ? Scalar.BLOCK_LITERAL
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

/** Applies `data` to a parsed YAML mapping: changed fields replaced, new ones inserted in order, dropped ones removed. */
function applyTo(doc: Document, data: Record<string, unknown>, order: readonly string[]) {
  const map = doc.contents;
  if (!isMap(map)) throw new Error('The file does not hold a YAML mapping.');
  const current = (doc.toJS() ?? {}) as Record<string, unknown>;
  const keyOf = (p: Pair) => (isScalar(p.key) ? String(p.key.value) : String(p.key));
  for (const p of [...map.items]) if (data[keyOf(p as Pair)] === undefined) map.delete(p.key);
  for (const [key, value] of ordered(data, order)) {
    if (key in current && same(current[key], value)) continue;
    const node = styledNode(doc, value);
    const at = map.items.findIndex((p) => keyOf(p as Pair) === key);
    if (at >= 0) {
      (map.items[at] as Pair).value = node;
      continue;
    }
    // Insert before the first existing key that the schema puts after this one.
    const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
    const before = map.items.findIndex((p) => rank(keyOf(p as Pair)) > rank(key));
    const pair = new Pair(doc.createNode(key), node);
    if (before < 0) map.items.push(pair);
    else map.items.splice(before, 0, pair);
  }
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/;

/**
 * An existing record file with `data` applied. YAML files and the front matter of MDX files
 * are supported; an MDX body is kept as it is.
 */
export function updateRecord(
  source: string,
  data: Record<string, unknown>,
  order: readonly string[],
  mdx: boolean,
): string {
  if (!mdx) {
    const doc = parseDocument(source);
    applyTo(doc, data, order);
    return doc.toString(TO_STRING);
  }
  const fm = FRONTMATTER.exec(source);
  if (!fm) throw new Error('The file has no front matter.');
  const doc = parseDocument(fm[1]!);
  applyTo(doc, data, order);
  return `---\n${doc.toString(TO_STRING)}---${fm[2]}${source.slice(fm[0].length)}`;
}

/** Reads a record file's data (YAML, or MDX front matter). */
export function readRecord(source: string, mdx: boolean): Record<string, unknown> {
  const text = mdx ? (FRONTMATTER.exec(source)?.[1] ?? '') : source;
  const data = parseDocument(text).toJS();
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}
