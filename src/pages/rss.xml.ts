import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArchive } from '../lib/content';
import { feedItems } from '../lib/feed';
import { absoluteUrl, paths } from '../lib/urls';
import { SITE } from '../site';

/** RSS of new years and outcome status changes. */
export const GET: APIRoute = async ({ site }) =>
  rss({
    title: SITE.longTitle,
    description:
      'New editions of the VFIO/IOMMU/PCI microconference and changes in the status of its outcomes.',
    site: absoluteUrl(paths.home, site!),
    items: feedItems(await getArchive()).map((i) => ({
      title: i.title,
      link: absoluteUrl(i.path, site!),
      pubDate: new Date(`${i.date}T00:00:00Z`),
      description: i.description,
    })),
  });
