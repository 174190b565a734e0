/**
 * The search page: query and filters with counts, kept in the URL (src/lib/search-state.ts)
 * so a search can be shared, and so back and forward step through searches. Arrow keys move
 * from the box through the result titles; the result count is announced.
 */
import {
  acronymsIn,
  EMPTY_SEARCH_HINT,
  FILTER_GROUPS,
  hasFilters,
  isEmptySearch,
  parseSearchState,
  searchStateToQuery,
  toPagefindFilters,
  type FilterGroup,
  type SearchState,
} from '../../lib/search-state';
import {
  loadPagefind,
  noResultsHint,
  resultCount,
  resultViews,
  SEARCH_UNAVAILABLE,
  type Pagefind,
  type PagefindResult,
} from './engine';
import { resultItem } from './result-item';

const PAGE_SIZE = 20;
/** How many results show before the rest of the first page's: about a phone's screenful. */
const FIRST_SHOWN = 5;

/** The page's controls, found once. */
interface Controls {
  form: HTMLFormElement;
  input: HTMLInputElement;
  list: HTMLOListElement;
  status: HTMLElement;
  more: HTMLButtonElement;
  boxes: HTMLInputElement[];
  active: HTMLElement;
}

function findControls(): Controls {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const panel = form.querySelector<HTMLDetailsElement>('details.filters')!;
  return {
    form,
    input: form.querySelector<HTMLInputElement>('input[name="q"]')!,
    list: document.querySelector<HTMLOListElement>('#search-results')!,
    status: document.querySelector<HTMLElement>('#search-status')!,
    more: document.querySelector<HTMLButtonElement>('#search-more')!,
    boxes: [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')],
    active: panel.querySelector<HTMLElement>('.active-count')!,
  };
}

function showActive(c: Controls, s: SearchState): void {
  const n = FILTER_GROUPS.reduce((sum, g) => sum + s.filters[g].length, 0);
  c.active.textContent = n ? `${n} active` : '';
}

/** Shows a search state in the box and the filter boxes. */
function apply(c: Controls, s: SearchState): void {
  c.input.value = s.q;
  for (const b of c.boxes) b.checked = s.filters[b.name as FilterGroup].includes(b.value);
  showActive(c, s);
}

/** The search state the box and the filter boxes show. */
function read(c: Controls): SearchState {
  const filters = Object.fromEntries(
    FILTER_GROUPS.map((g) => [g, c.boxes.filter((b) => b.name === g && b.checked).map((b) => b.value)]),
  );
  return { q: c.input.value.trim(), filters: filters as SearchState['filters'] };
}

/** Typing replaces the history entry it started; a pause or a filter click starts a new one. */
function historyRecorder(): (s: SearchState, typing: boolean) => void {
  let lastPush = 0;
  return (s, typing) => {
    const url = `${location.pathname}${searchStateToQuery(s)}`;
    if (url === `${location.pathname}${location.search}`) return;
    const now = Date.now();
    if (typing && now - lastPush < 1500) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    lastPush = now;
  };
}

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r)));

/** Writes beside each filter value how many results choosing it gives. */
async function showCounts(c: Controls, pf: Pagefind, s: SearchState): Promise<void> {
  // A group's counts ignore its own selection, so every value shows what choosing it gives.
  const term = s.q || null;
  const perGroup = await Promise.all(
    FILTER_GROUPS.map(async (g) => {
      if (!term && !FILTER_GROUPS.some((o) => o !== g && s.filters[o].length))
        return (await pf.filters())[g] ?? {};
      return (await pf.search(term, { filters: toPagefindFilters(s, g) }))?.filters[g] ?? {};
    }),
  );
  for (const b of c.boxes) {
    const n = perGroup[FILTER_GROUPS.indexOf(b.name as FilterGroup)]?.[b.value] ?? 0;
    const label = b.closest('label')!;
    label.querySelector('.count')!.textContent = String(n);
    label.classList.toggle('empty', n === 0 && !b.checked);
  }
}

/** What the status line says once a search has run. */
function statusText(s: SearchState, total: number): string {
  const what = s.q ? ` for “${s.q}”` : '';
  const narrowed = hasFilters(s) ? ' with the chosen filters' : '';
  return total
    ? `${resultCount(total)}${what}${narrowed}.`
    : `No results${what}${narrowed}. ${noResultsHint(hasFilters(s))}`;
}

