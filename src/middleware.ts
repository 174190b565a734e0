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
import { withoutBase } from './lib/urls';

let input: Promise<PostBuildInput> | undefined;

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  // The dev server injects styles and scripts as files are edited; a policy hashed now would
  // block them. Calendars, feeds and JSON pass as they are.
  if (import.meta.env.DEV || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  input ??= getArchive().then((a) => postBuildInput(a, deployment.base));
  const page = finishPage(
    withoutBase(context.url.pathname, deployment.base),
    await response.text(),
    await input,
  );
  return new Response(page.html, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
