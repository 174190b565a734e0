/**
 * One build at a time. Every build of a project shares Astro's work folder (.astro/), so two
 * at once (an editor's and a watcher's, CI beside a preview) break each other even when they
 * write to different output folders. A build takes a lock file there first: a second build
 * waits for it, or with `--no-wait` stops at once naming the first. A lock whose process is
 * gone (a killed build) is noticed and cleared. `astro dev` takes no lock and is not blocked.
 */
import { closeSync, existsSync, linkSync, mkdirSync, openSync, readFileSync, renameSync } from 'node:fs';
import { rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';

export interface LockHolder {
  pid: number;
  /** ISO time the holder took the lock. */
  started: string;
  /** The output folder it builds, as shown to the user. */
  out: string;
}

export interface LockOptions {
  /** Wait for a running build (default) or stop at once. */
  wait?: boolean;
  /** What this build writes, for the message another build shows. */
  out?: string;
  pollMs?: number;
  timeoutMs?: number;
  /** Told once when this build starts waiting, and when it clears a stale lock. */
  onWait?: (holder: LockHolder) => void;
  onStale?: (holder: LockHolder | undefined) => void;
}

export class BuildLockBusy extends Error {}

/** "2026-12-01 19:40:12 UTC": the holder's start, as a reader compares it with a clock. */
const when = (iso: string) => `${iso.slice(0, 19).replace('T', ' ')} UTC`;

export const busyMessage = (h: LockHolder) =>
  `another build is running (pid ${h.pid}, started ${when(h.started)}${h.out ? `, building ${h.out}` : ''})`;

/** Linux only: when the process now using `pid` started, to tell a reused pid from the holder. */
function processStart(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const boot = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))![1]);
    return (boot + Number(fields[19]) / 100) * 1000; // clock ticks are 100 per second on Linux
  } catch {
    return undefined;
  }
}

/** Whether the lock's holder still runs: a dead pid, or one reused by a later process, is not. */
export function holderAlive(h: LockHolder): boolean {
  if (h.pid === process.pid) return false;
  try {
    process.kill(h.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const started = processStart(h.pid);
  return started === undefined || started <= Date.parse(h.started) + 5_000;
}

function readHolder(file: string): LockHolder | undefined {
  try {
    const h = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    if (typeof h.pid === 'number' && typeof h.started === 'string')
      return { pid: h.pid, started: h.started, out: h.out ?? '' };
  } catch {
    // unreadable or half-written: judged by its age below
  }
  return undefined;
}

function tryCreate(file: string, me: LockHolder): boolean {
  try {
    const fd = openSync(file, 'wx');
    writeSync(fd, JSON.stringify(me));
    closeSync(fd);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

/**
 * Removes a stale lock without removing a fresh one another build took meanwhile: the lock is
 * moved aside first (only one process can), and put back if it turns out not to be stale.
 */
function clearStale(file: string, seen: LockHolder | undefined): boolean {
  const aside = `${file}.${process.pid}.stale`;
  try {
    renameSync(file, aside);
  } catch {
    return false; // someone else moved or removed it: try again from the start
  }
  const moved = readHolder(aside);
  if (moved && seen && (moved.pid !== seen.pid || moved.started !== seen.started)) {
    try {
      linkSync(aside, file);
    } catch {
      // a third build took the lock: the moved one was live, but its build keeps running
    }
    rmSync(aside, { force: true });
    return false;
  }
  rmSync(aside, { force: true });
  return true;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Takes the lock in `file`; resolves to the function that releases it (also run at exit). */
export async function acquireLock(file: string, options: LockOptions = {}): Promise<() => void> {
  const { wait = true, out = '', pollMs = 250, timeoutMs = 30 * 60_000 } = options;
  mkdirSync(path.dirname(file), { recursive: true });
  const me: LockHolder = { pid: process.pid, started: new Date().toISOString(), out };
  const deadline = Date.now() + timeoutMs;
  let told = false;
  while (!tryCreate(file, me)) {
    const holder = readHolder(file);
    const young = !holder && Date.now() - (statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0) < 5_000;
    if (!young && (!holder || !holderAlive(holder))) {
      if (clearStale(file, holder)) options.onStale?.(holder);
      continue;
    }
    if (holder && !wait) throw new BuildLockBusy(busyMessage(holder));
    if (Date.now() > deadline)
      throw new BuildLockBusy(
        `${holder ? busyMessage(holder) : 'another build is starting'}; gave up waiting`,
      );
    if (holder && !told) options.onWait?.(holder);
    told ||= Boolean(holder);
    await sleep(pollMs);
  }
  return releaser(file, me);
}

/** Releases the lock once: on demand, at exit, or on Ctrl-C or kill (then exits as killed). */
function releaser(file: string, me: LockHolder): () => void {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    const now = readHolder(file);
    if (now && now.pid === me.pid && now.started === me.started) rmSync(file, { force: true });
    process.off('exit', release);
    for (const s of SIGNALS) process.off(s, onSignal);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    release();
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
  };
  process.on('exit', release);
  for (const s of SIGNALS) process.once(s, onSignal);
  return release;
}
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * A build killed between its two final renames leaves the last good site as `<out>.previous`
 * and no `<out>`: put it back before anything else, so the site is never found missing.
 */
export function restoreInterruptedSwap(dist: string): boolean {
  const previous = `${dist}.previous`;
  if (existsSync(dist) || !existsSync(previous)) return false;
  renameSync(previous, dist);
  return true;
}

/**
 * The first step of `npm run build`: takes the project's build lock (waiting, or stopping at
 * once with `--no-wait`), then restores an output folder a killed build left half-swapped.
 */
export async function startBuild(root: string, dist: string, shown: string, argv = process.argv) {
  try {
    const release = await acquireLock(path.join(root, '.astro', 'build.lock'), {
      wait: !argv.includes('--no-wait'),
      out: `${shown}/`,
      onWait: (h) => console.error(`Waiting: ${busyMessage(h)}.`),
      onStale: (h) =>
        console.error(
          `Cleared the lock of a build that stopped without finishing${h ? ` (pid ${h.pid}, started ${when(h.started)})` : ''}.`,
        ),
    });
    if (restoreInterruptedSwap(dist))
      console.error(`Restored ${shown}/ from ${shown}.previous/, where a stopped build had left it.`);
    return release;
  } catch (e) {
    if (!(e instanceof BuildLockBusy)) throw e;
    console.error(`Build stopped: ${e.message}. ${shown}/ was left as it was.`);
    process.exit(1);
  }
}
