/**
 * The three sites the bench builds from one synthetic archive:
 *   ours       a copy of this project (scripts/build.ts: check, Astro, Pagefind)
 *   starlight  Astro Starlight, the sessions as docs pages (Starlight runs Pagefind itself)
 *   hugo       Debian's Hugo, the sessions as Markdown pages with a theme-less layout, Pagefind after
 * Each works in its own folder under .bench/, so nothing here touches the real dist/.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { capture, measure, type Measured } from './lib.ts';
import type { Archive, Session } from './generate.ts';

/** Project files the copy needs; node_modules is linked, build output and caches stay behind. */
const SKIP = new Set(['node_modules', 'dist', '.astro', '.bench', '.git', 'test-results']);
/** Caches Astro and Vite write into node_modules/: kept per copy so two builds never share them. */
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * Copies the project into `dir` (fresh each bench run, so it builds today's src/) and gives it a
 * node_modules/ of links to the project's packages. Linking the whole folder would let the copy's
 * build delete and write the real project's node_modules/.astro/data-store.json (build.ts clears
 * it), racing with anyone building the real site.
 */
export function prepareOurCopy(root: string, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(root)) {
    if (SKIP.has(name)) continue;
    cpSync(path.join(root, name), path.join(dir, name), { recursive: true });
  }
  const modules = path.join(dir, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(path.join(root, 'node_modules'))) {
    if (PRIVATE_CACHES.has(name)) continue;
    symlinkSync(path.join(root, 'node_modules', name), path.join(modules, name));
  }
}

export interface BuildResult extends Measured {
  /** Where the built site is. */
  out: string;
}

const nodeEnv = (extra: Record<string, string>) => ({
  ...process.env,
  CI: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
  ...extra,
});

/**
 * `CONTENT_DIR=<content> node scripts/build.ts --out <out>` in the copy. Older build scripts
 * without --out write the copy's dist/, which is then moved to `out`.
 */
export async function buildOurs(
  copy: string,
  content: string,
  out: string,
  timeoutSeconds: number,
  extraEnv: Record<string, string> = {},
): Promise<BuildResult> {
  const hasOut = readFileSync(path.join(copy, 'scripts', 'build.ts'), 'utf8').includes("'--out'");
  const args = ['scripts/build.ts', ...(hasOut ? ['--out', out] : [])];
  const r = await measure(process.execPath, args, {
    cwd: copy,
    env: nodeEnv({ CONTENT_DIR: content, ...extraEnv }),
    timeoutSeconds,
  });
  if (r.ok && !hasOut) {
    rmSync(out, { recursive: true, force: true });
    renameSync(path.join(copy, 'dist'), out);
  }
  return { ...r, out };
}

// ---------------------------------------------------------------------------------------------
// Starlight

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
    `// Written by scripts/bench/sites.ts. A sidebar of year pages only: Starlight's default
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

const sessionsByYear = (a: Archive) => {
  const map = new Map<number, Session[]>();
  for (const s of a.sessions) map.set(s.year, [...(map.get(s.year) ?? []), s]);
  return map;
};

/** The same sessions as Starlight docs: one page per session (same MDX body), a page per year, a home page. */
export function writeStarlightContent(dir: string, a: Archive): void {
  const docs = path.join(dir, 'src', 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  writeFileSync(path.join(dir, 'years.json'), JSON.stringify(a.years.map((y) => y.year)));
  writeFileSync(
    path.join(docs, 'index.mdx'),
    `${fm('VFIO/IOMMU/PCI MC archive', 'Synthetic archive for the benchmark.')}${a.years.map((y) => `- [${y.year}](/${y.year}/)`).join('\n')}\n`,
  );
  for (const [year, list] of sessionsByYear(a)) {
    mkdirSync(path.join(docs, String(year)), { recursive: true });
    writeFileSync(
      path.join(docs, String(year), 'index.mdx'),
      `${fm(`LPC ${year}`, `Sessions of ${year}.`)}${list.map((s) => `- [${s.title}](/${year}/${s.slug}/)`).join('\n')}\n`,
    );
    for (const s of list)
      writeFileSync(path.join(docs, String(year), `${s.slug}.mdx`), `${fm(s.title, s.summary)}${s.body}`);
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

// ---------------------------------------------------------------------------------------------
// Hugo

export function hugoVersion(): string | undefined {
  return capture('hugo', ['version'])
    ?.replace(/^hugo v?/, '')
    .split(' ')[0];
}

/** Installs Debian's hugo when missing and running as root; otherwise says what to run. */
export async function setupHugo(): Promise<string> {
  const have = hugoVersion();
  if (have) return have;
  if (process.getuid?.() !== 0)
    throw new Error(
      'Hugo is not installed and the bench is not root: run `sudo apt-get install -y hugo`, or pass --skip-hugo.',
    );
  console.log('Installing Hugo with apt-get…');
  const r = await measure('apt-get', ['install', '-y', '--no-install-recommends', 'hugo'], {
    cwd: process.cwd(),
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    timeoutSeconds: 600,
  });
  if (!r.ok) throw new Error(`apt-get install hugo failed (${r.error}):\n${r.tail}`);
  const v = hugoVersion();
  if (!v) throw new Error('apt-get installed hugo, but `hugo version` does not run.');
  return v;
}

const HUGO_CONFIG = `# Written by scripts/bench/sites.ts: a theme-less site, taxonomies for topics and speakers so
# Hugo generates list pages comparable to ours.
baseURL = "https://bench.example.org/"
title = "VFIO/IOMMU/PCI MC archive (bench)"
disableKinds = ["RSS"]
# Synthetic editions run to 2100: without this Hugo silently skips every page dated in the future.
buildFuture = true
[taxonomies]
  topic = "topics"
  speaker = "speakers"
