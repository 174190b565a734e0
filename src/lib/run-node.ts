/**
 * Runs Node as a process of its own with what it prints held back: the build's quiet helpers
 * (Pagefind's command line, a deletion) speak only when they fail.
 */
import { spawn } from 'node:child_process';

/**
 * Runs `node <args>`; resolves once it exits with 0, otherwise rejects with the message that
 * `failure` makes of how it ended ("exit 1", "SIGKILL") and of what it printed.
 */
export function runNode(args: string[], failure: (ended: string, output: string) => string): Promise<void> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(failure(signal ?? `exit ${code}`, output))),
    );
  });
}
