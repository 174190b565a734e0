/**
 * Where an edition was, in one wording for every page: its city (and venue where there is room),
 * "Online" for an edition held only online, or nothing when the sources do not say.
 */
import type { Data } from './records.ts';

type Edition = Data<'years'>['edition'];

/** The word for an edition held only online. */
export const ONLINE = 'Online';

export const FORMAT_LABELS: Record<NonNullable<Edition['format']>, string> = {
  'in-person': 'In person',
  virtual: ONLINE,
  hybrid: 'In person and online',
};

/** "Richmond, VA, USA", with the venue when `withVenue`; "Online"; undefined when unknown. */
export function editionPlace(e: Edition, withVenue = false): string | undefined {
  const place = (withVenue ? [e.city, e.venue] : [e.city]).filter(Boolean).join(', ');
  return place || (e.format === 'virtual' ? ONLINE : undefined);
}

/** The place and, where it adds something, the format: "Lisbon, Portugal · In person and online". */
export function editionWhere(e: Edition): string {
  const place = editionPlace(e, true) ?? 'Not known';
  const format = e.format && FORMAT_LABELS[e.format];
  return format && format !== place ? `${place} · ${format}` : place;
}
