/**
 * Lighthouse on our site's page kinds, with Debian's Chromium. Lighthouse is installed by the
 * bench into its own folder under .bench/ (not a project dependency: it is large and only the
 * bench needs it). Runs the default (mobile, simulated throttling) and the desktop preset.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { measure } from './lib.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser/context.ts';
import { serveSite } from './serve.ts';
import { CATEGORIES, type LighthousePage, type Scores } from './types.ts';

export async function setupLighthouse(dir: string): Promise<string> {
  const pkg = path.join(dir, 'node_modules', 'lighthouse', 'package.json');
  if (!existsSync(pkg)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'package.json'),
      `${JSON.stringify({ name: 'bench-lighthouse', private: true, type: 'module' }, null, 2)}\n`,
    );
    console.log(`Installing Lighthouse into ${dir} (first run only)…`);
    const npm = path.join(path.dirname(process.execPath), 'npm');
    const r = await measure(
      existsSync(npm) ? npm : 'npm',
      ['install', '--no-audit', '--no-fund', '--loglevel=error', 'lighthouse@latest'],
      { cwd: dir, timeoutSeconds: 900 },
    );
    if (!r.ok) throw new Error(`npm install of Lighthouse failed (${r.error}):\n${r.tail}`);
  }
  return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
}

interface LhReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; scoreDisplayMode: string; title: string }>;
  runtimeError?: { message: string };
}

async function runOne(dir: string, url: string, desktop: boolean, outFile: string): Promise<LhReport> {
  const cli = path.join(dir, 'node_modules', 'lighthouse', 'cli', 'index.js');
  const args = [
    cli,
    url,
    '--output=json',
    `--output-path=${outFile}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${[...CHROMIUM_ARGS, '--headless=new'].join(' ')}`,
    '--quiet',
    ...(desktop ? ['--preset=desktop'] : []),
  ];
  const r = await measure(process.execPath, args, {
    cwd: dir,
    env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
    timeoutSeconds: 180,
  });
  if (!r.ok)
    throw new Error(`lighthouse ${url} failed (${r.error}): ${r.tail.split('\n').slice(-3).join(' ')}`);
  const report = JSON.parse(readFileSync(outFile, 'utf8')) as LhReport;
  if (report.runtimeError) throw new Error(`lighthouse ${url}: ${report.runtimeError.message}`);
  return report;
}

const scoresOf = (r: LhReport): Scores =>
  Object.fromEntries(
    CATEGORIES.map((c) => [
      c,
      r.categories[c]?.score == null ? null : Math.round(r.categories[c]!.score! * 100),
    ]),
  ) as Scores;

/**
 * Audits below a full score that count towards a category (weight > 0). Lighthouse's
 * "insights" (weight 0) are advice and do not move the scores, so they are left out.
 */
const failingOf = (r: LhReport) => {
  const weighted = new Set(
    Object.values(r.categories).flatMap((c) => c.auditRefs.filter((a) => a.weight > 0).map((a) => a.id)),
  );
  return Object.entries(r.audits)
    .filter(([id, a]) => weighted.has(id) && a.score !== null && a.score < 1)
    .map(([id, a]) => `${id} (${Math.round(a.score! * 100)})`);
};

/** Lighthouse on each page of `site` (a built dir) served on 127.0.0.1. */
export async function lighthouseSite(
  dir: string,
  site: string,
  pages: Record<string, string>,
): Promise<LighthousePage[]> {
  const server = await serveSite(site);
  const reports = path.join(dir, 'reports');
  rmSync(reports, { recursive: true, force: true });
  mkdirSync(reports, { recursive: true });
  const out: LighthousePage[] = [];
  try {
    for (const [kind, p] of Object.entries(pages)) {
      const page: LighthousePage = { kind, path: p, failing: {} };
      try {
        for (const desktop of [false, true]) {
          const form = desktop ? 'desktop' : 'mobile';
          const report = await runOne(
            dir,
            `${server.origin}${p}`,
            desktop,
            path.join(reports, `${kind}-${form}.json`),
          );
          page[form] = scoresOf(report);
          page.failing![form] = failingOf(report);
        }
      } catch (e) {
        page.error = e instanceof Error ? e.message : String(e);
      }
      out.push(page);
      console.log(
        `  lighthouse ${kind}: mobile ${JSON.stringify(page.mobile)} desktop ${JSON.stringify(page.desktop)}${page.error ? ` (${page.error})` : ''}`,
      );
    }
  } finally {
    await server.close();
  }
  return out;
}
