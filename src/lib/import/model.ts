/**
 * The importer's neutral model: what the Indico and iCalendar parsers turn an export into, before
 * anything is matched against content/. Close to a frab schedule event, so another schedule format
 * can be added by writing one more parser.
 */

/** A person as an export names them: display name "First Last", never Indico's "Last, First". */
export interface ImportPerson {
  name: string;
  /** Employer as given; absent when the export leaves it blank. */
  affiliation?: string;
}

/** Slides, papers or links attached to a contribution. */
export interface ImportAttachment {
  title: string;
  url: string;
  /**
   * How much it looks like the talk's slides: 'named' (its title or file name says slides),
   * 'file' (a presentation or PDF file) or 'no'. The best one becomes `slidesUrl`.
   */
  slides: 'named' | 'file' | 'no';
}

export interface ImportContribution {
  /**
   * What a later import matches the record by (stored as `imported.key`): the contribution URL,
   * or the iCalendar UID when the calendar gives no URL.
   */
  key: string;
  /** The contribution's public page. */
  url?: string;
  title: string;
  /** Session, track and category names the contribution carries: how the MC's ones are found. */
  groups: string[];
  speakers: ImportPerson[];
  /** Start and end as instants (ms since the epoch, UTC); absent when not scheduled. */
  start?: number;
  end?: number;
  room?: string;
  attachments: ImportAttachment[];
  /** The description as published: HTML, Markdown or plain text, not yet sanitised. */
  description?: string;
  keywords: string[];
}

export interface ImportEvent {
  /** The LPC edition's title: "Linux Plumbers Conference 2023". */
  title?: string;
  /** The event's public page: "https://lpc.events/event/17/". */
  url?: string;
  /** IANA zone the event runs in; absent when the file does not say. */
  timeZone?: string;
  /** First and last instant of the conference, when the file gives them (iCal files do not). */
  start?: number;
  end?: number;
  /** The venue, when named. */
  venue?: string;
  /** True only when the file says plainly that the event is virtual. */
  virtual?: boolean;
}

/** The session-record fields an import can fill. */
export const IMPORTED_FIELDS = [
  'title',
  'speakers',
  'areas',
  'topics',
  'start',
  'durationMinutes',
  'room',
  'contributionUrl',
  'slidesUrl',
  'links',
  'abstract',
  'source',
] as const;
export type ImportedField = (typeof IMPORTED_FIELDS)[number];

export interface ImportSource {
  /** What the file was, for messages: "Indico event export (detail=contributions)". */
  label: string;
  event: ImportEvent;
  contributions: ImportContribution[];
  /** Entries the parser recognised but that are not talks (session blocks, all-day items). */
  skipped: { title: string; reason: string }[];
  /**
   * The fields this format carries at all. A field it cannot carry (an iCalendar has no
   * attachments) is left alone on re-import instead of being emptied.
   */
  fields: readonly ImportedField[];
  /** The calendar's name (X-WR-CALNAME): a calendar named after the MC is taken whole. */
  calendarName?: string;
  /**
   * True when nothing in the file names a session, track or category, as in Indico's calendar of
   * one session: every contribution in it is then taken as the MC's.
   */
  unnamed: boolean;
}

/** A problem with the input the organiser must fix; the CLI prints the message and exits non-zero. */
export class ImportError extends Error {
  override name = 'ImportError';
}
