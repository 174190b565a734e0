import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cut, decodeUtf8, isPlainFileInside, listContent } from './safe-files.ts';

const folder = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'safe-'));
  mkdirSync(path.join(dir, 'people'));
  writeFileSync(path.join(dir, 'people', 'a.yaml'), 'name: A\n');
  return dir;
};
const b = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

describe('listContent', () => {
  it('lists regular files and reports links, without entering a linked folder', () => {
    const dir = folder();
    const outside = mkdtempSync(path.join(tmpdir(), 'out-'));
    writeFileSync(path.join(outside, 'x.yaml'), 'secret\n');
    symlinkSync(path.join(outside, 'x.yaml'), path.join(dir, 'people', 'x.yaml'));
    symlinkSync(outside, path.join(dir, 'linked'));
    symlinkSync('a.yaml', path.join(dir, 'people', 'b.yaml'));
    symlinkSync(path.join(outside, 'gone.yaml'), path.join(dir, 'people', 'gone.yaml'));
    writeFileSync(path.join(dir, '.hidden'), '');
    const { files, unsafe } = listContent(dir);
    expect(files).toEqual(['people/a.yaml']);
    expect(unsafe.map((u) => [path.relative(dir, u.file), u.target, u.inside])).toEqual([
      ['linked', outside, false],
      ['people/b.yaml', path.join(dir, 'people', 'a.yaml'), true],
      ['people/gone.yaml', path.join(outside, 'gone.yaml'), false],
      ['people/x.yaml', path.join(outside, 'x.yaml'), false],
    ]);
  });

  it('tells a file reached through a link from one that is not', () => {
    const dir = folder();
    symlinkSync(path.join(dir, 'people'), path.join(dir, 'alias'));
    expect(isPlainFileInside(dir, path.join(dir, 'people', 'a.yaml'))).toBe(true);
    expect(isPlainFileInside(dir, path.join(dir, 'alias', 'a.yaml'))).toBe(false);
    expect(isPlainFileInside(path.join(dir, 'people'), path.join(dir, 'x.yaml'))).toBe(false);
  });
});

describe('decodeUtf8', () => {
  it('drops a byte order mark and keeps CRLF', () => {
    expect(decodeUtf8(b([0xef, 0xbb, 0xbf], 'a: 1\r\n'))).toEqual({ text: 'a: 1\r\n' });
  });
  it('accepts every well-formed sequence, up to four bytes', () => {
    expect(decodeUtf8(Buffer.from('Jörg – 😀'))).toEqual({ text: 'Jörg – 😀' });
  });
  it('places the first bad byte by line and by column in characters', () => {
    expect(decodeUtf8(b('a\nb\ntitle: Jörg ', [0xff], ' x'))).toEqual({ line: 3, column: 13, bytes: '0xFF' });
    expect(decodeUtf8(b([0xff, 0xfe], 'n'))).toEqual({ line: 1, column: 1, bytes: '0xFF' });
  });
  it('refuses overlong forms, surrogates, code points past U+10FFFF and cut sequences', () => {
    for (const bad of [
      [0xc0, 0xaf],
      [0xe0, 0x80, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xe2, 0x82],
    ])
      expect(decodeUtf8(b('x', bad, '\n')), bad.join(' ')).toMatchObject({ line: 1, column: 2 });
  });
});

describe('cut', () => {
  it('cuts long values short and keeps short ones', () => {
    expect(cut('short')).toBe('short');
    expect(cut('x'.repeat(200))).toHaveLength(80);
  });
});
