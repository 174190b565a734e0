/**
 * The static paths of every record page, computed from the archive. Route files return
 * these from getStaticPaths; tests check them against the records.
 */
import type { Archive } from './archive.ts';
import { splitYearId } from './urls.ts';

export const topicRoutes = (a: Archive) => [
  ...a.areas.map((e) => ({ params: { id: e.id }, props: { kind: 'area' as const, id: e.id } })),
  ...a.topics.map((e) => ({ params: { id: e.id }, props: { kind: 'topic' as const, id: e.id } })),
];

export const yearRoutes = (a: Archive) =>
  a.years.map((y) => ({ params: { year: y.id }, props: { year: y.id } }));

export const sessionRoutes = (a: Archive) =>
  a.sessions.map((s) => {
    const { year, slug } = splitYearId(s.id);
    return { params: { year, session: slug }, props: { id: s.id } };
  });

export const outcomeRoutes = (a: Archive) =>
  a.outcomes.map((o) => {
    const { year, slug } = splitYearId(o.id);
    return { params: { year, outcome: slug }, props: { id: o.id } };
  });

export const personRoutes = (a: Archive) =>
  a.people.map((p) => ({ params: { id: p.id }, props: { id: p.id } }));
