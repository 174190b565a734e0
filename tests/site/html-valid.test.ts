/**
 * Every built page is valid HTML by the Nu HTML Checker (the W3C validator, from the vnu-jar
 * package), run once over dist/ in one JVM. A missing Java is a failure that names the install.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, requireDist } from './dist.ts';

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** vnu-jar exports the path of its jar. */
const jar = createRequire(import.meta.url)('vnu-jar') as string;

function checkDist(): NuMessage[] {
  requireDist();
  const run = spawnSync('java', ['-jar', jar, '--format', 'json', '--skip-non-html', '--errors-only', DIST], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error)
    throw new Error(
      `The Nu HTML Checker needs Java, which was not found (${run.error.message}). Install it with ` +
        '`apt-get install -y default-jre-headless` (Debian, as root; `npm test` does it when it can).',
    );
  // The checker writes its JSON report to stderr and exits non-zero when it finds errors.
  try {
    return (JSON.parse(run.stderr) as { messages: NuMessage[] }).messages;
  } catch {
    throw new Error(
      `The Nu HTML Checker did not report JSON (exit ${run.status}):\n${run.stderr.slice(0, 2000)}`,
    );
  }
}

describe('HTML validity', () => {
  it('the Nu HTML Checker finds no error on any built page', () => {
    const errors = checkDist()
      .filter((m) => m.type !== 'info')
      .map((m) => {
        const file = m.url ? path.relative(DIST, new URL(m.url).pathname) : '?';
        return `${file}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? ` [${m.extract.trim().slice(0, 80)}]` : ''}`;
      });
    expect(errors).toEqual([]);
  }, 180_000);
});
