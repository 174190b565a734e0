/**
 * Reads content/ from disk into raw entries for validation, without Astro: the check script
 * and the build's pre-flight use it so a typo is reported in a second, before any rendering.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { mdxToJs } from 'satteri';
import { BIDI_CONTROLS } from '../schemas.ts';
import { COLLECTIONS, contentRoot, displayPath, entryId, type CollectionKey } from './collections.ts';
import type { ContentError, RawEntry } from './validate.ts';
import { decodeUtf8, listContent, unsafeMessage, type ContentListing } from './safe-files.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Parses YAML keeping positions, so errors can name a line. */
function parseYaml(source: string, lineOffset: number) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: true });
  // The nearest existing node on the path; a missing top-level field has no line of its own.
  const lineOf = (p: (string | number)[]) => {
    for (let i = p.length; i >= 1; i--) {
      const node = doc.getIn(p.slice(0, i), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
    }
    return undefined;
  };
  return { doc, lineOf };
}

/**
 * Compiles an MDX body the way the build does (Sätteri), so a syntax error is reported with its
 * line before any rendering. Bidi controls are refused here as in front matter.
 */
function checkMdxBody(file: string, body: string, lineOffset: number, mdx = true): ContentError[] {
  const errors: ContentError[] = [];
  const bidi = body.split('\n').findIndex((l) => BIDI_CONTROLS.test(l));
  if (bidi >= 0) {
    errors.push({
      file,
      field: '',
      line: lineOffset + bidi + 1,
      message: 'The text contains an invisible bidirectional control character that can disguise it.',
      fix: 'Delete the character (U+202A–U+202E or U+2066–U+2069).',
    });
  }
  // Markdown (.md) has no syntax errors to report: anything is text.
  if (!mdx) return errors;
  try {
    mdxToJs(body);
  } catch (e) {
    const msg = (e as Error).message;
    const at = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*/.exec(msg);
    errors.push({
      file,
      field: '',
      line: at ? lineOffset + Number(at[1]) : undefined,
      message: `MDX syntax error: ${(at ? msg.slice(at[0].length) : msg).replace(/\s*\(mdx[^)]*\)\s*$/, '')}`,
      fix: 'In MDX, write a literal { or < as \\{ or &lt;, close every tag, and put code in backticks.',
    });
  }
  return errors;
}

/** The collection a path below the content folder belongs to, if any. */
function collectionOf(rel: string): { collection: CollectionKey; inFolder: string } | undefined {
  for (const [collection, { folder, pattern }] of Object.entries(COLLECTIONS) as [
    CollectionKey,
    (typeof COLLECTIONS)[CollectionKey],
  ][]) {
    // Folder "." is the content folder itself (content/mc.yaml).
    const inFolder =
      folder === '.' ? rel : rel.startsWith(`${folder}/`) ? rel.slice(folder.length + 1) : undefined;
    if (inFolder && path.matchesGlob(inFolder, pattern)) return { collection, inFolder };
  }
  return undefined;
}

const unreadable = (collection: CollectionKey, rel: string, file: string): RawEntry => ({
  collection,
  id: entryId(rel),
  file,
  data: undefined,
  unreadable: true,
});

