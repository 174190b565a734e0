/**
 * What the search index knows about a page beyond its text: its kind, year, areas, topics and
 * status as filters, and what a result shows (kind, year, areas, status, recording) as meta.
 * Pages pass their records here, so one place decides a page's year, area and topic.
 */
import type { Archive } from './archive.ts';
import { RECORDING_KIND_LABELS } from './format.ts';
import { ACRONYM_FILTER, acronymsIn } from './search-state.ts';
import { paths, rowAnchor, sessionPath, withBase, yearPath } from './urls.ts';

/** The kinds of search result, with the same words as the site's sections. */
export const SEARCH_KINDS = [
  'area',
  'topic',
  'year',
  'session',
  'outcome',
  'recording',
  'person',
  'page',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const KIND_LABELS: Record<SearchKind, string> = {
  area: 'Area',
  topic: 'Topic',
  year: 'Year',
  session: 'Session',
  outcome: 'Outcome',
  recording: 'Recording',
  person: 'Person',
  page: 'Page',
};

export interface SearchFacts {
  kind: SearchKind;
  years?: string[];
  /** Area ids and topic ids. */
  areas?: string[];
  topics?: string[];
  /** Outcome status id. */
  status?: string;
  /** What the result line shows next to the title. */
  meta?: Record<string, string | undefined>;
}

const oneLine = (v: string) => v.replace(/\s+/g, ' ').trim();

/**
 * Filter-only searches list newest first. Pagefind leaves out entries without the sort key,
 * so entries without a year sort as "0000", last.
 */
const sortYear = (years?: string[]) => (years?.length ? [...years].sort().at(-1)! : '0000');

/** What the page carries for Pagefind: one "key:value" per filter and per meta field. */
export interface SearchTags {
  filters: string[];
  meta: string[];
  sort: string;
}

/**
 * `areaTitle` names an area for the result line ("IOMMU · PCI"), so pages pass area ids once
 * and the label is derived here rather than written by each page.
 */
export function searchTags(f: SearchFacts, areaTitle?: (id: string) => string): SearchTags {
  const filters = [
    `kind:${f.kind}`,
    ...(f.years ?? []).map((y) => `year:${y}`),
    ...(f.areas ?? []).map((a) => `area:${a}`),
    ...(f.topics ?? []).map((t) => `topic:${t}`),
    ...(f.status ? [`status:${f.status}`] : []),
  ];
  const areas = areaTitle && f.areas?.length ? f.areas.map(areaTitle).join(' · ') : undefined;
  const meta = Object.entries({ kind: KIND_LABELS[f.kind], year: f.years?.join(' · '), areas, ...f.meta })
    .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '')
    .map(([k, v]) => `${k}:${oneLine(v)}`);
  return { filters, meta, sort: `year:${sortYear(f.years)}` };
}

/** The result-line label of a set of areas: "IOMMU · PCI". */
export const areaTitles = (archive: Archive, ids: string[]) =>
  ids.map((id) => archive.area(id).data.title).join(' · ');

/** A search record that is not a page: each recording, pointing at its row on /recordings/. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The page a recording is always listed on. */
export const recordingHome = (r: { session?: { id: string }; year?: { id: string } }) =>
  r.session ? sessionPath(r.session.id) : r.year ? yearPath(r.year.id) : paths.recordings;

export function recordingRecords(archive: Archive, base: string): SearchRecord[] {
  return archive.recordings.map((r) => {
    const session = r.data.session ? archive.session(r.data.session.id) : undefined;
    const year = r.data.year?.id;
    const areas = session?.data.areas.map((a) => a.id) ?? [];
    const content = [r.data.title, session && `Recording of the session ${session.data.title}.`, r.data.note]
      .filter(Boolean)
      .join(' ');
    const acronyms = acronymsIn(content);
    return {
      // Where it is always listed: its session's page, else its year's (the MC's own recordings come
      // first there), else /recordings/; year pages and /recordings/ list only so many.
      url: withBase(`${recordingHome(r.data)}#${rowAnchor('recording', r.id)}`, base),
      content,
      language: 'en',
      meta: {
        title: r.data.title,
        kind: KIND_LABELS.recording,
        ...(year ? { year } : {}),
        ...(areas.length ? { areas: areaTitles(archive, areas) } : {}),
        recording: r.data.url,
        recordingKind: RECORDING_KIND_LABELS[r.data.kind],
      },
      filters: {
        kind: ['recording'],
        ...(year ? { year: [year] } : {}),
        ...(areas.length ? { area: areas } : {}),
        ...(session?.data.topics.length ? { topic: session.data.topics.map((t) => t.id) } : {}),
        ...(acronyms.length ? { [ACRONYM_FILTER]: acronyms } : {}),
      },
      sort: { year: sortYear(year ? [year] : []) },
    };
  });
}
