/**
 * Which record in content/ an imported contribution is: the one imported under the same key,
 * else the one with the same contribution URL (normalised: scheme, trailing slash and the
 * conference's host aliases do not matter; an Indico calendar UID names the same contribution
 * as its URL), else a session of the same year with the same title (`foldName`, "&" read as
 * "and"). Each record is matched once per import, so two talks never land in one file.
 */
import { foldName } from '../names.ts';
import type { ImportContribution } from './model.ts';

/** A session file as it is on disk. */
export interface ExistingSession {
  /** "2030/iommufd-next-steps". */
  id: string;
  /** Path below the content folder: "sessions/2030/iommufd-next-steps.yaml". */
  file: string;
  text: string;
  data: Record<string, unknown>;
}

/** A title as compared: folded, with "&" read as "and". */
export const foldTitle = (title: string) => foldName(title.replace(/&/g, ' and '));

/**
 * A URL reduced to what names the page: host (aliases folded to the first of their group, "www."
 * dropped) and path without trailing slashes. `hosts` are the conference's host names that serve
 * the same pages (content/mc.yaml `hosts`).
 */
export function urlKey(value: unknown, hosts: readonly string[] = []): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const uid = /^indico-contribution-(\d+)@(.+)$/i.exec(value.trim());
  try {
    const url = new URL(uid ? `https://${uid[2]}/` : value.trim());
    let host = url.host.toLowerCase().replace(/^www\./, '');
    if (hosts.some((h) => h.toLowerCase() === host)) host = hosts[0]!.toLowerCase();
    // Indico's calendar UID carries the contribution's db_id, as its URL does.
    if (uid) return `${host}#contribution-${uid[1]}`;
    const contribution = /\/event\/\d+\/contributions\/(\d+)\/?$/.exec(url.pathname);
    if (contribution) return `${host}#contribution-${contribution[1]}`;
    return `${host}${url.pathname.replace(/\/+$/, '')}${url.search}`;
  } catch {
    return value.trim();
  }
}

export const sameUrl = (a: unknown, b: unknown, hosts: readonly string[] = []) => {
  const ka = urlKey(a, hosts);
  return ka !== undefined && ka === urlKey(b, hosts);
};

/** The existing session for `c`, or undefined; `claimed` holds files matched earlier in this import. */
export function findSession(
  c: ImportContribution,
  sessions: ExistingSession[],
  year: number,
  hosts: readonly string[],
  claimed: Set<string>,
): ExistingSession | undefined {
  const free = sessions.filter((s) => !claimed.has(s.file));
  const importedKey = (s: ExistingSession) => (s.data.imported as { key?: unknown } | undefined)?.key;
  const byKey =
    free.find((s) => sameUrl(importedKey(s), c.key, hosts)) ??
    (c.url ? free.find((s) => sameUrl(importedKey(s), c.url, hosts)) : undefined) ??
    free.find((s) => sameUrl(s.data.contributionUrl, c.url ?? c.key, hosts));
  if (byKey) return byKey;
  const title = foldTitle(c.title);
  // A record that names another contribution is another talk, whatever its title.
  return free.find(
    (s) =>
      s.id.startsWith(`${year}/`) &&
      typeof s.data.title === 'string' &&
      foldTitle(s.data.title) === title &&
      (s.data.contributionUrl === undefined || !c.url),
  );
}
