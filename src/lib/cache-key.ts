/**
 * Cache keys for Astro's incremental builds (experimental.incrementalBuild): a page whose key
 * and code are unchanged since the last build is copied from Astro's cache, not rendered again.
 * A route's props hold everything its view shows (see routes.ts), so the key is a digest of the
 * props, plus the two things a page shows that are not in them: where "Edit this page" points,
 * and each source file's last-change date from git (EditLink), which a commit can move without
 * changing the file.
 */
import { createHash } from 'node:crypto';
import { SITE } from '../site.ts';
import { lastUpdated } from './last-updated.ts';

type Dated = (file: string) => string | null;
type RecordLike = { id: string; data: object; filePath?: string };

const isRecord = (v: unknown): v is RecordLike =>
  typeof v === 'object' && v !== null && typeof (v as RecordLike).id === 'string' && 'data' in v;
/** A record's relations: the fields that hold other records (a session's year, its outcomes). */
const isRelation = (v: unknown) => isRecord(v) || (Array.isArray(v) && v.length > 0 && v.every(isRecord));

/**
 * The digest of a record's own fields (id, data, source file and body), once per record: the
 * same year or person appears on thousands of pages.
 */
const ownDigests = new WeakMap<Dated, WeakMap<object, string>>();
function ownDigest(r: RecordLike, dated: Dated): string {
  let digests = ownDigests.get(dated);
  if (!digests) ownDigests.set(dated, (digests = new WeakMap()));
  let d = digests.get(r);
  if (d === undefined) {
    const own = Object.entries(r).filter(([, v]) => !isRelation(v));
    const updated = r.filePath ? dated(r.filePath) : null;
    d = createHash('sha256')
      .update(JSON.stringify([own, updated]))
      .digest('base64url');
    digests.set(r, d);
  }
  return d;
}

/**
 * Writes a value into `out` in a fixed order, a record as its own digest followed by its
 * relations. Records point at each other (a session's outcomes point back at it), so a record
 * already on the path is written as a back-reference.
 */
function feed(out: string[], value: unknown, path: object[], dated: Dated): void {
  if (value === null || typeof value !== 'object') {
    // Functions (a rendered body's component) are tracked by Astro itself, by content entry.
    out.push(typeof value === 'function' ? 'fn' : (JSON.stringify(value) ?? 'undefined'));
    return;
  }
  if (path.includes(value)) {
    out.push(`^${path.length - path.indexOf(value)}`);
    return;
  }
  path.push(value);
  if (Array.isArray(value)) {
    out.push(`[${value.length}`);
    for (const item of value) feed(out, item, path, dated);
  } else if (isRecord(value)) {
    out.push(`#${ownDigest(value, dated)}`);
    for (const [k, v] of Object.entries(value)) if (isRelation(v)) feed(out, [k, v], path, dated);
  } else if (value instanceof Set) {
    feed(out, [...value], path, dated);
  } else if (value instanceof Date) {
    out.push(value.toISOString());
  } else {
    const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
    out.push(`{${entries.length}`);
    for (const [k, v] of entries) feed(out, [k, v], path, dated);
  }
  path.pop();
}

/**
 * The digest of a page's props and of what else it shows; equal props give equal keys. `site` is
 * what every page depends on besides its props (routes.ts: what finishing a page takes).
 */
export function pageCacheKey(props: unknown, dated: Dated = lastUpdated, site = ''): string {
  const out = [`edit:${SITE.editUrl}`, `site:${site}`];
  feed(out, props, [], dated);
  return createHash('sha256').update(out.join('\n')).digest('base64url');
}

/** A getStaticPaths entry with its cache key. */
export const withCacheKey = <R extends { props: unknown }>(
  route: R,
  site = '',
): R & { cacheKey: string } => ({
  ...route,
  cacheKey: pageCacheKey(route.props, lastUpdated, site),
});
