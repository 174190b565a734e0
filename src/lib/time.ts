/**
 * Wall-clock times in IANA zones without a date library. Exports give times in one zone
 * (Indico uses the request's or server's zone, iCalendar often UTC); the archive writes session
 * times as local wall-clock time in the edition's zone, and calendars and schema.org data turn
 * them back into instants. Node's and browsers' Intl carry the zone data, summer time included.
 */

export interface WallTime {
  year: number;
  /** 1-12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** True for a zone name Intl knows ("Europe/Lisbon", "UTC", and legacy links like "US/Pacific"). */
export function isTimeZone(zone: string | undefined): zone is string {
  if (!zone) return false;
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time in `zone` at instant `ms`. */
export function wallTime(ms: number, zone: string): WallTime {
  const parts = Object.fromEntries(
    formatter(zone)
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

const asUtc = (w: WallTime) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

/**
 * The instant at which clocks in `zone` show `w`. Two passes settle the offset around a DST
 * change; a wall time skipped by a spring-forward resolves to the later offset, as Indico does.
 */
export function instantOf(w: WallTime, zone: string): number {
  const guess = asUtc(w);
  const offset1 = asUtc(wallTime(guess, zone)) - guess;
  const first = guess - offset1;
  const offset2 = asUtc(wallTime(first, zone)) - first;
  return guess - offset2;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "YYYY-MM-DD" in `zone`. */
export function localDate(ms: number, zone: string): string {
  const w = wallTime(ms, zone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** "HH:mm" in `zone`. */
export function localTime(ms: number, zone: string): string {
  const w = wallTime(ms, zone);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** "YYYY-MM-DDTHH:mm" in `zone`: the form of a session's `start`. */
export const localDateTime = (ms: number, zone: string) => `${localDate(ms, zone)}T${localTime(ms, zone)}`;

/** The instant of a local "YYYY-MM-DDTHH:mm" time in `zone`: "2023-11-15T10:30" in New York is 15:30Z. */
export function zonedToInstant(local: string, zone: string): Date {
  const key = `${zone} ${local}`;
  let ms = instants.get(key);
  if (ms === undefined) {
    const [d, t] = local.split('T') as [string, string];
    const [year, month, day] = d.split('-').map(Number) as [number, number, number];
    const [hour, minute] = t.split(':').map(Number) as [number, number];
    ms = instantOf({ year, month, day, hour, minute, second: 0 }, zone);
    instants.set(key, ms);
  }
  return new Date(ms);
}
/**
 * Instants (and below, ISO times) already worked out: each session's time is asked for by its
 * page, its JSON-LD and its year's calendar, and sessions share slot times. At 10,000 sessions
 * these asks were 1.6 s of Intl calls.
 */
const instants = new Map<string, number>();

/** ISO 8601 with the venue's offset, as schema.org wants: "2023-11-15T10:30:00-05:00". */
export function zonedIso(local: string, zone: string): string {
  const key = `${zone} ${local}`;
  let iso = isoTimes.get(key);
  if (iso === undefined) {
    const ms = zonedToInstant(local, zone).getTime();
    const off = Math.round((asUtc(wallTime(ms, zone)) - ms) / 60_000);
    const abs = Math.abs(off);
    iso = `${local}:00${off < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
    isoTimes.set(key, iso);
  }
  return iso;
}
const isoTimes = new Map<string, string>();

/** Adds minutes to a local "YYYY-MM-DDTHH:mm" time, staying in wall-clock terms. */
export function addMinutes(local: string, minutes: number): string {
  return new Date(new Date(`${local}:00Z`).getTime() + minutes * 60_000).toISOString().slice(0, 16);
}
