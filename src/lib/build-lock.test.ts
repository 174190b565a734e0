import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock, busyMessage, holderAlive, restoreInterruptedSwap } from './build-lock.ts';

const lockIn = () => path.join(mkdtempSync(path.join(tmpdir(), 'lock-')), '.astro', 'build.lock');
const children: ChildProcess[] = [];
/** A live process that is not this one, to stand for another build. */
function otherBuild(): ChildProcess {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  children.push(child);
  return child;
}
const holding = (file: string, pid: number, started = new Date().toISOString()) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ pid, started, out: 'dist/' }));
};
/** The pid of a process that has already ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid!;

afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

describe('the build lock', () => {
  it('is taken and released', async () => {
    const file = lockIn();
    const release = await acquireLock(file, { out: 'dist/' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid, out: 'dist/' });
    release();
    expect(existsSync(file)).toBe(false);
  });

  it('stops a second build at once with the first one named, when asked not to wait', async () => {
    const file = lockIn();
    const other = otherBuild();
    const started = new Date().toISOString();
    holding(file, other.pid!, started);
    await expect(acquireLock(file, { wait: false })).rejects.toThrow(
      `another build is running (pid ${other.pid}, started ${started.slice(0, 10)} ${started.slice(11, 19)} UTC, building dist/)`,
    );
    expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(other.pid);
  });

  it('makes a second build wait until the first has finished', async () => {
    const file = lockIn();
    const other = otherBuild();
    holding(file, other.pid!);
    const waited: number[] = [];
    const taking = acquireLock(file, { pollMs: 20, onWait: (h) => waited.push(h.pid) });
    await new Promise((r) => setTimeout(r, 200));
    expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(other.pid);
    other.kill('SIGKILL');
    const release = await taking;
    expect(waited).toEqual([other.pid]);
    expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(process.pid);
    release();
  });

  it('notices and clears a lock left by a killed build', async () => {
    const file = lockIn();
    const pid = deadPid();
    holding(file, pid);
    const stale: (number | undefined)[] = [];
    const release = await acquireLock(file, { wait: false, onStale: (h) => stale.push(h?.pid) });
    expect(stale).toEqual([pid]);
    release();
  });

  it('clears an unreadable lock once it is old, and waits while it may still be being written', async () => {
    const file = lockIn();
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '{"pid": 12');
    const old = new Date(Date.now() - 60_000);
    utimesSync(file, old, old);
    (await acquireLock(file, { wait: false }))();
    writeFileSync(file, '{"pid": 12');
    await expect(acquireLock(file, { pollMs: 10, timeoutMs: 100 })).rejects.toThrow(
      'another build is starting; gave up waiting',
    );
  });

  it('takes a pid reused by a later process for a stopped build', () => {
    const other = otherBuild();
    expect(holderAlive({ pid: other.pid!, started: new Date().toISOString(), out: '' })).toBe(true);
    // The lock claims a start long before the process with that pid began: the pid was reused.
    expect(holderAlive({ pid: other.pid!, started: '2020-01-01T00:00:00.000Z', out: '' })).toBe(false);
    expect(holderAlive({ pid: process.pid, started: new Date().toISOString(), out: '' })).toBe(false);
  });

  it('words the message as the user sees it', () => {
    expect(busyMessage({ pid: 42, started: '2026-12-01T19:40:12.345Z', out: 'dist/' })).toBe(
      'another build is running (pid 42, started 2026-12-01 19:40:12 UTC, building dist/)',
    );
  });
});

describe('a build killed while swapping', () => {
  it('gets the last good site back from <out>.previous', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'swap-'));
    const dist = path.join(dir, 'dist');
    mkdirSync(`${dist}.previous`);
    writeFileSync(path.join(`${dist}.previous`, 'index.html'), 'good');
    expect(restoreInterruptedSwap(dist)).toBe(true);
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('good');
    expect(restoreInterruptedSwap(dist)).toBe(false);
  });
});
