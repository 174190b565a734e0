/**
 * The archive as versioned JSON for scripts: /api/sessions.json, /api/outcomes.json and
 * /api/topics.json, built from the same records as the pages. The Zod schemas here are the
 * contract: they validate the output in tests and are published as JSON Schema beside it.
 * Bump API_VERSION when a field changes meaning or disappears; adding a field does not.
 */
import { z } from 'astro/zod';
import type { Archive } from './archive.ts';
import { outcomePath, personPath, sessionPath, topicPath, withBase } from './urls.ts';
import { AREAS, OUTCOME_ORIGINS, OUTCOME_STATUSES, RECORDING_KINDS } from '../schemas.ts';

export const API_VERSION = 1;

const url = z.string().url();
const ref = z.object({ id: z.string(), url }).describe('Another record: its id and page');

export const apiSchemas = {
  sessions: z.object({
    version: z.literal(API_VERSION),
    sessions: z.array(
      z.object({
        id: z.string().describe('"<year>/<slug>", stable'),
        url: url.describe('The session page'),
        title: z.string(),
        titleSeen: z
          .boolean()
          .describe(
            'False when the title was written by the archive because the published one was not found',
          ),
        year: z.number().int(),
        speakers: z.array(ref.extend({ name: z.string() })),
        areas: z.array(z.enum(AREAS)),
        topics: z.array(z.string()).describe('Topic ids, see /api/topics.json'),
        start: z.string().nullable().describe('Local start time YYYY-MM-DDTHH:mm at the venue'),
        timeZone: z.string().nullable().describe('IANA time zone of start'),
        durationMinutes: z.number().int().nullable(),
        room: z.string().nullable(),
        contributionUrl: url.nullable(),
        slidesUrl: url.nullable(),
        recordings: z.array(z.object({ url, kind: z.enum(RECORDING_KINDS), title: z.string() })),
        summary: z.string().nullable(),
        source: url.describe('Where the facts come from'),
        uncertain: z.boolean(),
        uncertainReason: z.string().nullable(),
      }),
    ),
  }),
  outcomes: z.object({
    version: z.literal(API_VERSION),
    outcomes: z.array(
      z.object({
        id: z.string(),
        url,
        title: z.string(),
        summary: z.string(),
        year: z.number().int(),
        areas: z.array(z.enum(AREAS)),
        topics: z.array(z.string()),
        session: ref.nullable(),
        status: z.enum(OUTCOME_STATUSES),
        statusHistory: z.array(
          z.object({
            status: z.enum(OUTCOME_STATUSES),
            date: z.string(),
            note: z.string().nullable(),
            link: url.nullable(),
          }),
        ),
        origin: z.enum(OUTCOME_ORIGINS),
        kernelVersion: z.string().nullable(),
        followUpLink: url.nullable(),
        source: url,
        uncertain: z.boolean(),
      }),
    ),
  }),
  topics: z.object({
    version: z.literal(API_VERSION),
    topics: z.array(
      z.object({
        id: z.string(),
        url,
        title: z.string(),
        acronym: z.string().nullable(),
        expansion: z.string().nullable(),
        areas: z.array(z.enum(AREAS)),
        aliases: z.array(z.string()),
        description: z.string(),
        sessions: z.array(z.string()).describe('Session ids, newest year first'),
        outcomes: z.array(z.string()).describe('Outcome ids, newest year first'),
      }),
    ),
  }),
};
export type ApiResource = keyof typeof apiSchemas;
export const API_RESOURCES = Object.keys(apiSchemas) as ApiResource[];

/** Absolute URLs and JSON nulls, as every resource writes them. */
interface Writer {
  abs(path: string): string;
}
const n = <T>(v: T | undefined) => v ?? null;

export function apiDocument(archive: Archive, resource: ApiResource, site: string, base: string): unknown {
  const w: Writer = { abs: (p) => new URL(withBase(p, base), site).href };
  switch (resource) {
    case 'sessions':
      return { version: API_VERSION, sessions: sessionsDocument(archive, w) };
    case 'outcomes':
      return { version: API_VERSION, outcomes: outcomesDocument(archive, w) };
    case 'topics':
      return { version: API_VERSION, topics: topicsDocument(archive, w) };
  }
}

function sessionsDocument(archive: Archive, { abs }: Writer) {
  return archive.sessions.map((s) => ({
    id: s.id,
    url: abs(sessionPath(s.id)),
    title: s.data.title,
    titleSeen: s.data.titleSeen,
    year: Number(s.data.year.id),
    speakers: s.data.speakers.map((p) => ({
      id: p.id,
      url: abs(personPath(p.id)),
      name: archive.person(p.id).data.name,
    })),
    areas: s.data.areas.map((a) => a.id),
    topics: s.data.topics.map((t) => t.id),
    start: n(s.data.start),
    timeZone: n(archive.year(s.data.year.id).data.edition.timeZone),
    durationMinutes: n(s.data.durationMinutes),
    room: n(s.data.room),
    contributionUrl: n(s.data.contributionUrl),
    slidesUrl: n(s.data.slidesUrl),
    recordings: archive
      .recordingsOfSession(s.id)
      .map((r) => ({ url: r.data.url, kind: r.data.kind, title: r.data.title })),
    summary: n(s.data.summary),
    source: s.data.source,
    uncertain: s.data.uncertain,
    uncertainReason: n(s.data.uncertainReason),
  }));
}

function outcomesDocument(archive: Archive, { abs }: Writer) {
  return archive.outcomes.map((o) => ({
    id: o.id,
    url: abs(outcomePath(o.id)),
    title: o.data.title,
    summary: o.data.summary,
    year: Number(o.data.year.id),
    areas: o.data.areas.map((a) => a.id),
    topics: o.data.topics.map((t) => t.id),
    session: o.data.session ? { id: o.data.session.id, url: abs(sessionPath(o.data.session.id)) } : null,
    status: o.data.status,
    statusHistory: o.data.statusHistory.map((h) => ({
      status: h.status,
      date: h.date,
      note: n(h.note),
      link: n(h.link),
    })),
    origin: o.data.origin,
    kernelVersion: n(o.data.followUp?.kernelVersion),
    followUpLink: n(o.data.followUp?.link),
    source: o.data.source,
    uncertain: o.data.uncertain,
  }));
}

function topicsDocument(archive: Archive, { abs }: Writer) {
  return archive.topics.map((t) => ({
    id: t.id,
    url: abs(topicPath(t.id)),
    title: t.data.title,
    acronym: n(t.data.acronym),
    expansion: n(t.data.expansion),
    areas: t.data.areas.map((a) => a.id),
    aliases: t.data.aliases,
    description: t.data.description,
    sessions: archive.sessionsByYearFor('topic', t.id).flatMap((g) => g.items.map((s) => s.id)),
    outcomes: archive.outcomesByYearFor('topic', t.id).flatMap((g) => g.items.map((o) => o.id)),
  }));
}

/** The published JSON Schema of a resource. */
export const apiJsonSchema = (resource: ApiResource) =>
  z.toJSONSchema(apiSchemas[resource], { target: 'draft-2020-12' });
