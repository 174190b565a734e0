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

/** A record's relations, in field order: the fields that hold other records. */
const relations = (r: RecordLike): [string, RecordLike[]][] =>
  Object.entries(r).flatMap(([k, v]): [string, RecordLike[]][] =>
    isRecord(v) ? [[k, [v]]] : isRelation(v) ? [[k, v as RecordLike[]]] : [],
  );

/**
 * The digest of a record with every record it leads to through its relations: all that a page
 * showing it can show of them. Records point at each other (a session's outcomes point back at
 * it), so records that reach each other form one group (a strongly connected component, found
 * as Tarjan's algorithm finds them), digested as one: its members' own digests in a fixed
 * order, their links inside the group and the digests of the groups they lead out to. Once per
 * record: a list of thousands of outcomes no longer walks each outcome's session, year and
 * topics again on every page that lists it.
 */
const closureDigests = new WeakMap<Dated, WeakMap<object, string>>();
function closureDigest(root: RecordLike, dated: Dated): string {
  const digests = closureDigests.get(dated) ?? new WeakMap<object, string>();
  closureDigests.set(dated, digests);
  const order = new Map<RecordLike, number>();
  const low = new Map<RecordLike, number>();
  const stack: RecordLike[] = [];
  const visit = (r: RecordLike) => {
    order.set(r, order.size);
    low.set(r, order.get(r)!);
    stack.push(r);
    for (const [, targets] of relations(r))
      for (const t of targets) {
        if (digests.has(t)) continue;
        if (!order.has(t)) visit(t);
        // t is on the stack, in a group still open; had its visit just closed a group, its
        // low would be above r's and change nothing.
        low.set(r, Math.min(low.get(r)!, low.get(t)!));
      }
    if (low.get(r) !== order.get(r)) return;
    const group = stack.splice(stack.indexOf(r));
    const digest = groupDigest(group, dated, digests);
    for (const m of group) digests.set(m, digest);
  };
  if (!digests.has(root)) visit(root);
  return digests.get(root)!;
}

/** One group's digest; every group it leads out to has its digest in `digests` already. */
function groupDigest(group: RecordLike[], dated: Dated, digests: WeakMap<object, string>): string {
  const own = new Map(group.map((m) => [m, ownDigest(m, dated)]));
  const members = [...group].sort((x, y) => (own.get(x)! < own.get(y)! ? -1 : 1));
  const place = new Map(members.map((m, i) => [m, i]));
  const h = createHash('sha256');
  for (const m of members) {
    h.update(`#${own.get(m)}\n`);
    for (const [k, targets] of relations(m))
      h.update(
        `${k}[${targets.map((t) => (place.has(t) ? `^${place.get(t)}` : digests.get(t))).join(',')}]\n`,
      );
  }
  return h.digest('base64url');
}

/**
 * Writes a value into `out` in a fixed order, a record as the digest of it and all it leads to.
 * The objects around records (lists, groups by year) are trees.
 */
function feed(out: string[], value: unknown, dated: Dated): void {
  if (value === null || typeof value !== 'object') {
    // Functions (a rendered body's component) are tracked by Astro itself, by content entry.
    out.push(typeof value === 'function' ? 'fn' : (JSON.stringify(value) ?? 'undefined'));
  } else if (Array.isArray(value)) {
    out.push(`[${value.length}`);
    for (const item of value) feed(out, item, dated);
  } else if (isRecord(value)) {
    out.push(`#${closureDigest(value, dated)}`);
  } else if (value instanceof Set) {
    feed(out, [...value], dated);
  } else if (value instanceof Date) {
    out.push(value.toISOString());
  } else {
    const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
    out.push(`{${entries.length}`);
    for (const [k, v] of entries) feed(out, [k, v], dated);
  }
}

/**
 * The digest of a page's props and of what else it shows; equal props give equal keys. `site` is
 * what every page depends on besides its props (routes.ts: what finishing a page takes).
 */
export function pageCacheKey(props: unknown, dated: Dated = lastUpdated, site = ''): string {
  const out = [`edit:${SITE.editUrl}`, `site:${site}`];
  feed(out, props, dated);
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
