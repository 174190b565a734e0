/**
 * What the feed announces: each year of the MC, and each dated change of an outcome's status,
 * newest first. Dates come from the records, so the feed is the same on every build.
 */
import type { Archive } from './archive.ts';
import { yearDate } from './archive.ts';
import { STATUS_LABELS } from './status.ts';
import { statusChangePath, yearPath } from './urls.ts';
import { yearTitle } from './years.ts';

export interface FeedItem {
  title: string;
  /**
   * Site path, without the deployment base. The feed writes it as a full URL: @astrojs/rss
   * would append a slash to a relative link, after its #anchor too ("#status-2/").
   */
  path: string;
  /** YYYY-MM-DD */
  date: string;
  description: string;
}

export function feedItems(archive: Archive): FeedItem[] {
  const years = archive.years
    .filter((y) => !y.data.inPreparation)
    .map((y) => ({
      title: yearTitle(y.id),
      path: yearPath(y.id),
      date: yearDate(y),
      description: y.data.description,
    }));
  const changes = archive.outcomes.flatMap((o) =>
    o.data.statusHistory.map((h, i) => ({
      title: `${STATUS_LABELS[h.status]}: ${o.data.title}`,
      // Each change gets its own link (and so its own feed GUID): the entry on the outcome page.
      path: statusChangePath(o.id, i),
      date: h.date,
      description: `${h.note ? `${h.note}. ` : ''}An outcome of the ${o.data.year.id} MC: ${o.data.summary}`,
    })),
  );
  return [...years, ...changes].sort(
    (a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title),
  );
}
