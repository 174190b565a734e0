/**
 * Two builds at once: the second stops at once naming the first (--no-wait) or waits for it;
 * a killed build leaves the last good site byte-identical and its lock is cleared by the next
 * build; `astro dev` keeps serving beside a build.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { shellEnv } from '../shell-env.ts';
import { baseFiles, writeArchive } from './fixture.ts';
import { fingerprint, PROJECT } from './build.ts';

const LOCK = path.join(PROJECT, '.astro', 'build.lock');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const env = (content: string) => shellEnv({ CI: '1', CONTENT_DIR: content });

interface Running {
  pid: number;
  kill(): void;
  done: Promise<{ status: number | null; stderr: string }>;
}

function spawnBuild(out: string, content: string, args: string[] = []): Running {
  const child = spawn(process.execPath, ['scripts/build.ts', '--out', out, ...args], {
    cwd: PROJECT,
    env: env(content),
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.resume();
  const done = new Promise<{ status: number | null; stderr: string }>((resolve) =>
    child.on('close', (status) => resolve({ status, stderr })),
  );
  return { pid: child.pid!, kill: () => child.kill('SIGKILL'), done };
}

const build = (out: string, content: string, args: string[] = []) =>
  spawnSync(process.execPath, ['scripts/build.ts', '--out', out, ...args], {
    cwd: PROJECT,
    env: env(content),
    encoding: 'utf8',
    timeout: 240_000,
  });

const lockHolder = () => {
  try {
    return JSON.parse(readFileSync(LOCK, 'utf8')) as { pid: number };
  } catch {
    return undefined;
  }
};
async function lockTakenBy(pid: number) {
  for (let i = 0; i < 600 && lockHolder()?.pid !== pid; i++) await sleep(100);
  expect(lockHolder()?.pid).toBe(pid);
}

describe('one build at a time', () => {
  const { content } = writeArchive(baseFiles());
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'lock-')), 'dist');
  let good: Record<string, string>;

  beforeAll(() => {
    const r = build(out, content);
    expect(r.status, r.stderr).toBe(0);
    good = fingerprint(out);
  }, 240_000);

  it('a second build stops at once naming the first, a third waits for it, and the site stays byte-identical', async () => {
    const first = spawnBuild(out, content);
    await lockTakenBy(first.pid);
    const second = build(out, content, ['--no-wait']);
    expect(second.status).toBe(1);
    expect(second.stderr.trim()).toMatch(
      new RegExp(
        `^Build stopped: another build is running \\(pid ${first.pid}, started \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC, building ${out}/\\)\\. ${out}/ was left as it was\\.$`,
      ),
    );
    const third = spawnBuild(out, content);
    const [a, c] = await Promise.all([first.done, third.done]);
    expect(a.status, a.stderr).toBe(0);
    expect(c.status, c.stderr).toBe(0);
    expect(c.stderr).toContain(`Waiting: another build is running (pid ${first.pid}, started `);
    expect(fingerprint(out)).toEqual(good);
    expect(existsSync(LOCK)).toBe(false);
  }, 400_000);

  it('a killed build leaves the site as it was, and the next build clears its lock', async () => {
    const killed = spawnBuild(out, content);
    await lockTakenBy(killed.pid);
    // Killed while Astro writes the staging folder: a fixed wait outlasted the whole build once
    // builds got faster, and the lock was gone before the kill.
    for (let i = 0; i < 600 && !existsSync(`${out}.next`); i++) await sleep(50);
    expect(existsSync(`${out}.next`)).toBe(true);
    killed.kill();
    await killed.done;
    expect(fingerprint(out)).toEqual(good);
    expect(lockHolder()?.pid).toBe(killed.pid);
    const next = build(out, content, ['--no-wait']);
    expect(next.status, next.stderr).toBe(0);
    expect(next.stderr).toMatch(
      new RegExp(
        `Cleared the lock of a build that stopped without finishing \\(pid ${killed.pid}, started [-\\d: ]+ UTC\\)\\.`,
      ),
    );
    expect(fingerprint(out)).toEqual(good);
  }, 300_000);
});

describe('the dev server beside a build', () => {
  it('keeps serving pages while a build runs and after it', async () => {
    const { content } = writeArchive(baseFiles());
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const dev = spawn(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'],
      { cwd: PROJECT, env: env(content), stdio: 'ignore', detached: true },
    );
    const page = async () => {
      const r = await fetch(`http://127.0.0.1:${port}/years/2023/sva-update/`).catch(() => undefined);
      return r?.ok ? (await r.text()).includes('SVA update') : false;
    };
    try {
      let up = false;
      for (let i = 0; i < 240 && !up; i++) up = (await page()) || (await sleep(500), false);
      expect(up).toBe(true);
      const running = spawnBuild(path.join(mkdtempSync(path.join(tmpdir(), 'dev-')), 'dist'), content);
      await lockTakenBy(running.pid);
      expect(await page()).toBe(true);
      const r = await running.done;
      expect(r.status, r.stderr).toBe(0);
      expect(await page()).toBe(true);
    } finally {
      process.kill(-dev.pid!, 'SIGTERM');
    }
  }, 400_000);
});
