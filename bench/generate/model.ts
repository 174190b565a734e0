/** The synthetic archive as plain data, shared by the generator and the sites that render it. */
import type { CITIES } from './vocabulary-prose.ts';

export interface Topic {
  id: string;
  title: string;
  areas: string[];
}

export interface Person {
  id: string;
  name: string;
  affiliation: string;
}

export interface Session {
  year: number;
  slug: string;
  title: string;
  speakers: string[];
  areas: string[];
  topics: string[];
  start: string;
  durationMinutes: number;
  room: string;
  summary: string;
  contributionUrl: string;
  slidesUrl?: string;
  uncertain: boolean;
  /** ~500 words of Markdown (MDX-safe: no braces, no angle brackets, no raw HTML). */
  body: string;
}

export interface Outcome {
  year: number;
  slug: string;
  title: string;
  summary: string;
  areas: string[];
  topics: string[];
  session: string;
  status: string;
  kernelVersion: string;
}

export interface Year {
  year: number;
  city: (typeof CITIES)[number];
  leads: string[];
  start: string;
}

/** The file format of session notes: Markdown or MDX. */
export type NotesFormat = 'md' | 'mdx';

export interface Archive {
  years: Year[];
  people: Person[];
  topics: Topic[];
  sessions: Session[];
  outcomes: Outcome[];
}

/** Sessions per edition year, in the archive's order. */
export function sessionsByYear(a: Archive): Map<number, Session[]> {
  const map = new Map<number, Session[]>();
  for (const s of a.sessions) map.set(s.year, [...(map.get(s.year) ?? []), s]);
  return map;
}

export const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const slugOf = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
/** Front matter and YAML values: JSON strings are valid YAML and need no escaping rules of our own. */
export const q = (s: string) => JSON.stringify(s);

/** Words in a session body, for the report (the brief asks for ~500). */
export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
