/**
 * The content model: one Zod schema per collection. `src/content.config.ts` wires these to
 * loaders; `scripts/check.ts` and the unit tests feed them entries directly, so the rules an
 * editor meets are the same everywhere.
 *
 * References are built by the `reference` function passed in: Astro's own in the build, a
 * stand-in of the same shape in tests. Whether a referenced entry exists is checked across
 * collections by `src/lib/validate.ts` (Astro's `reference()` only checks the shape).
 */
import { z } from 'astro/zod';
import { OUTCOME_STATUSES } from './lib/status.ts';

/** The first edition of the MC; no year before it can exist. */
export const FIRST_YEAR = 2017;
/** A generous upper bound that still catches typos such as 20233. */
export const LAST_YEAR = 2100;

export const AREAS = ['pci', 'vfio', 'iommu'] as const;
export { OUTCOME_STATUSES };
export const OUTCOME_ORIGINS = [
  'official-list',
  'participant',
  'patch-series',
  'bof',
  'topic-match',
] as const;
export const RECORDING_KINDS = ['video', 'audio', 'playlist', 'channel', 'page'] as const;
export const EDITION_FORMATS = ['in-person', 'virtual', 'hybrid'] as const;
export const OFFICIAL_OUTCOME_LIST = ['found', 'partial', 'not-found', 'not-yet-due'] as const;

/** Accepts an id (string or number) and yields { id, collection }, as Astro's reference() does. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the input side is whatever YAML holds
export type ReferenceFn = (collection: string) => z.ZodType<{ id: string; collection: string }, any>;

/** A real calendar day: 2023-02-30 is refused, not rolled over into March. */
const isRealDay = (s: string) => {
  const [y, m, d] = s.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    message: 'Expected a date written YYYY-MM-DD, such as 2023-11-15.',
    abort: true,
  })
  .refine(isRealDay, 'Expected a date that exists in the calendar, such as 2023-11-15.');
/** Local wall-clock time at the venue; the edition's `timeZone` says which zone. */
const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, {
    message: 'Expected a local date and time written YYYY-MM-DDTHH:mm, such as 2023-11-15T10:30.',
    abort: true,
  })
  .refine(isRealDay, 'Expected a date that exists in the calendar, such as 2023-11-15T10:30.');
