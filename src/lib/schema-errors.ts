/**
 * Turns a schema issue into a sentence an editor can act on: what was expected, what was
 * found (cut short: a message never quotes more than the offending value) and how to fix it.
 * A rule in src/schemas.ts may carry its own fix as `params.fix`; the rest is derived here.
 */
import type { z } from 'astro/zod';
import type { CollectionKey } from './collections.ts';

type Issue = z.core.$ZodIssue;
type Path = (string | number)[];

/** Printable and short: control and invisible characters escaped, long values cut. */
export function quote(v: unknown, max = 60): string {
  const s = (JSON.stringify(v) ?? String(v)).replace(
    /[\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return s.length > max ? `${s.slice(0, max - 3)}...` : s;
}

/** What a value is, in an editor's words, followed by the value itself. */
export function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'an empty value';
  if (Array.isArray(v)) return `a list (${quote(v)})`;
  if (typeof v === 'object') return `a mapping of fields (${quote(v)})`;
  return quote(v);
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
  record: 'a mapping of fields',
};

/** The field an editor writes first in a file of each collection, for examples. */
const FIRST_FIELD: Record<CollectionKey, string> = {
  areas: 'title',
  topics: 'title',
  years: 'description',
  pages: 'title',
  sessions: 'title',
  outcomes: 'title',
  recordings: 'title',
  people: 'name',
  mc: 'names',
};

function valueAt(data: unknown, path: Path): unknown {
  let cur: unknown = data;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[k];
  }
  return cur;
}

const isScalar = (v: unknown) => ['string', 'number', 'boolean'].includes(typeof v);

/** The fix for a value of the wrong type, per expected type and what was found. */
function typeFix(expected: string, field: string, found: unknown, collection: CollectionKey): string {
  const key = field.split('.').at(-1)!;
  if ((expected === 'object' || expected === 'record') && field === '') {
    const first = FIRST_FIELD[collection];
    return Array.isArray(found)
      ? `Write the file as fields, one \`key: value\` per line starting with \`${first}: …\`, without the leading "- " of a list.`
      : `Write the file as fields, one \`key: value\` per line starting with \`${first}: …\`.`;
  }
  switch (expected) {
    case 'object':
    case 'record':
      return `Write \`${field}\` as indented \`key: value\` lines below \`${key}:\`.`;
    case 'array':
      return isScalar(found)
        ? `Write \`${field}\` as a list, in brackets: ${key}: [${quote(String(found), 40).slice(1, -1)}].`
        : `Write \`${field}\` as a list, in brackets: ${key}: [first, second].`;
    case 'string':
      return isScalar(found)
        ? `Write \`${field}\` as text, in quotes when it looks like a number or true/false: ${key}: "${quote(String(found), 40).slice(1, -1)}".`
        : `Write \`${field}\` as one line of text.`;
    case 'number':
      return `Write \`${field}\` as a plain number, without quotes.`;
    case 'boolean':
      return `Write \`${field}\` as true or false, without quotes.`;
    default:
      return `Write \`${field}\` as ${EXPECTED[expected] ?? expected}.`;
  }
}

/** A fix for issues whose message already says what is allowed. */
function ruleFix(issue: Issue, field: string): string {
  const own = issue.code === 'custom' ? (issue.params as { fix?: unknown } | undefined)?.fix : undefined;
  if (typeof own === 'string') return own;
  const example = /such as (\S+?)\.?$/.exec(issue.message)?.[1];
  if (example) return `Write \`${field}\` in that form, like ${example}.`;
  if (issue.code === 'invalid_format' && issue.format === 'url')
    return `Write the whole address in \`${field}\`, such as https://lpc.events/event/17/.`;
  if (issue.code === 'too_small' && issue.origin === 'string')
    return `Write some text in \`${field}\`, or delete the line if the field is optional.`;
  if (issue.code === 'too_small' && issue.origin === 'array') return `Add at least one item to \`${field}\`.`;
  if (issue.code === 'too_small' || issue.code === 'too_big')
    return `Use a value in that range for \`${field}\`.`;
  return `Correct \`${field || 'the file'}\` as described.`;
}

/** Message and fix for one schema issue about an entry of `collection` holding `data`. */
export function explainIssue(
  issue: Issue,
  data: unknown,
  collection: CollectionKey,
): { field: string; path: Path; message: string; fix: string } {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const field = path.join('.');
  const found = valueAt(data, path);
  const at = { field, path };
  if (issue.code === 'invalid_type' && issue.expected !== 'int') {
    const expected = EXPECTED[issue.expected] ?? issue.expected;
    if (found === undefined)
      return {
        ...at,
        message: `Required field is missing (expected ${expected}).`,
        fix: `Add \`${field}\` to the file.`,
      };
    return {
      ...at,
      message:
        field === ''
          ? `Expected the file to hold fields (\`${FIRST_FIELD[collection]}: …\` and so on), found ${describe(found)}.`
          : `Expected ${expected}, found ${describe(found)}.`,
      fix: typeFix(issue.expected, field, found, collection),
    };
  }
  if (issue.code === 'invalid_union') {
    return {
      ...at,
      message: `Expected an id (the name of a file, without extension), found ${describe(found)}.`,
      fix: `Write \`${field}\` as one plain id, such as the name of an existing file.`,
    };
  }
  if (issue.code === 'unrecognized_keys') {
    return {
      ...at,
      message: `Unknown field(s): ${issue.keys.map((k) => quote(k, 40)).join(', ')}.`.slice(0, 200),
      fix: 'Remove the field or check its spelling against src/schemas.ts.',
    };
  }
  let message = issue.message;
  if (issue.code === 'invalid_value' && message.startsWith('Invalid option'))
    message = `Expected one of: ${issue.values.map(String).join(', ')}.`;
  if (found !== undefined && (found === null || typeof found !== 'object'))
    message = `${message} Found ${describe(found)}.`;
  const fix =
    issue.code === 'invalid_value'
      ? `Set \`${field}\` to one of those values, spelled as shown.`
      : ruleFix(issue, field);
  return { ...at, message, fix };
}
