/**
 * Starts Debian's Chromium through playwright-core for the browser tests. A missing browser
 * fails the run with the command that installs it; it never skips the tests. The benchmark
 * starts its browser here too.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Flags for a headless machine with no network beyond the registry; the benchmark uses them too. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM_PATH}. The browser tests need it: install it with ` +
        '`sudo apt-get install -y chromium` (Debian), or set CHROMIUM_PATH to a Chromium binary. .ci/run installs it for CI.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
}
