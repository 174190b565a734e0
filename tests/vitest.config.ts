import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import SummaryLine from './summary-reporter.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const components = 'tests/components/**/*.test.ts';

export default defineConfig({
  root,
  test: {
    reporters: ['default', new SummaryLine()],
    // Build-output and browser tests read one shared dist/ and start servers: keep files serial.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    globalSetup: ['tests/temp-folder.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit and site',
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: [components],
        },
      },
      // Component tests need Astro's Vite config to compile .astro files for the Container API;
      // the other tests keep plain Vite, under which tests that call Astro's build() still work.
      getViteConfig({ test: { name: 'components', root, include: [components] } }, { root }),
    ],
  },
});
