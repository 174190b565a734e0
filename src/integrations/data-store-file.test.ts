import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readingModule, storeJson } from './data-store-file.ts';

// A store with what content holds: quotes, backslashes, line separators, a ")" inside a string.
// Written as JSON text: an object literal's "__proto__" key would set the prototype instead.
const store = String.raw`[{"id":"2024/x","body":"He said \"no\" \\ then ) and\u2028next"},["x",{"__proto__":1}]]`;
// What Astro writes (vite-plugin-content-virtual-mod.js).
const astroModule = `export default JSON.parse(${JSON.stringify(store)})`;

const dir = mkdtempSync(path.join(tmpdir(), 'data-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function evaluate(name: string, code: string): Promise<unknown> {
  const file = path.join(dir, name);
  writeFileSync(file, code);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

describe('data store module', () => {
  it("reads the JSON text back out of Astro's module", () => {
    expect(storeJson(astroModule)).toBe(store);
  });

  it('leaves any other shape to Astro', () => {
    expect(storeJson('export default new Map()')).toBeUndefined();
    expect(storeJson('export default {"a":1}')).toBeUndefined();
    expect(storeJson(`export default JSON.parse(${JSON.stringify(store)}, reviver)`)).toBeUndefined();
    expect(storeJson('export default JSON.parse("unterminated)')).toBeUndefined();
  });

  it('the module that reads the file gives the same value as the one with the literal', async () => {
    writeFileSync(path.join(dir, 'store.json'), store);
    const read = await evaluate('reading.mjs', readingModule('./store.json'));
    const inline = await evaluate('inline.mjs', astroModule);
    expect(read).toEqual(inline);
    // JSON.parse keeps "__proto__" an own key, as the inline module does.
    expect(Object.keys((read as [unknown, Record<string, number>][])[1]![1]!)).toEqual(['__proto__']);
  });
});
