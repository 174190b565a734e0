import { describe, expect, it } from 'vitest';
import { bootScript } from './boot-script.ts';

const options = {
  box: 'site-search',
  quick: '/_search/quick.js',
  highlighter: '/hl.js',
  highlightParam: 'highlight',
};

/** Runs the script against a stand-in document and reports what it listened for. */
function run(code: string, search = '') {
  const listeners: Record<string, (e: unknown) => void> = {};
  const box = {
    focused: 0,
    selected: 0,
    focus() {
      this.focused++;
    },
    select() {
      this.selected++;
    },
  };
  const document = {
    activeElement: null,
    getElementById: (id: string) => (id === options.box ? box : null),
    addEventListener: (type: string, fn: (e: unknown) => void) => (listeners[type] = fn),
    removeEventListener: (type: string) => delete listeners[type],
  };
  new Function('document', 'location', code)(document, { search });
  return { listeners, box };
}

describe('the inline bootstrap', () => {
  it('is minified and names its box', () => {
    const code = bootScript(options);
    expect(code).toContain('"site-search"');
    expect(code).not.toMatch(/\n\s+/);
    expect(code.length).toBeLessThan(700);
  });

  it('with the quick search, listens for the shortcut and for the box taking focus', () => {
    const { listeners } = run(bootScript(options));
    expect(Object.keys(listeners).sort()).toEqual(['focusin', 'keydown']);
    // Focus elsewhere loads nothing and keeps listening.
    listeners.focusin!({ target: {} });
    expect(Object.keys(listeners).sort()).toEqual(['focusin', 'keydown']);
  });

  it('Ctrl+K focuses and selects the box; Ctrl+Alt+K does not', () => {
    // Without the quick search, so that no module is imported here.
    const { listeners, box } = run(bootScript({ ...options, quick: '' }));
    let prevented = false;
    listeners.keydown!({ ctrlKey: true, key: 'K', preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    expect(box.focused).toBe(1);
    expect(box.selected).toBe(1);
    listeners.keydown!({ ctrlKey: true, altKey: true, key: 'k', preventDefault() {} });
    expect(box.focused).toBe(1);
  });

  it('without the quick search, only the shortcut is listened for', () => {
    const { listeners } = run(bootScript({ ...options, quick: '' }));
    expect(Object.keys(listeners)).toEqual(['keydown']);
  });

  it('a page opened from a search result loads the highlighter', () => {
    const code = bootScript(options);
    expect(code).toContain('"/hl.js"');
    expect(code).toContain('"highlight"');
  });
});
