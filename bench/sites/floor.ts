/**
 * The floor: the least Astro itself costs for the same sessions. A bare Astro site in
 * .bench/floor with one layout and one page per session (title, summary, rendered notes), read
 * from the same content folder by the same glob loader; no relations, no aggregate pages, no
 * post-build steps, no search. Ours / floor is what the archive adds on top of Astro.
 */
import { mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RENDER_CONCURRENCY } from '../../astro.config.mjs';
import { measure, nodeEnv } from '../lib.ts';
import type { NotesFormat } from '../generate/model.ts';
import type { BuildResult } from '../types.ts';

/** Caches Astro and Vite write into node_modules/: private to the floor, as for our copy. */
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.cache']);

const CONFIG = (format: NotesFormat) => `// Written by bench/sites/floor.ts.
import { defineConfig } from 'astro/config';
${format === 'mdx' ? "import mdx from '@astrojs/mdx';\n" : ''}export default defineConfig({
  site: 'https://bench.example.org',
  trailingSlash: 'always',
  // The same as ours (astro.config.mjs), so the floor is the least Astro costs with it.
  build: { format: 'directory', concurrency: ${RENDER_CONCURRENCY} },
  integrations: [${format === 'mdx' ? 'mdx()' : ''}],
  devToolbar: { enabled: false },
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
const base = pathToFileURL(\`\${process.env.CONTENT_DIR}/sessions/\`);
export const collections = {
  sessions: defineCollection({ loader: glob({ base, pattern: '*/*.{md,mdx}', retainBody: false }) }),
};
`;

const LAYOUT = `---
interface Props { title: string }
const { title } = Astro.props;
---
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title></head>
<body><main><slot /></main></body>
</html>
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';
import Layout from '../../layouts/Layout.astro';
export async function getStaticPaths() {
  const sessions = await getCollection('sessions');
  return sessions.map((entry) => {
    const [year, slug] = entry.id.split('/');
    return { params: { year, slug }, props: { entry } };
  });
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Layout title={entry.data.title}>
  <h1>{entry.data.title}</h1>
  <p>{entry.data.summary}</p>
  <Content />
</Layout>
`;

const write = (file: string, text: string) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};

/** Writes the floor site into `dir` (fresh), its node_modules linked to the project's packages. */
export function setupFloor(root: string, dir: string, format: NotesFormat): void {
  rmSync(dir, { recursive: true, force: true });
  write(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: 'bench-floor', private: true, type: 'module' })}\n`,
  );
  write(path.join(dir, 'astro.config.mjs'), CONFIG(format));
  write(path.join(dir, 'src', 'content.config.ts'), CONTENT_CONFIG);
  write(path.join(dir, 'src', 'layouts', 'Layout.astro'), LAYOUT);
  write(path.join(dir, 'src', 'pages', '[year]', '[slug].astro'), PAGE);
  const modules = path.join(dir, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(path.join(root, 'node_modules'))) {
    if (!PRIVATE_CACHES.has(name))
      symlinkSync(path.join(root, 'node_modules', name), path.join(modules, name));
  }
}

/** A cold `astro build` of the floor on `content`. */
export async function buildFloor(dir: string, content: string, timeoutSeconds: number): Promise<BuildResult> {
  for (const p of ['dist', path.join('node_modules', '.astro'), '.astro'])
    rmSync(path.join(dir, p), { recursive: true, force: true });
  const astro = path.join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const r = await measure(process.execPath, [astro, 'build'], {
    cwd: dir,
    env: nodeEnv({ CONTENT_DIR: content }),
    timeoutSeconds,
  });
  return { ...r, out: path.join(dir, 'dist') };
}
