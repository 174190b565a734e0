/**
 * The building blocks of the content schemas: dates, web addresses, text, uncertainty, the
 * rules that span fields, a year's edition facts and an outcome's follow-up.
 * src/schemas.ts puts them together into one schema per collection.
 */
import { z } from 'astro/zod';

export const EDITION_FORMATS = ['in-person', 'virtual', 'hybrid'] as const;

/** A real calendar day: 2023-02-30 is refused, not rolled over into March. */
const isRealDay = (s: string) => {
  const [y, m, d] = s.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    message: 'Expected a date written YYYY-MM-DD, such as 2023-11-15.',
    abort: true,
  })
  .refine(isRealDay, 'Expected a date that exists in the calendar, such as 2023-11-15.');
/** Local wall-clock time at the venue; the edition's `timeZone` says which zone. */
export const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, {
    message: 'Expected a local date and time written YYYY-MM-DDTHH:mm, such as 2023-11-15T10:30.',
    abort: true,
  })
  .refine(isRealDay, 'Expected a date that exists in the calendar, such as 2023-11-15T10:30.');
/** Only web links: a `javascript:` or relative URL is an editor's mistake, never a fact. */
export const webUrl = z
  .string()
  .url({ message: 'Expected a full web address starting with https:// or http://.', abort: true })
  .refine((u) => /^https?:\/\//i.test(u), {
    message: 'Expected a full web address starting with https:// or http://.',
    params: { fix: 'Write the whole address, such as https://lpc.events/event/17/.' },
  });
/**
 * Bidirectional override and isolate controls can make text read differently from what it
 * is (CVE-2021-42574, "Trojan Source"); no fact needs them, so they are refused, not kept.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
export const text = z
  .string()
  .trim()
  .min(1, 'Expected some text; this field may not be empty.')
  .refine((s) => !BIDI_CONTROLS.test(s), {
    message:
      'Contains an invisible bidirectional control character (U+202A–U+202E or U+2066–U+2069) that can disguise text.',
    params: { fix: 'Delete the character; retyping the text around it removes it too.' },
  });

/** A content error on one field, with the fix the check prints under it. */
const fieldIssue = (ctx: z.RefinementCtx, path: (string | number)[], message: string, fix: string) =>
  ctx.addIssue({ code: 'custom', path, message, params: { fix } });

/** Facts that may be inferred rather than read: the site marks them. */
export const uncertainty = {
  /** True when the fact was inferred (e.g. a title from a slide file name). Default false. */
  uncertain: z.boolean().default(false),
  /** Why the fact is uncertain; shown next to it. Required when `uncertain` is true. */
  uncertainReason: text.optional(),
};
export const requireReason = <T extends { uncertain: boolean; uncertainReason?: string }>(
  v: T,
  ctx: z.RefinementCtx,
) => {
  if (v.uncertain && !v.uncertainReason) {
    fieldIssue(
      ctx,
      ['uncertainReason'],
      'An uncertain fact needs `uncertainReason`: say why it is uncertain.',
      'Add `uncertainReason:` with one sentence on why, or set `uncertain: false`.',
    );
  }
};

/** A year needs a source for its edition facts once it is no longer being filled in. */
export const requireSources = (
  y: { inPreparation: boolean; edition: { sources: string[] } },
  ctx: z.RefinementCtx,
) => {
  if (!y.inPreparation && y.edition.sources.length === 0) {
    fieldIssue(
      ctx,
      ['edition', 'sources'],
      'List at least one source URL for the edition facts (or set `inPreparation: true` while filling the year in).',
      'Add `sources: [https://…]` under `edition:`, with the page the facts come from.',
    );
  }
};

/** A session says what it was about: in the archive's words or in its imported abstract. */
export const requireSummary = (v: { summary?: string; abstract?: string }, ctx: z.RefinementCtx) => {
  if (!v.summary && !v.abstract)
    fieldIssue(
      ctx,
      ['summary'],
      'Write a `summary` of the session (or import its `abstract`).',
      'Add `summary:` with a sentence or two on what the session was about.',
    );
};

/** Status changes run oldest first and end at the current status. */
export const historyAgrees = (
  o: { status: string; statusHistory: { status: string; date: string }[] },
  ctx: z.RefinementCtx,
) => {
  const h = o.statusHistory;
  h.forEach((e, i) => {
    if (i > 0 && e.date < h[i - 1]!.date)
      fieldIssue(
        ctx,
        ['statusHistory', i, 'date'],
        'List status changes oldest first.',
        'Reorder `statusHistory` so that the dates go up.',
      );
  });
  if (h.length && h.at(-1)!.status !== o.status) {
    fieldIssue(
      ctx,
      ['status'],
      `The last status change says "${h.at(-1)!.status}" but \`status\` says "${o.status}"; make them agree.`,
      'Set `status` to the last change in `statusHistory`, or add the newer change.',
    );
  }
};

/** What happened after an outcome: the patch, where it landed, links. */
export const followUpSchema = z
  .object({
    /** The patch series or pull request, as its subject line. */
    patch: text.optional(),
    /** The kernel release it landed in: "v6.10". */
    kernelVersion: z
      .string()
      .regex(/^v\d+\.\d+/, 'Expected a kernel version such as v6.10.')
      .optional(),
    link: webUrl.optional(),
    otherLinks: z.array(webUrl).default([]),
    note: text.optional(),
    ...uncertainty,
  })
  .superRefine(requireReason);

/** The facts of a conference edition, in a year file. */
export const editionSchema = z
  .object({
    /** The conference edition: "LPC 2023". */
    name: text,
    /** First and last day of the conference, when known. */
    start: isoDate.optional(),
    end: isoDate.optional(),
    /** Day(s) of the MC itself, when known. */
    mcDate: isoDate.optional(),
    /** Free text about the MC's slot (time, room). */
    mcSlot: text.optional(),
    /** Where: "Richmond, VA, USA"; omit for a virtual edition or when not known. */
    city: text.optional(),
    venue: text.optional(),
    /** In person, virtual or both; omit while not known. */
    format: z.enum(EDITION_FORMATS).optional(),
    /** IANA zone of session times, e.g. "America/New_York". */
    timeZone: text.optional(),
    /** The LPC event's page. */
    eventUrl: webUrl.optional(),
    /** The MC's own page for that year. */
    mcPageUrl: webUrl.optional(),
    /** The acceptance or call-for-papers post. */
    blogPostUrl: webUrl.optional(),
    ...uncertainty,
    /** Where the edition facts come from; at least one once the year is no longer in preparation. */
    sources: z.array(webUrl).default([]),
  })
  .superRefine(requireReason);
