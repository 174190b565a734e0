/**
 * Reads content/ from disk into raw entries for validation, without Astro: the check script
 * and the build's pre-flight use it so a typo is reported in a second, before any rendering.
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { COLLECTIONS, contentRoot, displayPath, entryId, type CollectionKey } from './collections.ts';
import type { ContentError, RawEntry } from './validate.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Parses YAML keeping positions, so errors can name a line. */
function parseYaml(source: string, lineOffset: number) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const lineOf = (p: (string | number)[]) => {
    for (let i = p.length; i >= 0; i--) {
      const node = doc.getIn(p.slice(0, i), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
    }
    return undefined;
  };
  return { doc, lineOf };
}

export function readContent(root: string): { entries: RawEntry[]; errors: ContentError[] } {
  const entries: RawEntry[] = [];
  const errors: ContentError[] = [];
  for (const [collection, { folder, pattern }] of Object.entries(COLLECTIONS) as [CollectionKey, (typeof COLLECTIONS)[CollectionKey]][]) {
    const dir = path.join(contentRoot(root), folder);
    for (const rel of globSync(pattern, { cwd: dir }).sort()) {
      const file = displayPath(root, path.join(dir, rel));
      const source = readFileSync(path.join(dir, rel), 'utf8');
      let yamlSource = source;
      let offset = 0;
      if (file.endsWith('.mdx')) {
        const fm = FRONTMATTER.exec(source);
        if (!fm) {
          errors.push({ file, field: '', line: 1, message: 'The file has no front matter.', fix: 'Start the file with a block between two `---` lines holding its fields.' });
          continue;
        }
        yamlSource = fm[1]!;
        offset = 1;
      } else if (file.endsWith('.json')) {
        try {
          entries.push({ collection, id: entryId(rel), file, data: JSON.parse(source) });
        } catch (e) {
          errors.push({ file, field: '', message: `Not valid JSON: ${(e as Error).message}`, fix: 'Correct the JSON syntax (a YAML file may be easier to edit).' });
        }
        continue;
      }
      const { doc, lineOf } = parseYaml(yamlSource, offset);
      if (doc.errors.length) {
        for (const err of doc.errors) {
          errors.push({ file, field: '', line: (err.linePos?.[0]?.line ?? 0) + offset || undefined, message: `Not valid YAML: ${err.message.split('\n')[0]}`, fix: 'Check indentation and quote values that contain ": " or "#".' });
        }
        continue;
      }
      entries.push({ collection, id: entryId(rel), file, data: doc.toJS() ?? {}, lineOf });
    }
  }
  return { entries, errors };
}

/** Files under content/ that no collection claims: a misplaced file would otherwise vanish. */
export function strayFiles(root: string): ContentError[] {
  const claimed = new Set<string>();
  for (const { folder, pattern } of Object.values(COLLECTIONS)) {
    for (const rel of globSync(pattern, { cwd: path.join(contentRoot(root), folder) })) claimed.add(path.posix.join(folder, rel.split(path.sep).join('/')));
  }
  const top = contentRoot(root);
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
