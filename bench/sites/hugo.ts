/**
 * Debian's Hugo in the bench: the synthetic sessions as Markdown pages with a theme-less layout
 * in .bench/hugo, then Pagefind's CLI over its output.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { capture, measure } from '../lib.ts';
import type { BuildResult, Measured } from '../types.ts';
import { sessionsByYear, type Archive } from '../generate/model.ts';

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

const HUGO_CONFIG = `# Written by bench/sites/hugo.ts: a theme-less site, taxonomies for topics and speakers so
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

/** Hugo, then Pagefind over its output, as one run: its time and memory are the sum and the max. */
export async function buildHugoAndPagefind(
  root: string,
  dir: string,
  cap: number,
): Promise<Measured & { generator: number; pagefind: number }> {
  const h = await buildHugo(dir, cap);
  const pf = h.ok ? await runPagefind(root, h.out.replace(/\/$/, ''), cap) : undefined;
  return {
    ...h,
    ok: h.ok && !!pf?.ok,
    error: h.error ?? pf?.error,
    seconds: h.seconds + (pf?.seconds ?? 0),
    peakTreeRssMiB: Math.max(h.peakTreeRssMiB, pf?.peakTreeRssMiB ?? 0),
    maxProcessRssMiB: Math.max(h.maxProcessRssMiB, pf?.maxProcessRssMiB ?? 0),
    generator: h.seconds,
    pagefind: pf?.seconds ?? 0,
  };
}
