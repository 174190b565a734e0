/**
 * Astro Starlight in the bench: the synthetic sessions as docs pages in .bench/starlight
 * (Starlight runs Pagefind itself). Installed there on first use, never in the project.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { measure, nodeEnv } from '../lib.ts';
import type { BuildResult } from '../types.ts';
import { sessionsByYear, type Archive, type NotesFormat } from '../generate/model.ts';

/** The versions the bench installs; `latest` keeps to what npm resolves as compatible with astro 7. */
const STARLIGHT_PACKAGES = ['@astrojs/starlight@latest', 'astro@^7', 'sharp@latest'];

/**
 * Installs Starlight into `dir` on first use (npm install there, never in the project). Returns
 * the installed versions, or throws with npm's output.
 */
export async function setupStarlight(dir: string): Promise<{ starlight: string; astro: string }> {
  const version = (pkg: string) => {
    const file = path.join(dir, 'node_modules', pkg, 'package.json');
    return existsSync(file)
      ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
      : undefined;
  };
  if (!version('@astrojs/starlight')) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'package.json'),
      `${JSON.stringify({ name: 'bench-starlight', private: true, type: 'module' }, null, 2)}\n`,
    );
    console.log(`Installing Starlight into ${dir} (first run only)…`);
    const npm = path.join(path.dirname(process.execPath), 'npm');
    const r = await measure(
      existsSync(npm) ? npm : 'npm',
      ['install', '--no-audit', '--no-fund', '--loglevel=error', ...STARLIGHT_PACKAGES],
      { cwd: dir, timeoutSeconds: 900 },
    );
    if (!r.ok) throw new Error(`npm install of Starlight failed (${r.error}):\n${r.tail}`);
  }
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    `// Written by bench/sites/starlight.ts. A sidebar of year pages only: Starlight's default
// (every page in the sidebar) would put all N sessions on each of N pages.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { readFileSync } from 'node:fs';
const years = JSON.parse(readFileSync(new URL('./years.json', import.meta.url), 'utf8'));
export default defineConfig({
  site: 'https://bench.example.org',
  telemetry: false,
  integrations: [starlight({
    title: 'VFIO/IOMMU/PCI MC archive (bench)',
    sidebar: [{ label: 'Years', collapsed: true, items: years.map((y) => ({ label: String(y), link: '/' + y + '/' })) }],
  })],
});
`,
  );
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  writeFileSync(
    path.join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  return { starlight: version('@astrojs/starlight')!, astro: version('astro')! };
}

const fm = (title: string, description: string) =>
  `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}\n---\n\n`;

/**
 * The same sessions as Starlight docs: one page per session (same body, same format as ours),
 * a page per year, a home page.
 */
export function writeStarlightContent(dir: string, a: Archive, format: NotesFormat = 'mdx'): void {
  const docs = path.join(dir, 'src', 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  writeFileSync(path.join(dir, 'years.json'), JSON.stringify(a.years.map((y) => y.year)));
  writeFileSync(
    path.join(docs, `index.${format}`),
    `${fm('VFIO/IOMMU/PCI MC archive', 'Synthetic archive for the benchmark.')}${a.years.map((y) => `- [${y.year}](/${y.year}/)`).join('\n')}\n`,
  );
  for (const [year, list] of sessionsByYear(a)) {
    mkdirSync(path.join(docs, String(year)), { recursive: true });
    writeFileSync(
      path.join(docs, String(year), `index.${format}`),
      `${fm(`LPC ${year}`, `Sessions of ${year}.`)}${list.map((s) => `- [${s.title}](/${year}/${s.slug}/)`).join('\n')}\n`,
    );
    for (const s of list)
      writeFileSync(
        path.join(docs, String(year), `${s.slug}.${format}`),
        `${fm(s.title, s.summary)}${s.body}`,
      );
  }
}

export async function buildStarlight(dir: string, timeoutSeconds: number): Promise<BuildResult> {
  rmSync(path.join(dir, 'dist'), { recursive: true, force: true });
  // As with our build: start from the files, not from Astro's cache of a previous run.
  rmSync(path.join(dir, 'node_modules', '.astro'), { recursive: true, force: true });
  rmSync(path.join(dir, '.astro'), { recursive: true, force: true });
  const astro = path.join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const r = await measure(process.execPath, [astro, 'build'], { cwd: dir, env: nodeEnv({}), timeoutSeconds });
  return { ...r, out: path.join(dir, 'dist') };
}
