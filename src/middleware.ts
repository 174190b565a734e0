/**
 * Finishes each page as Astro renders it (src/lib/post-build.ts: links that leave the site,
 * acronym links, the page's Content-Security-Policy), so a page is written once, finished, and
 * a page Astro's incremental build copies from its cache comes back finished too. Rewriting
 * every built page afterwards read and wrote each of them a second time.
 */
import { defineMiddleware } from 'astro:middleware';
import { deployment } from './deploy';
import { getArchive } from './lib/content';
import { finishPage, postBuildInput, type PostBuildInput } from './lib/post-build';

let input: Promise<PostBuildInput> | undefined;

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  // The dev server injects styles and scripts as files are edited; a policy hashed now would
  // block them. Calendars, feeds and JSON pass as they are.
  if (import.meta.env.DEV || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  input ??= getArchive().then((a) => postBuildInput(a, deployment.base));
  const page = finishPage(sitePath(context.url.pathname), await response.text(), await input);
  return new Response(page.html, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});

/** "/mc-archive/topics/sva/" → "topics/sva/": the page's path under the deployment's base. */
const sitePath = (pathname: string) =>
  (pathname.startsWith(deployment.base) ? pathname.slice(deployment.base.length) : pathname).replace(
    /^\/+/,
    '',
  );
