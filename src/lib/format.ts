/**
 * How dates, recording kinds and links read on the page (statuses: status.ts). Written out by hand rather than with
 * toLocaleDateString so the output does not depend on the build machine's locale data.
 */
import type { RecordingKind } from './records.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function parts(iso: string) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`Not a YYYY-MM-DD date: "${iso}"`);
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

/** "2023-11-15" -> "15 November 2023". */
export function formatDate(iso: string): string {
  const { y, m, d } = parts(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** A conference span, shortened where months or years repeat: "13–15 November 2023". */
export function formatDateRange(start?: string, end?: string): string | undefined {
  if (!start) return undefined;
  if (!end || end === start) return formatDate(start);
  const a = parts(start);
  const b = parts(end);
  if (a.y === b.y && a.m === b.m) return `${a.d}–${b.d} ${MONTHS[b.m - 1]} ${b.y}`;
  if (a.y === b.y) return `${a.d} ${MONTHS[a.m - 1]} – ${b.d} ${MONTHS[b.m - 1]} ${b.y}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/** "2023-11-15T10:30" -> "15 November 2023, 10:30". */
export function formatLocalDateTime(local: string): string {
  const [date, time] = local.split('T');
  return `${formatDate(date!)}, ${time}`;
}

/** The wall-clock time of a local date-time: "2023-11-15T10:30" -> "10:30". */
export const localTime = (local: string) => local.split('T')[1] ?? '';

export const RECORDING_KIND_LABELS: Record<RecordingKind, string> = {
  video: 'Video',
  audio: 'Audio',
  playlist: 'Playlist',
  channel: 'Channel',
  page: 'Page with recordings',
};

/** The host a link goes to, so a reader knows before clicking ("lore.kernel.org"). */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** "Alice", "Alice and Bob", "Alice, Bob and Carol". */
export function listJoin(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * A link label that tells sources apart: host and path, shortened in the middle
 * ("lpc.events/event/17/contributions/1421").
 */
export function shortUrl(url: string, max = 48): string {
  let label: string;
  try {
    const u = new URL(url);
    label = `${u.hostname.replace(/^www\./, '')}${decodeURIComponent(u.pathname).replace(/\/$/, '')}`;
  } catch {
    label = url;
  }
  return label.length > max ? `${label.slice(0, max - 21)}…${label.slice(-20)}` : label;
}

/** Shortens text for a meta description, at a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length).trimEnd()}…`;
}
