/**
 * Idempotent merging of imported values into a session record. The record remembers a short
 * digest of each field as last imported (`imported.fields`). On the next import a field whose
 * current value still has that digest is the importer's and takes the new value; a field whose
 * digest differs was changed by an editor and is kept, and reported when the import disagrees.
 */
import { createHash } from 'node:crypto';
import { IMPORTED_FIELDS, type ImportedField } from './model.ts';

export type Values = Partial<Record<ImportedField, unknown>>;

/** Empty lists and strings mean "no value", as an absent field does. */
export function normalise(value: unknown): unknown {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return undefined;
  return value;
}

/** JSON with object keys sorted, so reordering keys in a file by hand is not an edit. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Twelve hex digits of SHA-256: enough to tell an edit apart, short enough to read past. */
export function digest(value: unknown): string | undefined {
  const v = normalise(value);
  return v === undefined ? undefined : createHash('sha256').update(canonical(v)).digest('hex').slice(0, 12);
}

/** Areas and topics are sets: the same ids in another order are no disagreement. */
const asSet = (field: ImportedField, v: unknown) =>
  (field === 'areas' || field === 'topics') && Array.isArray(v) ? [...v].map(String).sort() : v;
const same = (field: ImportedField, a: unknown, b: unknown) =>
  digest(asSet(field, a)) === digest(asSet(field, b));

export interface Conflict {
  field: ImportedField;
  /** The value in the file, kept. */
  yours: unknown;
  /** The value the import would have written. */
  imported: unknown;
}

export interface Merged {
  data: Record<string, unknown>;
  /** Fields whose value changed, in IMPORTED_FIELDS order, then `imported` if its bookkeeping changed. */
  changed: string[];
  conflicts: Conflict[];
}

/**
 * Merges `values` (one import of one contribution) into `current` (the record as on disk, or
 * undefined for a new record). Only `fields` (what the format carries) are touched. A record
 * written by hand before any import (no `imported`) is adopted: its values all count as an
 * editor's, so the import only fills fields it lacks.
 */
export function mergeSession(
  current: Record<string, unknown> | undefined,
  values: Values,
  fields: readonly ImportedField[],
  key: string,
): Merged {
  const data: Record<string, unknown> = { ...(current ?? {}) };
  const previous = current?.imported as { key?: unknown; fields?: Record<string, unknown> } | undefined;
  const stored: Record<string, unknown> = { ...(previous?.fields ?? {}) };
  const conflicts: Conflict[] = [];

  for (const field of fields) {
    const now = normalise(current?.[field]);
    const next = normalise(values[field]);
    const untouched = current === undefined || (previous ? digest(now) === stored[field] : now === undefined);
    if (untouched) {
      if (next === undefined) delete data[field];
      else data[field] = next;
    } else if (next !== undefined && !same(field, now, next)) {
      conflicts.push({ field, yours: now, imported: next });
    }
    const d = digest(next);
    if (d === undefined) delete stored[field];
    else stored[field] = d;
  }

  const ordered = Object.fromEntries(
    IMPORTED_FIELDS.filter((f) => stored[f] !== undefined).map((f) => [f, stored[f]]),
  );
  // A record first matched by URL keeps the key it was first imported under.
  data.imported = { key: typeof previous?.key === 'string' ? previous.key : key, fields: ordered };
  const changed = [...IMPORTED_FIELDS, 'imported'].filter(
    (k) => canonical(data[k] ?? null) !== canonical(current?.[k] ?? null),
  );
  return { data, changed, conflicts };
}