/** Parses one file's text: YAML, JSON or MDX front matter (whose body is compiled too). */
function parseFile(
  collection: CollectionKey,
  rel: string,
  file: string,
  source: string,
): { entry: RawEntry; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const id = entryId(rel);
  if (file.endsWith('.json')) {
    try {
      return { entry: { collection, id, file, data: JSON.parse(source) }, errors };
    } catch (e) {
      // V8 quotes part of the text in its message; the position is enough to find it.
      const at = /\(line (\d+) column (\d+)\)/.exec((e as Error).message);
      errors.push({
        file,
        field: '',
        line: at ? Number(at[1]) : undefined,
        column: at ? Number(at[2]) : undefined,
        message: `Not valid JSON: ${(e as Error).message.replace(/,? ".*"(\.\.\.)? is not valid JSON$|\s*\(line \d+ column \d+\)$| in JSON at position \d+.*$/, '')}.`,
        fix: 'Correct the JSON syntax (a YAML file may be easier to edit).',
      });
      return { entry: unreadable(collection, rel, file), errors };
    }
  }
  let yamlSource = source;
  let offset = 0;
  if (/\.mdx?$/.test(file)) {
    const fm = FRONTMATTER.exec(source);
    if (!fm) {
      errors.push({
        file,
        field: '',
        line: 1,
        message: 'The file has no front matter.',
        fix: 'Start the file with a block between two `---` lines holding its fields.',
      });
      return { entry: unreadable(collection, rel, file), errors };
    }
    yamlSource = fm[1]!;
    offset = 1;
    const bodyStart = fm[0].split('\n').length - 1; // lines before the body
    errors.push(...checkMdxBody(file, source.slice(fm[0].length), bodyStart, file.endsWith('.mdx')));
  }
  // js-yaml, the parser Astro reads these files with, under YAML 1.2's core schema (no dates,
  // as in \`yaml\`): 8 times faster over 16,715 files with the same data for every one. \`yaml\`
  // only where positions are needed: a field's line for a schema error, or a syntax error.
  let data: unknown;
  try {
    data = loadYaml(yamlSource, { schema: CORE_SCHEMA }) ?? {};
  } catch {
    data = undefined;
  }
  if (data !== undefined) {
    let positions: ReturnType<typeof parseYaml> | undefined;
    const lineOf = (p: (string | number)[]) => (positions ??= parseYaml(yamlSource, offset)).lineOf(p);
    return { entry: { collection, id, file, data, lineOf }, errors };
  }
  const { doc, lineOf } = parseYaml(yamlSource, offset);
  if (!doc.errors.length) return { entry: { collection, id, file, data: doc.toJS() ?? {}, lineOf }, errors };
  for (const err of doc.errors) {
    const line = err.linePos?.[0]?.line;
    errors.push({
      file,
      field: '',
      line: line === undefined ? undefined : line + offset,
      message: `Not valid YAML: ${err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
      fix: 'Check indentation and quote values that contain ": " or "#".',
    });
  }
  return { entry: unreadable(collection, rel, file), errors };
}

/** Reads one file as UTF-8 text and parses it; bytes that are not UTF-8 are placed and refused. */
function readFile(absolute: string, file: string, owner: { collection: CollectionKey; inFolder: string }) {
  const decoded = decodeUtf8(readFileSync(absolute));
  if ('text' in decoded) return parseFile(owner.collection, owner.inFolder, file, decoded.text);
  const error: ContentError = {
    file,
    field: '',
    line: decoded.line,
    column: decoded.column,
    message: `The file is not UTF-8 text here: the bytes ${decoded.bytes} would show as "\uFFFD" on the site.`,
    fix: 'Save the file with UTF-8 encoding in your editor, then retype the character at that place.',
  };
  return { entry: unreadable(owner.collection, owner.inFolder, file), errors: [error] };
}

/** Reads every collection under `contentDir` (content/ by default); paths are shown relative to `root`. */
export function readContent(
  root: string,
  contentDir = contentRoot(root),
  listing: ContentListing = listContent(contentDir),
): { entries: RawEntry[]; errors: ContentError[] } {
  const entries: RawEntry[] = [];
  const errors: ContentError[] = unsafeFiles(root, listing);
  const seen = new Map<string, string>();
  for (const rel of listing.files) {
    const owner = collectionOf(rel);
    if (!owner) continue;
    const file = displayPath(root, path.join(contentDir, rel));
    // Two files with one id (2023/x.yaml and 2023/x.yml) would silently replace each other.
    const key = `${owner.collection}/${entryId(owner.inFolder)}`;
    const other = seen.get(key);
    if (other) {
      errors.push({
        file,
        field: '',
        message: `Duplicate id "${entryId(owner.inFolder)}": ${other} has the same name, so one would hide the other.`,
        fix: 'Rename or merge one of the two files.',
      });
      continue;
    }
    seen.set(key, file);
    const read = readFile(path.join(contentDir, rel), file, owner);
    entries.push(read.entry);
    errors.push(...read.errors);
  }
  return { entries, errors };
}

/** Links and special files: named with their target, never read. */
function unsafeFiles(root: string, listing: ContentListing): ContentError[] {
  return listing.unsafe.map((u) => ({
    file: displayPath(root, u.file),
    field: '',
    ...unsafeMessage(u, (p) => displayPath(root, p)),
  }));
}

/** Files under content/ that no collection claims: a misplaced file would otherwise vanish. */
export function strayFiles(
  root: string,
  contentDir = contentRoot(root),
  listing: ContentListing = listContent(contentDir),
): ContentError[] {
  return listing.files
    .filter((rel) => !collectionOf(rel))
    .map((rel) => ({
      file: displayPath(root, path.join(contentDir, rel)),
      field: '',
      message: 'This file belongs to no collection, so the site would ignore it.',
      fix: 'Move it into the right folder with the right extension (see docs/architecture.md), or delete it.',
    }));
}
