import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../lib/content';
import { timedSessions, yearCalendar } from '../../../lib/ics';
import { siteBase } from '../../../lib/urls';

/** A calendar for every year with at least one session whose time is known. */
export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return archive.years
    .filter((y) => timedSessions(archive, y.id).length > 0)
    .map((y) => ({ params: { year: y.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const body = yearCalendar(await getArchive(), params.year!, {
    site: site!.href,
    base: siteBase,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
