/**
 * Quick search in the header: the search box becomes a combobox whose listbox shows the best
 * results as you type (WAI-ARIA combobox pattern: focus stays in the box, arrows move the
 * active option, Enter opens it, Escape closes the list and then returns focus).
 * Loaded only when the reader focuses the box, clicks it or presses Ctrl/Cmd+K.
 */
import { acronymsIn, emptyFilters, toPagefindFilters } from '../../lib/search-state';
import {
  loadPagefind,
  noResultsHint,
  resultCount,
  resultViews,
  setExcerpt,
  SEARCH_UNAVAILABLE,
  type ResultView,
} from './engine';

/** Few enough to keep a first search light: each result costs a fragment request. */
const MAX = 6;

/** Where focus was before Ctrl/Cmd+K, to return to on Escape. */
let opener: Element | null = null;

/**
 * Called by the bootstrap once this code has loaded, with where the reader was before Ctrl/Cmd+K
 * (null when they focused the box themselves). The bootstrap has already focused the box and the
 * reader may have typed since: neither focus nor selection is touched here.
 */
export function openFrom(input: HTMLInputElement, from: Element | null): void {
  opener = from === input ? opener : from;
  attach(input);
}

/** Turns the header search box into a combobox; safe to call more than once. */
export function attach(input: HTMLInputElement): void {
  if (input.dataset.enhanced) return;
  input.dataset.enhanced = 'true';
  const form = input.form!;
  const listbox = document.createElement('ul');
  listbox.id = `${input.id}-results`;
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', 'Search results');
  listbox.className = 'quick-results';
  listbox.hidden = true;
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  form.append(listbox, status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);

  let options: HTMLLIElement[] = [];
  let active = -1;
  let seq = 0;

  const setActive = (i: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = i;
    const el = options[i];
    if (el) {
      el.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', el.id);
      el.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };
  const open = (show: boolean) => {
    listbox.hidden = !show;
    input.setAttribute('aria-expanded', String(show));
    if (!show) setActive(-1);
  };
  const go = (url: string) => (window.location.href = url);

  const option = (id: string, url: string, build: (li: HTMLLIElement) => void) => {
    const li = document.createElement('li');
    li.id = id;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.dataset.url = url;
    build(li);
    li.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the box
    li.addEventListener('click', () => go(url));
    return li;
  };

  const render = (q: string, views: ResultView[], total: number) => {
    options = views.map((v, i) =>
      option(`${listbox.id}-${i}`, v.url, (li) => {
        const title = document.createElement('span');
        title.className = 'title';
        title.textContent = v.title;
        const meta = document.createElement('span');
        meta.className = 'meta';
        meta.textContent = [v.kind, v.year, v.status].filter(Boolean).join(' · ');
        const excerpt = document.createElement('span');
        excerpt.className = 'excerpt';
        setExcerpt(excerpt, v.excerpt);
        li.append(title, meta, excerpt);
      }),
    );
    const all = `${form.action}?q=${encodeURIComponent(q)}`;
    // With no result, the one option is the hint and leads to the topics instead.
    const last = total
      ? option(`${listbox.id}-all`, all, (li) => {
          li.textContent = total === 1 ? `1 result for “${q}”` : `All ${total} results for “${q}”`;
        })
      : option(`${listbox.id}-none`, form.dataset.browse ?? all, (li) => {
          li.textContent = `No results for “${q}”. ${noResultsHint(false)}`;
        });
    options.push(last);
    listbox.replaceChildren(...options);
    setActive(-1);
    open(true);
    status.textContent = total
      ? `${resultCount(total)}. Use the up and down arrows to choose one.`
      : `No results for “${q}”. ${noResultsHint(false)}`;
  };

  const search = async () => {
    const q = input.value.trim();
    const mine = ++seq;
    if (!q) {
      open(false);
      status.textContent = '';
      return;
    }
    try {
      const pf = await loadPagefind();
      const res = await pf.search(q, { filters: toPagefindFilters({ q, filters: emptyFilters() }) });
      if (mine !== seq || !res) return;
      render(q, await resultViews(res.results.slice(0, MAX), acronymsIn(q)), res.results.length);
    } catch {
      status.textContent = SEARCH_UNAVAILABLE;
      listbox.replaceChildren(
        option(
          `${listbox.id}-none`,
          `${form.action}?q=${encodeURIComponent(q)}`,
          (li) => (li.textContent = SEARCH_UNAVAILABLE),
        ),
      );
      options = [];
      open(true);
    }
  };

  let timer: number | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(search, 120);
  });
  input.addEventListener('keydown', (e) => {
    const n = options.length;
    if (e.key === 'ArrowDown' && n) {
      e.preventDefault();
      if (listbox.hidden) open(true);
      setActive((active + 1) % n);
    } else if (e.key === 'ArrowUp' && n) {
      e.preventDefault();
      setActive(active <= 0 ? n - 1 : active - 1);
    } else if (e.key === 'Enter' && active >= 0 && options[active]) {
      e.preventDefault();
      go(options[active]!.dataset.url!);
    } else if (e.key === 'Escape') {
      if (!listbox.hidden) {
        e.preventDefault();
        open(false);
      } else if (opener instanceof HTMLElement && opener !== input) {
        e.preventDefault();
        opener.focus();
        opener = null;
      }
    }
  });
  input.addEventListener('blur', () => window.setTimeout(() => open(false), 150));
  input.addEventListener('focus', () => options.length && input.value.trim() && open(true));
  // Warm the index while the reader types the first letters.
  void loadPagefind().catch(() => undefined);
  if (input.value.trim()) void search();
}
