/**
 * Reads content/ from disk into raw entries for validation, without Astro: the check script
 * and the build's pre-flight use it so a typo is reported in a second, before any rendering.
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { mdxToJs } from 'satteri';
import { BIDI_CONTROLS } from '../schemas.ts';
import { COLLECTIONS, contentRoot, displayPath, entryId, type CollectionKey } from './collections.ts';
import type { ContentError, RawEntry } from './validate.ts';

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

/** Reads every collection under `contentDir` (content/ by default); paths are shown relative to `root`. */
export function readContent(
  root: string,
  contentDir = contentRoot(root),
): { entries: RawEntry[]; errors: ContentError[] } {
  const entries: RawEntry[] = [];
  const errors: ContentError[] = [];
  const seen = new Map<string, string>();
  /** Two files with one id (2023/x.yaml and 2023/x.yml) would silently replace each other. */
  const claim = (collection: string, id: string, file: string) => {
    const other = seen.get(`${collection}/${id}`);
    if (other) {
      errors.push({
        file,
        field: '',
        message: `Duplicate id "${id}": ${other} has the same name, so one would hide the other.`,
        fix: 'Rename or merge one of the two files.',
      });
      return false;
    }
    seen.set(`${collection}/${id}`, file);
    return true;
  };
  for (const [collection, { folder, pattern }] of Object.entries(COLLECTIONS) as [
    CollectionKey,
    (typeof COLLECTIONS)[CollectionKey],
  ][]) {
    const dir = path.join(contentDir, folder);
    for (const rel of globSync(pattern, { cwd: dir }).sort()) {
      const file = displayPath(root, path.join(dir, rel));
      if (!claim(collection, entryId(rel), file)) continue;
      const source = readFileSync(path.join(dir, rel), 'utf8');
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
          continue;
        }
        yamlSource = fm[1]!;
        offset = 1;
        const bodyStart = fm[0].split('\n').length - 1; // lines before the body
        errors.push(...checkMdxBody(file, source.slice(fm[0].length), bodyStart, file.endsWith('.mdx')));
      } else if (file.endsWith('.json')) {
        try {
          entries.push({ collection, id: entryId(rel), file, data: JSON.parse(source) });
        } catch (e) {
          errors.push({
            file,
            field: '',
            message: `Not valid JSON: ${(e as Error).message}`,
            fix: 'Correct the JSON syntax (a YAML file may be easier to edit).',
          });
          entries.push({ collection, id: entryId(rel), file, data: undefined, unreadable: true });
        }
        continue;
      }
      const { doc, lineOf } = parseYaml(yamlSource, offset);
      if (doc.errors.length) {
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
        entries.push({ collection, id: entryId(rel), file, data: undefined, unreadable: true });
        continue;
      }
      entries.push({ collection, id: entryId(rel), file, data: doc.toJS() ?? {}, lineOf });
    }
  }
  return { entries, errors };
}

/** Files under content/ that no collection claims: a misplaced file would otherwise vanish. */
export function strayFiles(root: string, contentDir = contentRoot(root)): ContentError[] {
  const claimed = new Set<string>();
  for (const { folder, pattern } of Object.values(COLLECTIONS)) {
    for (const rel of globSync(pattern, { cwd: path.join(contentDir, folder) }))
      claimed.add(path.posix.join(folder, rel.split(path.sep).join('/')));
  }
  const top = contentDir;
  return globSync('**/*', { cwd: top, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(top, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .filter((rel) => !claimed.has(rel))
    .sort()
    .map((rel) => ({
      file: displayPath(root, path.join(top, rel)),
      field: '',
      message: 'This file belongs to no collection, so the site would ignore it.',
      fix: 'Move it into the right folder with the right extension (see docs/architecture.md), or delete it.',
    }));
}
