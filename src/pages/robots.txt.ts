import type { APIRoute } from 'astro';
import { absoluteUrl, paths } from '../lib/urls';

/** Allows everything and points crawlers at the sitemap, wherever the site is deployed. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(paths.sitemap, site!);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
