import { describe, expect, it } from 'vitest';
import { resolveRecords } from './resolve.ts';
import { outcome, person, recording, records, session, topic, year } from '../../tests/records.ts';

describe('resolving references', () => {
  const r = resolveRecords(
    records({
      topics: [topic('sva', ['iommu', 'vfio'])],
      years: [year('2023', { leads: ['alex'], topicsProposed: [{ area: 'vfio', items: ['iommufd'] }] })],
      people: [person('alex', 'Alex Williamson')],
      sessions: [session('2023/s', { speakers: ['alex'], topics: ['sva'] })],
      outcomes: [outcome('2023/o', { session: '2023/s' })],
      recordings: [recording('channel', { kind: 'channel' })],
    }),
  );

  it('replaces ids with the records they name, areas and topics told apart', () => {
    const s = r.sessions[0]!;
    expect(s.year.id).toBe('2023');
    expect(s.speakers[0]!.data.name).toBe('Alex Williamson');
    expect(s.areas.map((a) => [a.kind, a.id])).toEqual([['area', 'pci']]);
    expect(s.topics.map((t) => [t.kind, t.id, t.areas.map((a) => a.id)])).toEqual([
      ['topic', 'sva', ['iommu', 'vfio']],
    ]);
    expect(r.years[0]!.leads[0]!.id).toBe('alex');
    expect(r.years[0]!.topicsProposed[0]!.area?.data.title).toBe('VFIO');
  });

  it('keeps the data and id of each entry as they were', () => {
    expect(r.outcomes[0]!.data.session).toEqual({ id: '2023/s', collection: 'sessions' });
    expect(r.outcomes[0]!.session).toBe(r.sessions[0]);
    expect(r.recordings[0]!.year).toBeUndefined();
  });

  it('names a reference to a record that does not exist', () => {
    expect(() =>
      resolveRecords(
        records({ years: [year('2023')], sessions: [session('2023/s', { speakers: ['nobody'] })] }),
      ),
    ).toThrow(/No person with id "nobody".*npm run check/);
  });
});
