/**
 * Small records for unit tests, passed through the real schemas so a fixture can never
 * drift from what content files may hold.
 */
import { makeSchemas } from '../src/schemas.ts';
import { plainReference } from '../src/lib/validate.ts';
import type { CollectionKey, Entry, Records } from '../src/lib/records.ts';

const schemas = makeSchemas(plainReference);

export function entry<K extends Exclude<CollectionKey, 'pages'>>(
  collection: K,
  id: string,
  data: Record<string, unknown>,
): Entry<K> {
  return {
    id,
    filePath: `content/${collection}/${id}`,
    data: schemas[collection].parse(data) as Entry<K>['data'],
  };
}

export const year = (id: string, extra: Record<string, unknown> = {}) =>
  entry('years', id, {
    description: `The ${id} edition.`,
    edition: { name: `LPC ${id}`, format: 'in-person', sources: ['https://lpc.events/'] },
    sessionList: { complete: false },
    officialOutcomes: { status: 'not-found' },
    ...extra,
  });

export const session = (id: string, extra: Record<string, unknown> = {}) =>
  entry('sessions', id, {
    title: `Session ${id}`,
    year: Number(id.slice(0, 4)),
    areas: ['pci'],
    summary: 'What it was about.',
    source: 'https://lpc.events/',
    ...extra,
  });

export const outcome = (id: string, extra: Record<string, unknown> = {}) =>
  entry('outcomes', id, {
    title: `Outcome ${id}`,
    summary: 'What came out.',
    year: Number(id.slice(0, 4)),
    areas: ['pci'],
    status: 'discussed',
    origin: 'official-list',
    source: 'https://lpc.events/',
    ...extra,
  });

export const recording = (id: string, extra: Record<string, unknown> = {}) =>
  entry('recordings', id, {
    title: `Recording ${id}`,
    kind: 'video',
    url: 'https://youtu.be/x',
    source: 'https://lpc.events/',
    ...extra,
  });

export const person = (id: string, name: string, extra: Record<string, unknown> = {}) =>
  entry('people', id, { name, ...extra });

export const area = (id: string) =>
  entry('areas', id, { title: id.toUpperCase(), name: `${id} area`, description: `The ${id} area.` });

export const topic = (id: string, areas: string[], title = id.toUpperCase()) =>
  entry('topics', id, { title, areas, description: `The ${id} topic.` });

export function records(partial: Partial<Records>): Records {
  return {
    areas: [area('pci'), area('vfio'), area('iommu')],
    topics: [],
    years: [],
    sessions: [],
    outcomes: [],
    recordings: [],
    people: [],
    ...partial,
  };
}
