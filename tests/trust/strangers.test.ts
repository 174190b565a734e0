/**
 * Content from strangers: links out of the content folder, bytes that are not UTF-8, names that
 * differ only in accents or case, files of the wrong shape. Each case has its message pinned,
 * and a build of it stops with that message and leaves the last good site byte-identical.
 * Astro's own loaders refuse the same links and bytes when the check is bypassed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/preflight.ts';
import { formatErrors } from '../../src/lib/validate.ts';
import { shellEnv } from '../shell-env.ts';
import { baseFiles, edit, writeArchive, type Files } from './fixture.ts';
import { fingerprint, PROJECT, runBuild } from './build.ts';

const SECRET = 'root:x:0:0:SECRET-never-print';
const outside = mkdtempSync(path.join(tmpdir(), 'outside-'));
writeFileSync(path.join(outside, 'passwd'), `${SECRET}\n`);
mkdirSync(path.join(outside, 'year'));
writeFileSync(path.join(outside, 'year', 'leak.yaml'), `title: ${SECRET}\n`);

interface Case {
  files?: Record<string, string | null>;
  /** Run on the written content folder: links and raw bytes. */
  then?: (content: string) => void;
}
const session = baseFiles()['sessions/2023/cxl-memory.yaml']!;
const bytes = (content: string, rel: string, ...parts: (string | number[])[]) =>
  writeFileSync(
    path.join(content, rel),
    Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p)))),
  );

const CASES: Record<string, Case> = {
  'a symlink to a file outside': {
    then: (c) => symlinkSync(path.join(outside, 'passwd'), path.join(c, 'people/evil.yaml')),
  },
  'a symlinked folder leading outside': {
    then: (c) => symlinkSync(path.join(outside, 'year'), path.join(c, 'sessions/2025')),
  },
  'a symlink inside the content folder': {
    then: (c) => symlinkSync('joerg-roedel.yaml', path.join(c, 'people/joerg.yaml')),
  },
  'bytes that are not UTF-8 in a session title': {
    then: (c) =>
      bytes(
        c,
        'sessions/2023/cxl-memory.yaml',
        'title: CXL ',
        [0xe9],
        'moire\n',
        session.replace(/^title.*\n/, ''),
      ),
  },
  'a file saved as UTF-16': {
    then: (c) =>
      bytes(
        c,
        'people/alex-williamson.yaml',
        [0xff, 0xfe],
        [...Buffer.from('name: Alex Williamson\n', 'utf16le')],
      ),
  },
  'a look-alike name': { files: { 'people/jorg-rodel.yaml': 'name: Jorg Rodel\n' } },
  'a look-alike variant': {
    files: { 'people/j-roedel.yaml': 'name: J. Roedel\nvariants: [JOERG  ROEDEL]\n' },
  },
  'a list where a mapping belongs': { files: { 'people/alex-williamson.yaml': '- Alex\n- Williamson\n' } },
  'a string where a list belongs, a number where text belongs': {
    files: { 'people/alex-williamson.yaml': 'name: 1984\naffiliations: Red Hat\n' },
  },
  'a list where a nested mapping belongs': {
    files: {
      'years/2024.mdx': baseFiles()['years/2024.mdx']!.replace(
        /edition:\n( {2}.*\n)+/,
        'edition: [LPC 2024]\n',
      ),
    },
  },
};

function write(c: Case) {
  const { root, content } = writeArchive(edit(baseFiles(), c.files ?? {}) as Files);
  c.then?.(content);
  return { root, content };
}
const report = (c: Case) => {
  const { root, content } = write(c);
  return formatErrors(checkContent(root, content)).replaceAll(outside, '<outside>');
};

describe('content from strangers: pinned messages', () => {
  it('each case names the file, the line where there is one, and the fix, and never what a link points at', () => {
    const all = Object.entries(CASES).map(([name, c]) => `## ${name}\n${report(c)}`);
    expect(all.join('\n\n')).not.toContain('SECRET');
    expect(all.join('\n\n')).toMatchSnapshot();
  });

  it('a BOM and CRLF line endings keep working, in YAML and in MDX', () => {
    const crlf = (s: string) => `\uFEFF${s.replace(/\n/g, '\r\n')}`;
    const files = baseFiles();
    for (const f of [
      'people/alex-williamson.yaml',
      'topics/cxl.mdx',
      'years/2024.mdx',
      'sessions/2023/cxl-memory.yaml',
    ])
      files[f] = crlf(files[f]!);
    const { root, content } = writeArchive(files);
    expect(checkContent(root, content)).toEqual([]);
  });
});

describe('content from strangers: the build', () => {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'strangers-')), 'dist');
  let good: Record<string, string>;
  beforeAll(() => {
    const r = runBuild(out, writeArchive(baseFiles()).content);
    expect(r.status, r.stderr).toBe(0);
    good = fingerprint(out);
  }, 240_000);

  it('stops at each case with the check’s message and leaves the last good site byte-identical', () => {
    for (const [name, c] of Object.entries(CASES)) {
      const { content } = write(c);
      const r = runBuild(out, content);
      expect(r.status, name).toBe(1);
      expect(r.stderr, name).toContain(formatErrors(checkContent(PROJECT, content)));
      expect(r.stderr + r.stdout, name).not.toContain('SECRET');
      expect(fingerprint(out), name).toEqual(good);
    }
  }, 300_000);

  it('Astro’s own loaders refuse a link out of the folder and bad bytes, without the check', () => {
    const { content } = write({
      // Both in one collection: Astro stops at the first collection whose loader refuses.
      then: (c) => {
        CASES['a symlink to a file outside']!.then!(c);
        bytes(c, 'people/alex-williamson.yaml', 'name: Alex Willi', [0xe4, 0x28], 'mson\n');
      },
    });
    const bare = path.join(mkdtempSync(path.join(tmpdir(), 'bare-')), 'dist');
    const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', bare], {
      cwd: PROJECT,
      env: shellEnv({ CI: '1', CONTENT_DIR: content }),
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(r.status).not.toBe(0);
    const said = r.stdout + r.stderr;
    expect(said).not.toContain('SECRET');
    expect(said).toMatch(
      /people\/evil\.yaml: This is a symbolic link to .*passwd, outside the content folder/,
    );
    expect(said).toMatch(/people\/alex-williamson\.yaml: line 1, column 17: not UTF-8 text \(bytes 0xE4\)/);
  }, 240_000);
});
