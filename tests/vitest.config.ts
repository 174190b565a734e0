import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import SummaryLine from './summary-reporter.ts';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    reporters: ['default', new SummaryLine()],
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // Build-output and browser tests read one shared dist/ and start servers: keep files serial.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
