/**
 * Types of the records the pages use, derived from the schemas (never written twice), and the
 * plain shape of an entry that both Astro's collections and the check script provide.
 */
import type { z } from 'astro/zod';
import type { Schemas } from '../schemas.ts';

export type CollectionName = keyof Schemas;
export type Data<K extends CollectionName> = z.output<Schemas[K]>;

/** What every collection entry carries: its id, its validated data and, for MDX, its headings. */
export interface Entry<K extends CollectionName> {
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
export type OutcomeStatus = Data<'outcomes'>['status'];
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
