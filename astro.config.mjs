// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { deployment } from './src/deploy.ts';
import searchClient from './src/integrations/search-client.ts';
import dataStoreFile from './src/integrations/data-store-file.ts';

/**
 * Deployment settings come from the environment so one build serves any host:
 *   SITE_URL   the public origin, used for canonical URLs, Open Graph and the sitemap
 *   BASE_PATH  a sub-path such as /mc-archive when the site is not served from the root
 *   EDIT_URL   where "Edit this page" points, the source file's path is appended
 *              (e.g. https://git.example.org/archive/-/edit/main/)
 *   MARKDOWN_PIPELINE  "satteri" (default) or "unified": kept to re-measure the GFM decision
 *              recorded in docs/architecture.md.
 */

async function markdownProcessor() {
  if (process.env.MARKDOWN_PIPELINE !== 'unified') return undefined; // Astro's default, Sätteri
  const { unified } = await import('@astrojs/markdown-remark');
  const { default: remarkGfm } = await import('remark-gfm');
  // remark-gfm only runs on the unified() processor; Sätteri has GFM built in.
  return unified({ remarkPlugins: [remarkGfm], gfm: false });
}
const processor = await markdownProcessor();

/**
 * Pages Astro renders at once. Rendering one at a time left the process waiting on its own file
 * writes (each page is written twice, to the output and to the incremental-build cache) for
 * about 40 % of the render phase; at 10,000 sessions Astro's step took 90 s with 1, 74 s with 4,
 * 51 s with 8 and 47 s with 16, and no less with 64. The bench's bare-Astro floor uses the same.
 */
export const RENDER_CONCURRENCY = 16;

export default defineConfig({
  site: deployment.site,
  base: deployment.base,
  trailingSlash: 'always',
  scopedStyleStrategy: 'class',
  // Stylesheets as files: the Content-Security-Policy then needs no hash for inline styles.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: RENDER_CONCURRENCY },
  markdown: processor ? { processor } : {},
  integrations: [mdx(), sitemap(), searchClient(), dataStoreFile()],
  // A static archive: no Astro toolbar, no telemetry in builds users run.
  devToolbar: { enabled: false },
  // Pages whose cache key (src/lib/cache-key.ts) and code are unchanged are copied from the
  // last build instead of rendered again.
  experimental: { incrementalBuild: true },
  // One stylesheet for the whole site (about 5 KB gzip): fetched once, then cached for every
  // page, instead of a handful of small render-blocking files per page.
  vite: {
    build: { cssCodeSplit: false },
    // Benchmark archives and build outputs are not sources: watching them exhausts inotify.
    server: { watch: { ignored: ['**/.bench/**', '**/dist/**', '**/dist.next/**', '**/dist.previous/**'] } },
    plugins: [
      {
        // Astro starts each MDX entry's asset module with a "use astro:head-inject" marker, and
        // the bundler warns once per file that it may drop it: 55 identical warnings a build, which
        // would hide a real one. Pages come out the same either way (the site tests read them).
        name: 'archive:quiet-head-inject-warning',
        onLog(_level, log) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject'))
            return false;
        },
      },
    ],
  },
});
