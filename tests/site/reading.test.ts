/**
 * How a reader moves through the built site: year pages lead with the programme, sessions link
 * back to their place in it and on to their neighbours, people pages never link to themselves,
 * topic pages open with the years they came up in.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, page } from './dist.ts';

const hrefs = (el: ReturnType<typeof page>['doc']) =>
  el.querySelectorAll('a').map((a) => a.getAttribute('href'));

describe('reading the archive', () => {
  it('puts the programme first on a year page, before the outcomes and the story', () => {
    const doc = page('/years/2023/').doc;
    const h2 = doc.querySelectorAll('article h2').map((h) => h.id);
    expect(h2.slice(0, 2)).toEqual(['sessions', 'outcomes']);
    expect(h2.indexOf('leads')).toBe(h2.length - 1);
  });

  it('gives every session a breadcrumb to its place in the programme and its neighbours', () => {
    const sessions = builtPages().filter((p) => /^\/years\/\d{4}\/[^/]+\/$/.test(p.url));
    expect(sessions.length).toBeGreaterThan(20);
    for (const s of sessions) {
      const year = s.url.split('/')[2]!;
      const crumbs = s.doc.querySelector('nav[aria-label="Breadcrumb"]');
      expect(crumbs, s.url).not.toBeNull();
      expect(hrefs(crumbs!).at(-1), s.url).toMatch(new RegExp(`^/years/${year}/#session-${year}-`));
    }
    // A year with several sessions chains them both ways.
    const pager = (u: string) => page(u).doc.querySelector(`nav[aria-label="The 2023 programme"]`);
    const first = pager('/years/2023/non-discoverable-devices/')!;
    expect(first.querySelector('a[rel=prev]')).toBeNull();
    const next = first.querySelector('a[rel=next]')!.getAttribute('href')!;
    expect(pager(next)!.querySelector('a[rel=prev]')!.getAttribute('href')).toBe(
      '/years/2023/non-discoverable-devices/',
    );
  });

  it('never links a person page to itself and never leaves a dangling label', () => {
    for (const p of builtPages().filter((x) => /^\/people\/[^/]+\/$/.test(x.url))) {
      expect(hrefs(p.doc.querySelector('article')!), p.url).not.toContain(p.url);
      expect(p.doc.querySelector('.eyebrow')?.text.trim(), p.url).not.toMatch(/·\s*$/);
    }
  });

  it("lists a person's roles per year and the outcomes of their sessions", () => {
    const doc = page('/people/joerg-roedel/').doc;
    const roles = doc.querySelectorAll('article h2#roles + dl dt a').map((a) => a.text);
    expect(roles.length).toBeGreaterThan(1);
    expect([...roles].sort().reverse()).toEqual(roles);
  });

  it('opens a topic page with the years that discussed it, each landing on that year', () => {
    const doc = page('/topics/sva/').doc;
    const years = doc.querySelector('nav[aria-label="Years it came up"]')!;
    const links = hrefs(years);
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(doc.getElementById(l!.slice(1)), l!).not.toBeNull();
  });
});