[markup.goldmark.renderer]
  unsafe = false
`;

const BASEOF = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ site.Title }}</title>
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:auto;padding:1rem;line-height:1.5}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.25rem .5rem}</style>
</head>
<body><header><a href="/">{{ site.Title }}</a></header>
<main data-pagefind-body>{{ block "main" . }}{{ end }}</main>
</body></html>
`;
const SINGLE = `{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>
<p>Topics: {{ range .Params.topics }}<a href="{{ "topics/" | relURL }}{{ . | urlize }}/">{{ . }}</a> {{ end }}</p>
{{ .Content }}</article>{{ end }}
`;
const LIST = `{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
`;

/** The same sessions as Hugo pages: content/<year>/<slug>.md (same Markdown body), sections per year. */
export function writeHugoSite(dir: string, a: Archive): void {
  rmSync(path.join(dir, 'content'), { recursive: true, force: true });
  mkdirSync(path.join(dir, 'layouts', '_default'), { recursive: true });
  writeFileSync(path.join(dir, 'hugo.toml'), HUGO_CONFIG);
  writeFileSync(path.join(dir, 'layouts', '_default', 'baseof.html'), BASEOF);
  writeFileSync(path.join(dir, 'layouts', '_default', 'single.html'), SINGLE);
  writeFileSync(path.join(dir, 'layouts', '_default', 'list.html'), LIST);
  writeFileSync(path.join(dir, 'layouts', '_default', 'terms.html'), LIST);
  writeFileSync(path.join(dir, 'layouts', '_default', 'taxonomy.html'), LIST);
  writeFileSync(path.join(dir, 'layouts', 'index.html'), LIST);
  const content = path.join(dir, 'content');
  mkdirSync(content, { recursive: true });
  writeFileSync(path.join(content, '_index.md'), '---\ntitle: "Years"\n---\n');
  for (const [year, list] of sessionsByYear(a)) {
    const sec = path.join(content, String(year));
    mkdirSync(sec, { recursive: true });
    writeFileSync(path.join(sec, '_index.md'), `---\ntitle: "LPC ${year}"\n---\n`);
    for (const s of list) {
      const front = {
        title: s.title,
        summary: s.summary,
        date: `${s.start}:00Z`,
        topics: s.topics,
        speakers: s.speakers,
      };
      writeFileSync(path.join(sec, `${s.slug}.md`), `${JSON.stringify(front, null, 2)}\n\n${s.body}`);
    }
  }
}

export async function buildHugo(dir: string, timeoutSeconds: number): Promise<BuildResult> {
  rmSync(path.join(dir, 'public'), { recursive: true, force: true });
  rmSync(path.join(dir, 'resources'), { recursive: true, force: true });
  const r = await measure('hugo', ['--quiet', '--cleanDestinationDir'], { cwd: dir, timeoutSeconds });
  return { ...r, out: path.join(dir, 'public') };
}

/** Pagefind's CLI from the project's node_modules, on another tool's output. */
export async function runPagefind(root: string, site: string, timeoutSeconds: number): Promise<Measured> {
  const bin = path.join(root, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
  return measure(
    process.execPath,
    [
      existsSync(bin) ? bin : path.join(root, 'node_modules', '.bin', 'pagefind'),
      '--site',
      site,
      '--force-language',
      'en',
      '--silent',
    ],
    { cwd: root, timeoutSeconds },
  );
}
