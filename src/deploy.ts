/**
 * Where the site is deployed, from the environment, for astro.config.mjs and the build script:
 *   SITE_URL   public origin (canonical URLs, Open Graph, sitemap)
 *   BASE_PATH  sub-path the site is served under, e.g. /mc-archive/
 */
export const deployment = {
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: process.env.BASE_PATH || '/',
};
