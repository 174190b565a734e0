/**
 * Where the site is deployed, from the environment, for astro.config.mjs and the build script:
 *   SITE_URL   public origin (canonical URLs, Open Graph, sitemap, feed, calendars, API)
 *   BASE_PATH  sub-path the site is served under, e.g. /mc-archive/
 */
type Env = Record<string, string | undefined>;

export const LOCAL_SITE = 'http://localhost:4321';

export const deploymentOf = (env: Env) => ({
  site: env.SITE_URL || LOCAL_SITE,
  base: env.BASE_PATH || '/',
});

export const deployment = deploymentOf(process.env);

/**
 * What the build says about where its output may go. Without SITE_URL every absolute address
 * in it points at this machine, which is right for `npm start` and wrong for any real host.
 */
export function deploymentNotice(env: Env): string {
  if (!env.SITE_URL)
    return (
      `SITE_URL is not set, so this build suits local preview only: its canonical URLs, sitemap, ` +
      `feed, calendars and API point at ${LOCAL_SITE}. For a real host, build with ` +
      '`SITE_URL=https://your.host npm run build` (and BASE_PATH=/sub-path/ when it is served under one).'
    );
  const { site, base } = deploymentOf(env);
  return `Built for ${new URL(base, site).href}.`;
}