/** Only web links: a `javascript:` or relative URL is an editor's mistake, never a fact. */
const webUrl = z
  .string()
  .url({ message: 'Expected a full web address starting with https:// or http://.', abort: true })
  .refine((u) => /^https?:\/\//i.test(u), 'Expected a full web address starting with https:// or http://.');
/**
 * Bidirectional override and isolate controls can make text read differently from what it
 * is (CVE-2021-42574, "Trojan Source"); no fact needs them, so they are refused, not kept.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
const text = z
  .string()
  .trim()
  .min(1, 'Expected some text; this field may not be empty.')
  .refine(
    (s) => !BIDI_CONTROLS.test(s),
    'Contains an invisible bidirectional control character (U+202A–U+202E or U+2066–U+2069) that can disguise text; delete it.',
  );

/** Facts that may be inferred rather than read: the site marks them. */
const uncertainty = {
  /** True when the fact was inferred (e.g. a title from a slide file name). Default false. */
  uncertain: z.boolean().default(false),
  /** Why the fact is uncertain; shown next to it. Required when `uncertain` is true. */
  uncertainReason: text.optional(),
};
const requireReason = <T extends { uncertain: boolean; uncertainReason?: string }>(
  v: T,
  ctx: z.RefinementCtx,
) => {
  if (v.uncertain && !v.uncertainReason) {
    ctx.addIssue({
      code: 'custom',
      path: ['uncertainReason'],
      message: 'An uncertain fact needs `uncertainReason`: say why it is uncertain.',
    });
  }
};

export function makeSchemas(reference: ReferenceFn) {
  /** A year of the MC: a number that names a file in content/years/. */
  const yearRef = z
    .number({ error: 'Expected a year as a number, such as 2023.' })
    .int('Expected a whole year, such as 2023.')
    .min(FIRST_YEAR, `Expected a year from ${FIRST_YEAR} on: the MC began in ${FIRST_YEAR}.`)
    .max(LAST_YEAR, `Expected a year before ${LAST_YEAR}.`)
    .pipe(reference('years'));
  const areaRef = z
    .enum(AREAS, { error: `Expected one of the areas: ${AREAS.join(', ')}.` })
    .pipe(reference('areas'));
  const areaRefs = z.array(areaRef).min(1, 'List at least one area: pci, vfio or iommu.');
  const topicRefs = z.array(reference('topics')).default([]);
  const personRefs = z.array(reference('people')).default([]);

  const areas = z.object({
    /** Short name used in navigation and filters, e.g. "PCI". */
    title: text,
    /** What the subsystem is called in full, e.g. "PCI core and drivers". */
    name: text,
    /** One sentence for search results and meta tags. */
    description: text,
  });

  const topics = z.object({
    /** Display name, usually the acronym: "SR-IOV". */
    title: text,
    /** The acronym, when the topic has one. */
    acronym: text.optional(),
    /** The acronym spelled out: "Single-Root I/O Virtualization". */
    expansion: text.optional(),
    /** The areas the topic belongs to. */
    areas: areaRefs,
    /** Other spellings a reader may search for ("sriov", "SVM"). */
    aliases: z.array(text).default([]),
    /** One sentence for search results and meta tags. */
    description: text,
  });

  const edition = z
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

  const years = z
    .object({
      /** True while an organiser is still filling the year in: the site says so. Default false. */
      inPreparation: z.boolean().default(false),
      /** One sentence for search results and meta tags. */
      description: text,
      edition,
      /** The MC's leads (organisers) that year. */
      leads: personRefs,
      leadsNote: text.optional(),
      leadsUncertain: z.boolean().default(false),
      leadsSource: webUrl.optional(),
      /** Topics proposed in the call for papers, grouped by area where the source groups them. */
      topicsProposed: z
        .array(z.object({ area: areaRef.optional(), items: z.array(text).min(1) }))
        .default([]),
      topicsProposedNote: text.optional(),
      topicsProposedSource: webUrl.optional(),
      /** How complete the archive's session list is. */
      sessionList: z.object({ complete: z.boolean(), note: text.optional() }),
      /** Whether the official outcome list (published the following year) was found. */
      officialOutcomes: z.object({
        status: z.enum(OFFICIAL_OUTCOME_LIST),
        note: text.optional(),
        source: webUrl.optional(),
      }),
      /** What is known about recordings beyond the recording records, e.g. "exist but URL not found". */
      recordingsNote: text.optional(),
    })
    .superRefine((y, ctx) => {
      if (!y.inPreparation && y.edition.sources.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['edition', 'sources'],
          message:
            'List at least one source URL for the edition facts (or set `inPreparation: true` while filling the year in).',
        });
      }
    });

  const sessions = z
    .object({
      /** The session's title as published. */
      title: text,
      /** False when the archive made the title up from the abstract because the real one was not found. */
      titleSeen: z.boolean().default(true),
      year: yearRef,
      /** Speakers, as ids of content/people/ entries. */
      speakers: personRefs,
      /** Shown when speakers are missing or partly known. */
      speakersNote: text.optional(),
      areas: areaRefs,
      topics: topicRefs,
      /** Local start time at the venue (see the year's `edition.timeZone`). */
      start: localDateTime.optional(),
      durationMinutes: z.number().int().positive().optional(),
      room: text.optional(),
      /** The contribution page (Indico or the 2017 OCW site). */
      contributionUrl: webUrl.optional(),
      slidesUrl: webUrl.optional(),
      /** Other material (videos, papers, code), each with what it is. */
      links: z.array(z.object({ title: text, url: webUrl })).default([]),
      /** What the session was about, in the archive's own words. Required unless there is an abstract. */
      summary: text.optional(),
      /** The speakers' abstract as published (Markdown, sanitised by the importer). */
      abstract: text.optional(),
      /** Where the facts come from. */
      source: webUrl,
      sourceNote: text.optional(),
      ...uncertainty,
      notes: text.optional(),
      /**
       * Written by `npm run import`: where the record came from and a digest of each field as
       * imported, so a later import can tell a field an editor changed (kept) from a stale one.
       */
      imported: z
        .object({
          /** The contribution URL or iCalendar UID the record was matched by. */
          key: text,
          fields: z.record(z.string(), z.string()),
        })
        .optional(),
    })
    .superRefine(requireReason)
    .superRefine((v, ctx) => {
      if (!v.summary && !v.abstract)
        ctx.addIssue({
          code: 'custom',
          path: ['summary'],
          message: 'Write a `summary` of the session (or import its `abstract`).',
        });
    });

  const followUp = z
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

  const outcomes = z
    .object({
      /** A short title for lists: "Posted MSI merged". */
      title: text,
      /** What came out, in the archive's own words. */
      summary: text,
      year: yearRef,
      areas: areaRefs,
      topics: topicRefs,
      /** The session it came out of, when known: "2023/posted-msi". */
      session: reference('sessions').optional(),
      status: z.enum(OUTCOME_STATUSES, { error: `Expected a status: ${OUTCOME_STATUSES.join(', ')}.` }),
      /**
       * Dated status changes, oldest first ("in-review" on 2023-11-11, "merged" on 2024-05-12),
       * when known. The last entry is the current `status`.
       */
      statusHistory: z
        .array(
          z.object({
            status: z.enum(OUTCOME_STATUSES, { error: `Expected a status: ${OUTCOME_STATUSES.join(', ')}.` }),
            date: isoDate,
            /** What happened: "v7 posted", "merged for v6.10". */
            note: text.optional(),
            link: webUrl.optional(),
          }),
        )
        .default([]),
      /** Where the outcome is recorded: the official list or other evidence. */
      origin: z.enum(OUTCOME_ORIGINS, { error: `Expected an origin: ${OUTCOME_ORIGINS.join(', ')}.` }),
      originNote: text.optional(),
      followUp: followUp.optional(),
      source: webUrl,
      ...uncertainty,
    })
    .superRefine(requireReason)
    .superRefine((o, ctx) => {
      const h = o.statusHistory;
      h.forEach((e, i) => {
        if (i > 0 && e.date < h[i - 1]!.date)
          ctx.addIssue({
            code: 'custom',
            path: ['statusHistory', i, 'date'],
            message: 'List status changes oldest first.',
          });
      });
      if (h.length && h.at(-1)!.status !== o.status) {
        ctx.addIssue({
          code: 'custom',
          path: ['status'],
          message: `The last status change says "${h.at(-1)!.status}" but \`status\` says "${o.status}"; make them agree.`,
        });
      }
    });

  const recordings = z
    .object({
      /** What the link is, in a few words. */
      title: text,
      /** Omit only for links that span years, like the MC's channel. */
      year: yearRef.optional(),
      kind: z.enum(RECORDING_KINDS, { error: `Expected a kind: ${RECORDING_KINDS.join(', ')}.` }),
      url: webUrl,
      /** The session it records, when known. */
      session: reference('sessions').optional(),
      source: webUrl,
      note: text.optional(),
      ...uncertainty,
    })
    .superRefine(requireReason);

  const people = z.object({
    /** The name as the person writes it. */
    name: text,
    /** Other spellings found in sources ("Joerg Roedel"). */
    variants: z.array(text).default([]),
    /** Employers named in sources, newest first. */
    affiliations: z.array(text).default([]),
    /** Named as a key attendee in the MC's own description. */
    keyAttendee: z.boolean().default(false),
    /** Named as a contact in the MC's own description. */
    contact: z.boolean().default(false),
  });

  const pages = z.object({
    title: text,
    description: text,
  });

  return { areas, topics, years, sessions, outcomes, recordings, people, pages };
}

export type Schemas = ReturnType<typeof makeSchemas>;
