import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { digestFile, importClosure, prepareStore, storeBuilt, storeDigest } from './build-cache.ts';

describe('importClosure', () => {
  const files: Record<string, string> = {
    '/p/src/content.config.ts':
      "import { a } from './schemas.ts';\nimport { z } from 'astro/zod';\nexport * from './lib/x.ts';",
    '/p/src/schemas.ts': "import type { T } from './lib/names.ts';\nconst m = await import('./lazy.ts');",
    '/p/src/lib/x.ts': "import '../schemas.ts';",
    '/p/src/lib/names.ts': '',
    '/p/src/lazy.ts': '',
    '/p/src/unrelated.ts': '',
  };
  const read = (f: string) => files[f];

  it('follows static, type-only, re-exported and literal dynamic imports, once each, but not packages', () => {
    expect(importClosure('/p', ['src/content.config.ts'], read)).toEqual([
      'src/content.config.ts',
      'src/lazy.ts',
      'src/lib/names.ts',
      'src/lib/x.ts',
      'src/schemas.ts',
    ]);
  });

  it('skips roots and imports that do not exist', () => {
    expect(importClosure('/p', ['src/missing.ts', 'src/lib/names.ts'], read)).toEqual(['src/lib/names.ts']);
  });
});

describe('storeDigest', () => {
  const base = [
    { name: 'src/schemas.ts', text: 'a' },
    { name: 'src/content.config.ts', text: 'b' },
  ];
  it('is stable under order and moves with any byte, file name or environment value', () => {
    const d = storeDigest(base, { CONTENT_DIR: '/c' });
    expect(storeDigest([...base].reverse(), { CONTENT_DIR: '/c' })).toBe(d);
    expect(storeDigest([{ ...base[0]!, text: 'a ' }, base[1]!], { CONTENT_DIR: '/c' })).not.toBe(d);
    expect(storeDigest([{ ...base[0]!, name: 'src/other.ts' }, base[1]!], { CONTENT_DIR: '/c' })).not.toBe(d);
    expect(storeDigest(base, { CONTENT_DIR: '/d' })).not.toBe(d);
    // Concatenation must not make two different file sets look alike.
    expect(storeDigest([{ name: 'x', text: 'ab' }], {})).not.toBe(
      storeDigest(
        [
          { name: 'x', text: 'a' },
          { name: 'y', text: 'b' },
        ],
        {},
      ),
    );
  });
});

describe('prepareStore', () => {
  let root: string;
  const store = () => path.join(root, 'node_modules', '.astro', 'data-store.json');
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'build-cache-'));
    mkdirSync(path.dirname(store()), { recursive: true });
    writeFileSync(store(), '{}');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('clears a store that has no digest, then keeps it while the digest matches', async () => {
    expect(await prepareStore(root, 'one')).toBe('cleared');
    expect(existsSync(store())).toBe(false);
    writeFileSync(store(), '{}');
    await storeBuilt(root, 'one');
    expect(await prepareStore(root, 'one')).toBe('kept');
    expect(existsSync(store())).toBe(true);
  });

  it('clears the store when the inputs changed', async () => {
    await storeBuilt(root, 'one');
    expect(await prepareStore(root, 'two')).toBe('cleared');
    expect(existsSync(store())).toBe(false);
  });

  it('forgets the digest until the build succeeds, so a failed build is never trusted', async () => {
    await storeBuilt(root, 'one');
    expect(await prepareStore(root, 'one')).toBe('kept');
    expect(existsSync(digestFile(root))).toBe(false);
    // The build failed: nothing wrote the digest back, so the next build starts clean.
    expect(await prepareStore(root, 'one')).toBe('cleared');
    await storeBuilt(root, 'one');
    expect(readFileSync(digestFile(root), 'utf8').trim()).toBe('one');
  });
});
