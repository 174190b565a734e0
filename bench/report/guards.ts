/** Tells a measurement from the error that replaced it, and formats numbers for the tables. */
import { fmt } from '../lib.ts';
import type { PageLoad, QuickSearch, SearchPageTiming } from '../types.ts';

export const s = (n: number | undefined, d = 1) => fmt(n, d);

export const isLoad = (p: unknown): p is PageLoad => !!p && typeof p === 'object' && 'total' in p;
export const isQuick = (q: unknown): q is QuickSearch => !!q && typeof q === 'object' && 'cold' in q;
export const isPageTiming = (q: unknown): q is SearchPageTiming =>
  !!q && typeof q === 'object' && 'msToResults' in q;
