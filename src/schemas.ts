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
import {
  editionSchema,
  followUpSchema,
  historyAgrees,
  isoDate,
  localDateTime,
  requireReason,
  requireSources,
  requireSummary,
  text,
  uncertainty,
  webUrl,
} from './schema-fields.ts';

export { BIDI_CONTROLS, EDITION_FORMATS } from './schema-fields.ts';

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
export const OFFICIAL_OUTCOME_LIST = ['found', 'partial', 'not-found', 'not-yet-due'] as const;

/** Accepts an id (string or number) and yields { id, collection }, as Astro's reference() does. */
export type ReferenceFn = (collection: string) => z.ZodType<Ref, string | number>;
type Ref = { id: string; collection: string };

/**
 * The reference fields the collections share, built from one reference function. A piped
 * reference reads a narrower input (a year number, an area name) than a bare one: Zod types a
 * pipe's target by the input it takes, so the reference is narrowed to that input.
 */
function makeRefs(reference: ReferenceFn) {
  const from = <I extends string | number>(collection: string) => reference(collection) as z.ZodType<Ref, I>;
  /** A year of the MC: a number that names a file in content/years/. */
  const yearRef = z
    .number({ error: 'Expected a year as a number, such as 2023.' })
    .int('Expected a whole year, such as 2023.')
    .min(FIRST_YEAR, `Expected a year from ${FIRST_YEAR} on: the MC began in ${FIRST_YEAR}.`)
    .max(LAST_YEAR, `Expected a year before ${LAST_YEAR}.`)
    .pipe(from<number>('years'));
  const areaRef = z
    .enum(AREAS, { error: `Expected one of the areas: ${AREAS.join(', ')}.` })
    .pipe(from<(typeof AREAS)[number]>('areas'));
  const areaRefs = z.array(areaRef).min(1, 'List at least one area: pci, vfio or iommu.');
  const topicRefs = z.array(reference('topics')).default([]);
  const personRefs = z.array(reference('people')).default([]);
  const sessionRef = reference('sessions');
  return { yearRef, areaRef, areaRefs, topicRefs, personRefs, sessionRef };
}
type Refs = ReturnType<typeof makeRefs>;

const areaSchema = z.object({
  /** Short name used in navigation and filters, e.g. "PCI". */
  title: text,
  /** What the subsystem is called in full, e.g. "PCI core and drivers". */
  name: text,
  /** One sentence for search results and meta tags. */
  description: text,
});

function topicSchema({ areaRefs }: Refs) {
  return z.object({
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
}

function yearSchema({ personRefs, areaRef }: Refs) {
  return z
    .object({
      /** True while an organiser is still filling the year in: the site says so. Default false. */
      inPreparation: z.boolean().default(false),
      /** One sentence for search results and meta tags. */
      description: text,
      edition: editionSchema,
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
    .superRefine(requireSources);
}

function sessionSchema({ yearRef, personRefs, areaRefs, topicRefs }: Refs) {
  return z
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
    .superRefine(requireSummary);
}

function outcomeSchema({ yearRef, areaRefs, topicRefs, sessionRef }: Refs) {
  return z
    .object({
      /** A short title for lists: "Posted MSI merged". */
      title: text,
      /** What came out, in the archive's own words. */
      summary: text,
      year: yearRef,
      areas: areaRefs,
      topics: topicRefs,
      /** The session it came out of, when known: "2023/posted-msi". */
      session: sessionRef.optional(),
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
      followUp: followUpSchema.optional(),
      source: webUrl,
      ...uncertainty,
    })
    .superRefine(requireReason)
    .superRefine(historyAgrees);
}

function recordingSchema({ yearRef, sessionRef }: Refs) {
  return z
    .object({
      /** What the link is, in a few words. */
      title: text,
      /** Omit only for links that span years, like the MC's channel. */
      year: yearRef.optional(),
      kind: z.enum(RECORDING_KINDS, { error: `Expected a kind: ${RECORDING_KINDS.join(', ')}.` }),
      url: webUrl,
      /** The session it records, when known. */
      session: sessionRef.optional(),
      source: webUrl,
      note: text.optional(),
      /** The video's preview image, as the platform serves it. */
      thumbnailUrl: webUrl.optional(),
      /** The day the platform published the video. */
      published: isoDate.optional(),
      ...uncertainty,
    })
    .superRefine(requireReason);
}

/** content/mc.yaml: what the importer needs to know about the MC that no export says outright. */
const mcSchema = z.object({
  /** Names under which the MC appears in exports: Indico sessions and tracks, calendars, video titles. */
  names: z.array(text).min(1, 'List at least one name of the MC, such as "VFIO/IOMMU/PCI MC".'),
  /** Host names that serve the same conference pages, so their contribution URLs are one talk. */
  hosts: z.array(text).default([]),
  /** Videos an import could not place by itself: YouTube video id to a session id, or "none" to skip it. */
  videos: z
    .record(
      z.string().regex(/^[\w-]{11}$/, 'Expected a YouTube video id (11 characters, as in watch?v=<id>).'),
      z
        .string()
        .regex(/^(none|\d{4}\/[\w-]+)$/, 'Expected a session id such as "2026/posted-msi", or "none".'),
    )
    .default({}),
});

const personSchema = z.object({
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

const pageSchema = z.object({
  title: text,
  description: text,
});

/** One schema per collection; `reference` is Astro's in the build, a stand-in elsewhere. */
export function makeSchemas(reference: ReferenceFn) {
  const refs = makeRefs(reference);
  return {
    areas: areaSchema,
    topics: topicSchema(refs),
    years: yearSchema(refs),
    sessions: sessionSchema(refs),
    outcomes: outcomeSchema(refs),
    recordings: recordingSchema(refs),
    people: personSchema,
    pages: pageSchema,
    mc: mcSchema,
  };
}

export type Schemas = ReturnType<typeof makeSchemas>;
