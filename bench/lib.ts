/**
 * Small helpers shared by the bench sections: running a command with a time cap while sampling
 * the memory of its whole process tree, statistics, folder sizes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { DirSize, Measured, Stats } from './types.ts';

export function stats(xs: number[]): Stats {
  if (xs.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN };
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return { median: s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2, min: s[0]!, max: s.at(-1)! };
}

/** Often enough to catch a build's plateau, rare enough to cost well under 1 % of a core. */
const SAMPLE_MS = 100;
const PAGE_KIB = 4;

/** pid → ppid and RSS (KiB) of every process: /proc/<pid>/children is not available here. */
function processTable(): Map<number, { ppid: number; rssKiB: number }> {
  const table = new Map<number, { ppid: number; rssKiB: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: split after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(name), { ppid: Number(fields[1]), rssKiB: Number(fields[21]) * PAGE_KIB });
    } catch {
      // The process ended between readdir and read.
    }
  }
  return table;
}

function treeRssKiB(root: number): number {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let sum = 0;
  const stack = [root];
  // A process tree is finite, but guard against a pid loop after reuse all the same.
  for (let guard = 0; stack.length && guard < 100_000; guard++) {
    const pid = stack.pop()!;
    sum += table.get(pid)?.rssKiB ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return sum;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  timeoutSeconds: number;
  /** Print the command's output as it runs (long installs), instead of keeping only the tail. */
  echo?: boolean;
}

/**
 * Runs a command under GNU time in its own process group, samples the tree's RSS, and kills
 * the group when the time cap is reached.
 */
export function measure(cmd: string, args: string[], opts: RunOptions): Promise<Measured> {
  const timeFile = path.join(opts.cwd, `.bench-time-${process.pid}-${Date.now()}`);
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%M', '-o', timeFile, cmd, ...args], {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      detached: true, // own process group, so the time cap can end the whole tree by its id
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const keep = (chunk: Buffer) => {
      if (opts.echo) process.stdout.write(chunk);
      out = (out + chunk.toString()).slice(-8000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peak = 0;
    const sampler = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRssKiB(child.pid));
    }, SAMPLE_MS);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, opts.timeoutSeconds * 1000);
    child.on('close', (code, signal) => {
      clearInterval(sampler);
      clearTimeout(timer);
      const seconds = (performance.now() - t0) / 1000;
      let maxKiB = 0;
      try {
        // GNU time writes "Command exited with non-zero status N" before %M on failure.
        maxKiB = Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)) || 0;
        rmSync(timeFile, { force: true });
      } catch {
        // No file when time itself was killed.
      }
      const ok = code === 0 && !timedOut;
      resolve({
        ok,
        error: ok
          ? undefined
          : timedOut
            ? `stopped at the ${opts.timeoutSeconds} s cap`
            : `exit ${code ?? signal}`,
        timedOut,
        seconds,
        peakTreeRssMiB: Math.max(peak, maxKiB) / 1024,
        maxProcessRssMiB: maxKiB / 1024,
        tail: out.split('\n').slice(-25).join('\n'),
      });
    });
  });
}

/** Runs a short command and returns its stdout, or undefined when it fails. */
export function capture(cmd: string, args: string[], cwd = process.cwd()): string | undefined {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 60_000 });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** Every file below dir (bounded by the file system; symlinks not followed). */
export function* walk(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) yield p;
  }
}

export function dirSize(dir: string): DirSize {
  const size: DirSize = { bytes: 0, files: 0, htmlPages: 0 };
  if (!existsSync(dir)) return size;
  for (const f of walk(dir)) {
    size.bytes += statSync(f).size;
    size.files++;
    if (f.endsWith('.html')) size.htmlPages++;
  }
  return size;
}

export const mib = (bytes: number) => bytes / 2 ** 20;
export const kib = (bytes: number) => bytes / 1024;
/** A number for a table; '–' when it was not measured (NaN, which JSON stores as null). */
export const fmt = (n: number | null | undefined, digits = 1) =>
  n === undefined || n === null || Number.isNaN(n) ? '–' : n.toFixed(digits);
/** MiB to GiB, keeping "not measured" as it is. */
export const gib = (mibValue: number | null | undefined) =>
  mibValue === undefined || mibValue === null ? undefined : mibValue / 1024;

/** The environment of a measured Node build: quiet, no telemetry. */
export const nodeEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => ({
  ...process.env,
  CI: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
  ...extra,
});
