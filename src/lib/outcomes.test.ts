import { describe, expect, it } from 'vitest';
import { buildArchive } from './archive.ts';
import { newestFirst, originMark, outcomeLists } from './outcomes.ts';
import { outcomeStatusRoutes, outcomeYearRoutes, outcomeAreaRoutes, outcomeIndexProps } from './routes.ts';
import { outcome, records, year } from '../../tests/records.ts';

const archive = buildArchive(
  records({
    years: [year('2019'), year('2023')],
    outcomes: [
      outcome('2019/old', { status: 'merged', areas: ['iommu'] }),
      outcome('2023/landed', {
        status: 'merged',
        statusHistory: [
          { status: 'proposed', date: '2023-11-01' },
          { status: 'merged', date: '2024-03-01' },
        ],
      }),
      outcome('2023/talk', { status: 'discussed', origin: 'bof' }),
    ],
  }),
);
const ids = (os: { id: string }[]) => os.map((o) => o.id);

describe('outcome origins', () => {
  it('marks only outcomes that are not on the official list, naming where they come from', () => {
    expect(originMark('official-list')).toBeUndefined();
    expect(originMark('bof')).toBe('from a BoF');
    expect(originMark('participant')).toBe("from a participant's mail");
  });
});

describe('the outcome list and its views', () => {
  it('lists every outcome newest year first, keeping the status order inside a year', () => {
    expect(ids(newestFirst(archive.outcomes))).toEqual(['2023/landed', '2023/talk', '2019/old']);
    expect(ids(outcomeIndexProps(archive).outcomes)).toEqual(['2023/landed', '2023/talk', '2019/old']);
  });

  it('narrows by status, year and area, each view with its own path', () => {
    const merged = outcomeStatusRoutes(archive).find((r) => r.params.status === 'merged')!;
    expect(ids(merged.props.outcomes)).toEqual(['2023/landed', '2019/old']);
    expect(merged.props.filter).toEqual({ by: 'status', id: 'merged', label: 'Merged' });
    expect(outcomeYearRoutes(archive).map((r) => r.params.year)).toEqual(['2023', '2019']);
    const iommu = outcomeAreaRoutes(archive).find((r) => r.params.area === 'iommu')!;
    expect(ids(iommu.props.outcomes)).toEqual(['2019/old']);
  });

  it('builds a view for every status a badge can show, and none that nothing links to', () => {
    const statuses = outcomeStatusRoutes(archive).map((r) => r.params.status);
    expect(statuses).toContain('proposed'); // only in a history: its badge links there
    expect(outcomeStatusRoutes(archive).find((r) => r.params.status === 'proposed')!.props.outcomes).toEqual(
      [],
    );
    expect(statuses).not.toContain('abandoned');
    expect(outcomeAreaRoutes(archive).map((r) => r.params.area)).not.toContain('vfio');
  });

  it('offers only views with outcomes, with counts, and marks the one shown', () => {
    const lists = outcomeLists(archive);
    const y2023 = lists.find((l) => l.filter === 'year' && l.id === '2023')!.props;
    expect(y2023.links.status).toEqual([
      { label: 'Merged', path: '/outcomes/status/merged/', count: 2, current: false },
      { label: 'Discussed', path: '/outcomes/status/discussed/', count: 1, current: false },
    ]);
    expect(y2023.links.year.filter((l) => l.current).map((l) => l.path)).toEqual(['/outcomes/2023/']);
    expect(y2023.total).toBe(3);
  });
});
