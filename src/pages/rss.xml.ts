import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArchive } from '../lib/content';
import { feedItems, feedLink } from '../lib/feed';
import { SITE } from '../site';

/** RSS of new years and outcome status changes. */
export const GET: APIRoute = async ({ site }) =>
  rss({
    title: SITE.longTitle,
    description:
      'New editions of the VFIO/IOMMU/PCI microconference and changes in the status of its outcomes.',
    site: new URL(import.meta.env.BASE_URL, site).href,
    items: feedItems(await getArchive()).map((i) => ({
      title: i.title,
      link: feedLink(i.path, site!, import.meta.env.BASE_URL),
      pubDate: new Date(`${i.date}T00:00:00Z`),
      description: i.description,
    })),
  });
