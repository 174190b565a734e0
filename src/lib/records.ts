/**
 * Types of the records the pages use, derived from the schemas (never written twice): the
 * plain entry that both Astro's collections and the check script provide, and the resolved
 * record the archive hands out, whose references are records rather than ids.
 */
import type { MarkdownHeading } from 'astro';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { z } from 'astro/zod';
import type { Schemas } from '../schemas.ts';
import type { CollectionKey } from './collections.ts';
import type { OutcomeStatus } from './status.ts';

export type { CollectionKey, OutcomeStatus };
export type Data<K extends CollectionKey> = z.output<Schemas[K]>;

/** What every collection entry carries: its id, its validated data and, for MDX, its headings. */
export interface Entry<K extends CollectionKey> {
  id: string;
  data: Data<K>;
  /** Path of the source file relative to the project root, e.g. "content/years/2023.mdx". */
  filePath?: string;
}

export type AreaEntry = Entry<'areas'>;
export type TopicEntry = Entry<'topics'>;
export type YearEntry = Entry<'years'>;
export type SessionEntry = Entry<'sessions'>;
export type OutcomeEntry = Entry<'outcomes'>;
export type RecordingEntry = Entry<'recordings'>;
export type PersonEntry = Entry<'people'>;

export type Ref = { id: string; collection: string };
export type RecordingKind = Data<'recordings'>['kind'];

/** Every collection the archive is built from. */
export interface Records {
  areas: AreaEntry[];
  topics: TopicEntry[];
  years: YearEntry[];
  sessions: SessionEntry[];
  outcomes: OutcomeEntry[];
  recordings: RecordingEntry[];
  people: PersonEntry[];
}

/*
 * Resolved records: the entry (id, data, and whatever Astro adds, so an MDX body still
 * renders) plus its references as records, so a component needs no lookup to show them.
 */

/** One of the MC's fixed areas (PCI, VFIO, IOMMU): an area has a name, no areas of its own. */
export interface Area extends AreaEntry {
  kind: 'area';
}
/** A topic, filed under one or more areas; it may spell out an acronym. */
export interface Topic extends TopicEntry {
  kind: 'topic';
  areas: Area[];
}
export type Person = PersonEntry;
export interface Year extends YearEntry {
  leads: Person[];
  /** The call for papers' topics, grouped under the area the source files them under. */
  topicsProposed: { area?: Area; items: string[] }[];
}
export interface Session extends SessionEntry {
  year: Year;
  speakers: Person[];
  areas: Area[];
  topics: Topic[];
  /** In the archive's outcome order. */
  outcomes: Outcome[];
  recordings: Recording[];
}
export interface Outcome extends OutcomeEntry {
  year: Year;
  session?: Session;
  areas: Area[];
  topics: Topic[];
}
export interface Recording extends RecordingEntry {
  /** Absent for recordings that span years, such as the MC's channel. */
  year?: Year;
  session?: Session;
}

/** An MDX body rendered by the route (Astro's render()), for a view to place. */
export interface Prose {
  Content: AstroComponentFactory;
  headings: MarkdownHeading[];
}