/** Arrow keys: from the box into the results, and between result titles. */
function bindArrowKeys({ input, list }: Controls): void {
  const titles = () => [...list.querySelectorAll<HTMLAnchorElement>('.result-title a')];
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && titles().length) {
      e.preventDefault();
      titles()[0]!.focus();
    }
  });
  list.addEventListener('keydown', (e) => {
    const all = titles();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    if (e.key === 'ArrowDown' && i < all.length - 1) {
      e.preventDefault();
      all[i + 1]!.focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      (i === 0 ? input : all[i - 1]!).focus();
    } else if (e.key === 'Escape') {
      input.focus();
    }
  });
}

/**
 * The result list of the latest search, a page at a time. Each search takes a number from
 * `next()`; a search that another has overtaken adds nothing to the list.
 */
function resultList(c: Controls) {
  let results: PagefindResult[] = [];
  let shown = 0;
  let seq = 0;
  let adding = false;
  const add = async (mine: number, q: string, count: number) => {
    const views = await resultViews(results.slice(shown, shown + count), acronymsIn(q));
    if (mine !== seq) return false;
    c.list.append(...views.map(resultItem));
    shown += views.length;
    return true;
  };
  // Screen readers wait for a busy list to settle before they read what changed.
  const busy = (on: boolean) => c.list.toggleAttribute('aria-busy', on);
  const clear = () => {
    c.list.replaceChildren();
    c.more.hidden = true;
    busy(false);
  };
  return {
    next: () => ++seq,
    isLatest: (mine: number) => mine === seq,
    clear,
    /** A search that failed part-way leaves what it showed, no longer busy. */
    settle: (mine: number) => mine === seq && busy(false),
    /** Shows the first page of `found`; `onFirst` runs once the first results are in. */
    async show(mine: number, found: PagefindResult[], q: string, onFirst: () => void) {
      results = found;
      shown = 0;
      clear();
      busy(true);
      // A screenful first: each result waits for its own fragment of the index, and the
      // browser fetches only a few at a time from one host.
      if (!(await add(mine, q, FIRST_SHOWN))) return false;
      onFirst();
      if (!(await add(mine, q, PAGE_SIZE - FIRST_SHOWN))) return false;
      c.more.hidden = shown >= results.length;
      busy(false);
      return true;
    },
    /** The next page, for "Show more results"; a second click while it loads adds nothing. */
    async more(q: string) {
      if (adding) return;
      adding = true;
      const mine = seq;
      busy(true);
      try {
        if (await add(mine, q, PAGE_SIZE)) c.more.hidden = shown >= results.length;
      } finally {
        adding = false;
        if (mine === seq) busy(false);
      }
    },
  };
}

export function start(): void {
  const c = findControls();
  const record = historyRecorder();
  const list = resultList(c);
  let state = parseSearchState(location.search);

  const run = async () => {
    const mine = list.next();
    const s = state;
    showActive(c, s);
    if (isEmptySearch(s)) {
      list.clear();
      c.status.textContent = EMPTY_SEARCH_HINT;
      void loadPagefind({ withCounts: true })
        .then((pf) => showCounts(c, pf, s))
        .catch(() => undefined);
      return;
    }
    try {
      // Results first: counting filter values needs every filter's index, which at 10,000
      // sessions kept results from showing for seconds.
      const pf = await loadPagefind();
      const res = await pf.search(s.q || null, {
        filters: toPagefindFilters(s),
        ...(s.q ? {} : { sort: { year: 'desc' } }),
      });
      if (!list.isLatest(mine) || !res) return;
      const first = () => (c.status.textContent = statusText(s, res.results.length));
      if (!(await list.show(mine, res.results, s.q, first))) return;
      // Let the results paint before the counts' searches take the main thread.
      await nextFrame();
      await loadPagefind({ withCounts: true });
      if (!list.isLatest(mine)) return;
      await showCounts(c, pf, s);
    } catch {
      list.settle(mine);
      c.status.textContent = SEARCH_UNAVAILABLE;
    }
  };

  const searchNow = (typing: boolean) => {
    state = read(c);
    record(state, typing);
    void run();
  };
  let timer: number | undefined;
  c.input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => searchNow(true), 150);
  });
  c.form.addEventListener('change', (e) => {
    if (e.target instanceof HTMLInputElement && e.target.type === 'checkbox') searchNow(false);
  });
  c.form.addEventListener('submit', (e) => {
    e.preventDefault();
    searchNow(false);
  });
  window.addEventListener('popstate', () => {
    state = parseSearchState(location.search);
    apply(c, state);
    void run();
  });
  c.more.addEventListener('click', () => void list.more(state.q));
  bindArrowKeys(c);

  apply(c, state);
  void run();
}
