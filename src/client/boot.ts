/**
 * The bootstrap every page carries inline (src/components/SearchBoot.astro). Ctrl/Cmd+K focuses
 * the search box at once, before any search code has loaded, so what the reader types next lands
 * in the box. With `quick` (a box that is the quick search) focusing the box, or the shortcut,
 * then loads the quick search, which picks up whatever was typed meanwhile. It also loads
 * Pagefind's highlighter when the page was opened from a search result.
 *
 * The build inlines this file's source (src/lib/boot-script.ts), so it imports nothing.
 */
export interface BootOptions {
  /** Id of the box the shortcut focuses. */
  box: string;
  /** URL of the quick-search module, or '' when the box is not the quick search. */
  quick: string;
  highlighter: string;
  highlightParam: string;
}

export function boot({ box, quick, highlighter, highlightParam }: BootOptions): void {
  let code: Promise<{ openFrom(input: HTMLElement, from: Element | null): void }> | undefined;
  const el = () => document.getElementById(box) as HTMLInputElement;
  const load = (from: Element | null) =>
    quick && (code ??= import(/* @vite-ignore */ quick)).then((m) => m.openFrom(el(), from));
  // Listened for on the document: the box may come later in the page than this script.
  const first = (e: FocusEvent) => {
    if (e.target !== el()) return;
    document.removeEventListener('focusin', first);
    load(null);
  };
  if (quick) document.addEventListener('focusin', first);
  document.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k') {
      e.preventDefault();
      const from = document.activeElement;
      el().focus();
      el().select();
      load(from);
    }
  });
  if (new URLSearchParams(location.search).has(highlightParam)) {
    void import(/* @vite-ignore */ highlighter).then(
      (m: { default: new (o: object) => unknown }) => new m.default({ highlightParam, addStyles: false }),
    );
  }
}
