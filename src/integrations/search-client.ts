/**
 * Bundles the search code (src/client/search/) into files of its own with content hashes and
 * tells the pages their URLs, so pages can stay free of script files: a few hundred bytes of
 * inline JavaScript wait for the reader to reach for search, then import the bundle. (Astro's
 * own <script> processing would put a module file on every page.) In `astro dev` the pages
 * import the TypeScript sources through Vite instead.
 *
 * The URLs reach the pages as the module `virtual:search-client`, not as an `import.meta.env`
 * value: Astro reads those from process.env first, and a test process that loaded the Astro
 * config holds one there as the string "[object Object]".
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';

const ENTRIES = { quick: 'quick.ts', page: 'page.ts' } as const;
const OUT_DIR = '_search';
const MODULE_ID = 'virtual:search-client';
const RESOLVED_ID = `\0${MODULE_ID}`;

export default function searchClient(): AstroIntegration {
  let files: { path: string; contents: Uint8Array }[] = [];
  return {
    name: 'search-client',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig }) => {
        const srcDir = fileURLToPath(new URL('../client/search/', import.meta.url));
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        const urls: Record<string, string> = {};
        // What the search page imports at once: it names them in its head, so the browser
        // fetches them while it reads the page instead of one after another.
        let pageModules: string[] = [];
        if (command === 'dev') {
          for (const [name, file] of Object.entries(ENTRIES))
            urls[name] = `${base}src/client/search/${file}`.replace(/^\/+/, '/');
        } else {
          const result = await build({
            entryPoints: Object.fromEntries(
              Object.entries(ENTRIES).map(([name, file]) => [name, `${srcDir}${file}`]),
            ),
            bundle: true,
            splitting: true,
            format: 'esm',
            minify: true,
            target: 'es2022',
            write: false,
            outdir: '/out',
            entryNames: '[name]-[hash]',
            chunkNames: 'shared-[hash]',
            legalComments: 'none',
            metafile: true,
          });
          files = result.outputFiles.map((f) => ({
            path: f.path.replace(/^\/out\//, ''),
            contents: f.contents,
          }));
          for (const name of Object.keys(ENTRIES)) {
            const file = files.find((f) => new RegExp(`^${name}-[A-Z0-9]+\\.js$`).test(f.path));
            if (!file) throw new Error(`search-client: esbuild produced no bundle for ${name}`);
            urls[name] = `${base}${OUT_DIR}/${file.path}`;
          }
          // The metafile names outputs relative to the working directory; the file name is enough.
          const named = (p: string) => `${base}${OUT_DIR}/${path.basename(p)}`;
          const page = Object.entries(result.metafile.outputs).find(([p]) => named(p) === urls.page);
          if (!page) throw new Error('search-client: esbuild listed no output for the page bundle');
          pageModules = [
            urls.page!,
            ...page[1].imports.filter((i) => i.kind === 'import-statement').map((i) => named(i.path)),
          ];
        }
        // Typed in src/env.d.ts.
        const client = { ...urls, pageModules };
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'search-client',
                resolveId: (id: string) => (id === MODULE_ID ? RESOLVED_ID : undefined),
                load: (id: string) =>
                  id === RESOLVED_ID ? `export default ${JSON.stringify(client)};` : undefined,
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir }) => {
        const out = new URL(`${OUT_DIR}/`, dir);
        await mkdir(out, { recursive: true });
        await Promise.all(files.map((f) => writeFile(new URL(f.path, out), f.contents)));
      },
    },
  };
}
