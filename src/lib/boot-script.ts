/**
 * The inline bootstrap (src/client/boot.ts) as the text of a script element: its source compiled,
 * called with its options and minified, since every page carries it.
 */
import { transformSync } from 'esbuild';
import source from '../client/boot.ts?raw';
import type { BootOptions } from '../client/boot.ts';

const scripts = new Map<string, string>();

/** The same text for the same options, so the Content-Security-Policy has few hashes to list. */
export function bootScript(options: BootOptions): string {
  const key = JSON.stringify(options);
  let code = scripts.get(key);
  if (code === undefined) {
    code = transformSync(`${source}\nboot(${key});`, {
      loader: 'ts',
      format: 'iife',
      minify: true,
      target: 'es2022',
    }).code.trim();
    scripts.set(key, code);
  }
  return code;
}
