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
  new QuickSearch(input);
}

const go = (url: string) => (window.location.href = url);

/** One option of the listbox; clicking it opens its URL and leaves focus in the box. */
function option(id: string, url: string, build: (li: HTMLLIElement) => void): HTMLLIElement {
  const li = document.createElement('li');
  li.id = id;
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  li.dataset.url = url;
  build(li);
  li.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the box
  li.addEventListener('click', () => go(url));
  return li;
}

function fillResult(li: HTMLLIElement, v: ResultView): void {
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
}

class QuickSearch {
  private readonly form: HTMLFormElement;
  private readonly listbox = document.createElement('ul');
  private readonly status = document.createElement('p');
  private options: HTMLLIElement[] = [];
  private active = -1;
  private seq = 0;

  constructor(private readonly input: HTMLInputElement) {
    this.form = input.form!;
    const { listbox, status } = this;
    listbox.id = `${input.id}-results`;
    listbox.setAttribute('role', 'listbox');
    listbox.setAttribute('aria-label', 'Search results');
    listbox.className = 'quick-results';
    listbox.hidden = true;
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    this.form.append(listbox, status);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listbox.id);

    let timer: number | undefined;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => void this.search(), 120);
    });
    input.addEventListener('keydown', (e) => this.onKey(e));
    input.addEventListener('blur', () => window.setTimeout(() => this.open(false), 150));
    input.addEventListener('focus', () => this.options.length && input.value.trim() && this.open(true));
    // Warm the index while the reader types the first letters.
    void loadPagefind().catch(() => undefined);
    if (input.value.trim()) void this.search();
  }

  private setActive(i: number): void {
    this.options[this.active]?.setAttribute('aria-selected', 'false');
    this.active = i;
    const el = this.options[i];
    if (el) {
      el.setAttribute('aria-selected', 'true');
      this.input.setAttribute('aria-activedescendant', el.id);
      el.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  private open(show: boolean): void {
    this.listbox.hidden = !show;
    this.input.setAttribute('aria-expanded', String(show));
    if (!show) this.setActive(-1);
  }

  private allResultsUrl(q: string): string {
    return `${this.form.action}?q=${encodeURIComponent(q)}`;
  }

  private render(q: string, views: ResultView[], total: number): void {
    const id = this.listbox.id;
    this.options = views.map((v, i) => option(`${id}-${i}`, v.url, (li) => fillResult(li, v)));
    // With no result, the one option is the hint and leads to the topics instead.
    const last = total
      ? option(`${id}-all`, this.allResultsUrl(q), (li) => {
          li.textContent = total === 1 ? `1 result for “${q}”` : `All ${total} results for “${q}”`;
        })
      : option(`${id}-none`, this.form.dataset.browse ?? this.allResultsUrl(q), (li) => {
          li.textContent = `No results for “${q}”. ${noResultsHint(false)}`;
        });
    this.options.push(last);
    this.listbox.replaceChildren(...this.options);
    this.setActive(-1);
    this.open(true);
    this.status.textContent = total
      ? `${resultCount(total)}. Use the up and down arrows to choose one.`
      : `No results for “${q}”. ${noResultsHint(false)}`;
  }

  private async search(): Promise<void> {
    const q = this.input.value.trim();
    const mine = ++this.seq;
    if (!q) {
      this.open(false);
      this.status.textContent = '';
      return;
    }
    try {
      const pf = await loadPagefind();
      const res = await pf.search(q, { filters: toPagefindFilters({ q, filters: emptyFilters() }) });
      if (mine !== this.seq || !res) return;
      this.render(q, await resultViews(res.results.slice(0, MAX), acronymsIn(q)), res.results.length);
    } catch {
      this.status.textContent = SEARCH_UNAVAILABLE;
      this.listbox.replaceChildren(
        option(
          `${this.listbox.id}-none`,
          this.allResultsUrl(q),
          (li) => (li.textContent = SEARCH_UNAVAILABLE),
        ),
      );
      this.options = [];
      this.open(true);
    }
  }

  private onKey(e: KeyboardEvent): void {
    const n = this.options.length;
    if (e.key === 'ArrowDown' && n) {
      e.preventDefault();
      if (this.listbox.hidden) this.open(true);
      this.setActive((this.active + 1) % n);
    } else if (e.key === 'ArrowUp' && n) {
      e.preventDefault();
      this.setActive(this.active <= 0 ? n - 1 : this.active - 1);
    } else if (e.key === 'Enter' && this.active >= 0 && this.options[this.active]) {
      e.preventDefault();
      go(this.options[this.active]!.dataset.url!);
    } else if (e.key === 'Escape') {
      if (!this.listbox.hidden) {
        e.preventDefault();
        this.open(false);
      } else if (opener instanceof HTMLElement && opener !== this.input) {
        e.preventDefault();
        opener.focus();
        opener = null;
      }
    }
  }
}
