/**
 * Astro bundles its content data store into the prerender code as one string literal,
 * `export default JSON.parse("…")`. At 10,000 sessions that literal is 80 MB with 6.7 million
 * escapes, and Node took 13 s to compile the module that holds it, against 0.7 s for
 * JSON.parse of the same text read from a file. In a build this plugin moves the text into a
 * file next to the prerender chunks and has the module read and parse it there: the same
 * JSON.parse of the same bytes, without the compile. Any other shape of that module is left
 * to Astro as it is.
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

const DATA_STORE_MODULE = '\0astro:data-layer-content';
const PREFIX = 'export default JSON.parse(';
const SUFFIX = ')';

/**
 * The JSON text of Astro's data store module, or undefined if `code` is not
 * `export default JSON.parse(<one string literal>)`.
 */
export function storeJson(code: string): string | undefined {
  if (!code.startsWith(PREFIX) || !code.endsWith(SUFFIX)) return undefined;
  const literal = code.slice(PREFIX.length, -SUFFIX.length);
  if (!literal.startsWith('"') || !literal.endsWith('"')) return undefined;
  try {
    const text: unknown = JSON.parse(literal);
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}

/** Stands for the data file's path relative to the chunk, filled in once chunks have names. */
const PLACEHOLDER = '__archive_data_store_file__';

/** The module that reads the data file (its path relative to the module, `file`) instead. */
export const readingModule = (file: string) =>
  `import { readFileSync } from 'node:fs';\n` +
  `export default JSON.parse(readFileSync(new URL(${JSON.stringify(file)}, import.meta.url), 'utf8'));\n`;

function dataStorePlugin(): Plugin {
  let ref: string | undefined;
  return {
    name: 'archive:data-store-file',
    apply: 'build',
    enforce: 'pre',
    transform: {
      filter: { id: new RegExp(`^${DATA_STORE_MODULE}$`) },
      handler(code) {
        const json = storeJson(code);
        if (json === undefined) return null;
        ref = this.emitFile({ type: 'asset', name: 'data-store.json', source: json });
        return { code: readingModule(PLACEHOLDER), map: { mappings: '' } };
      },
    },
    renderChunk(code, chunk) {
      if (!ref || !code.includes(PLACEHOLDER)) return null;
      let file = path.posix.relative(path.posix.dirname(chunk.fileName), this.getFileName(ref));
      if (!file.startsWith('.')) file = `./${file}`;
      return { code: code.replaceAll(JSON.stringify(PLACEHOLDER), JSON.stringify(file)), map: null };
    },
  };
}

export default function dataStoreFile(): AstroIntegration {
  return {
    name: 'data-store-file',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { plugins: [dataStorePlugin()] } });
      },
    },
  };
}
