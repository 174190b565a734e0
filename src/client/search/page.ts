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
  setExcerpt,
  SEARCH_UNAVAILABLE,
  type Pagefind,
  type PagefindResult,
  type ResultView,
} from './engine';

const PAGE_SIZE = 20;

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

export function start(): void {
  const c = findControls();
  const record = historyRecorder();
  let state = parseSearchState(location.search);
  let results: PagefindResult[] = [];
  let shown = 0;
  let seq = 0;

  const renderMore = async () => {
    const next = results.slice(shown, shown + PAGE_SIZE);
    const views = await resultViews(next, acronymsIn(state.q));
    c.list.append(...views.map(resultItem));
    shown += next.length;
    c.more.hidden = shown >= results.length;
  };

  const run = async () => {
    const mine = ++seq;
    const s = state;
    showActive(c, s);
    if (isEmptySearch(s)) {
      c.list.replaceChildren();
      c.more.hidden = true;
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
      if (mine !== seq || !res) return;
      results = res.results;
      shown = 0;
      c.list.replaceChildren();
      await renderMore();
      if (mine !== seq) return;
      c.status.textContent = statusText(s, results.length);
      // Let the results paint before the counts' searches take the main thread.
      await nextFrame();
      await loadPagefind({ withCounts: true });
      if (mine !== seq) return;
      await showCounts(c, pf, s);
    } catch {
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
  c.more.addEventListener('click', () => void renderMore());
  bindArrowKeys(c);

  apply(c, state);
  void run();
}

function resultItem(v: ResultView): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'result';
  const h = document.createElement('h2');
  h.className = 'result-title';
  const a = document.createElement('a');
  a.href = v.url;
  a.textContent = v.title;
  h.append(a);
  const meta = document.createElement('p');
  meta.className = 'result-meta';
  for (const [cls, text] of [
    ['kind', v.kind],
    ['year', v.year],
    ['areas', v.areas],
  ] as const) {
    if (!text) continue;
    const span = document.createElement('span');
    span.className = cls;
    span.textContent = text;
    meta.append(span);
  }
  if (v.status) {
    const s = document.createElement('span');
    s.className = `status status-${v.status.toLowerCase().replace(/\s+/g, '-')}`;
    s.textContent = v.status;
    meta.append(s);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  setExcerpt(excerpt, v.excerpt);
  li.append(h, meta, excerpt);
  if (v.recording) {
    const p = document.createElement('p');
    p.className = 'result-recording';
    const r = document.createElement('a');
    r.href = v.recording;
    r.rel = 'noopener noreferrer';
    r.textContent = `${v.recordingKind ?? 'Recording'} of this session`;
    p.append(r);
    li.append(p);
  }
  if (v.subResults.length) {
    const ul = document.createElement('ul');
    ul.className = 'result-sections';
    for (const sub of v.subResults) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = sub.url;
      link.textContent = sub.title;
      item.append(link);
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}
