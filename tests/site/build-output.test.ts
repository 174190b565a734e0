/**
 * What a reader of the built site would notice, checked on dist/ built from the real content.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LinkChecker } from 'linkinator';
import { checkContent } from '../../src/lib/preflight.ts';
import { readContent } from '../../src/lib/content-files.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { buildArchive } from '../../src/lib/archive.ts';
import { outcomePath, personPath, sessionPath, topicPath, yearPath } from '../../src/lib/urls.ts';
import { builtPages, mainLinks, page, readDist, requireDist } from './dist.ts';
import { serveDist } from './server.ts';

const root = new URL('../..', import.meta.url).pathname;
const { records } = validateContent(readContent(root).entries);
const archive = buildArchive(records);

beforeAll(requireDist);

describe('the real content', () => {
  it('passes the content check', () => {
    expect(checkContent(root)).toEqual([]);
  });
});

describe('every record has its page', () => {
  it('every year has a page', () => {
    expect(archive.years.map((y) => y.id)).toEqual([
      '2017',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
    for (const y of archive.years) expect(page(yearPath(y.id)).doc.querySelector('h1')?.text).toContain(y.id);
  });

  it('every area and topic has a page', () => {
    expect(archive.areas.map((a) => a.id).sort()).toEqual(['iommu', 'pci', 'vfio']);
    for (const t of [...archive.areas, ...archive.topics]) expect(() => page(topicPath(t.id))).not.toThrow();
  });

  it('every session, outcome and person has a page', () => {
    for (const s of archive.sessions)
      expect(page(sessionPath(s.id)).doc.querySelector('h1')?.text).toBe(s.data.title);
    for (const o of archive.outcomes) expect(() => page(outcomePath(o.id))).not.toThrow();
    for (const p of archive.people) expect(() => page(personPath(p.id))).not.toThrow();
  });
});

describe('lists are generated from the records', () => {
  it('every session on a year page links to its own page', () => {
    for (const y of archive.years) {
      const links = mainLinks(page(yearPath(y.id)));
      for (const s of archive.sessionsOfYear(y.id)) expect(links).toContain(sessionPath(s.id));
    }
  });

  it('every recording on /recordings/ also appears on its year page', () => {
    const onRecordings = page('/recordings/')
      .doc.querySelectorAll('[data-recording]')
      .map((li) => li.getAttribute('data-recording')!);
    expect(onRecordings.length).toBe(archive.recordings.length);
    for (const r of archive.recordings.filter((r) => r.data.year)) {
      const yearPage = page(yearPath(r.data.year!.id)).doc;
      expect(yearPage.querySelector(`[data-recording="${r.id}"] a`)?.getAttribute('href')).toBe(r.data.url);
    }
  });

  it('every outcome is a row of the /outcomes/ table', () => {
    const rows = page('/outcomes/').doc.querySelectorAll('table.outcomes tbody tr');
    expect(rows.length).toBe(archive.outcomes.length);
    expect(rows.length).toBeGreaterThan(20);
  });

  it('a topic page lists its sessions newest year first', () => {
    const sva = page(topicPath('sva')).doc;
    const years = sva.querySelectorAll('h3[id^="sessions-"]').map((h) => h.text);
    expect(years.length).toBeGreaterThan(1);
    expect(years).toEqual([...years].sort().reverse());
  });

  it('a person spelled several ways has one page listing all their lead years', () => {
    const joerg = page(personPath('joerg-roedel')).doc;
    expect(joerg.querySelector('h1')?.text).toBe('Jörg Rödel');
    expect(joerg.text).toContain('Joerg Roedel');
    expect(joerg.querySelectorAll('main a[href^="/years/"]').length).toBeGreaterThanOrEqual(4);
  });

  it('shows gaps as gaps: an incomplete programme says so', () => {
    expect(page(yearPath('2021')).doc.querySelector('main')?.text).toMatch(
      /More sessions to add: This programme is not complete yet/,
    );
  });

  it("coverage counts each year's sessions from the records", () => {
    const rows = page('/coverage/').doc.querySelectorAll('tbody tr');
    expect(rows.map((r) => r.querySelector('th')?.text)).toEqual(archive.years.map((y) => y.id));
    for (const [i, y] of archive.years.entries())
      expect(rows[i]!.querySelectorAll('td')[0]!.text).toBe(String(archive.sessionsOfYear(y.id).length));
  });
});

describe('every page is well formed', () => {
  it('has a title, a description, one h1 and a language', () => {
    for (const p of builtPages()) {
      expect.soft(p.doc.querySelector('html')?.getAttribute('lang'), p.url).toBe('en');
      expect.soft(p.doc.querySelector('title')?.text.trim(), p.url).toBeTruthy();
      expect
        .soft(p.doc.querySelector('meta[name="description"]')?.getAttribute('content')?.trim(), p.url)
        .toBeTruthy();
      expect.soft(p.doc.querySelectorAll('h1').length, p.url).toBe(1);
    }
  });

  it('has a canonical URL and Open Graph tags', () => {
    for (const p of builtPages().filter((p) => p.url !== '/404.html')) {
      const canonical = p.doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect.soft(canonical && new URL(canonical).pathname, p.url).toBe(p.url);
      expect.soft(p.doc.querySelector('meta[property="og:title"]'), p.url).toBeTruthy();
    }
  });

  it('carries no placeholder text', () => {
    for (const p of builtPages())
      expect
        .soft(p.doc.querySelector('main')?.text ?? '', p.url)
        .not.toMatch(/\b(TBD|TODO|coming soon|lorem ipsum)\b/i);
  });

  it('loads no script file: only the small inline search bootstrap, and the search page its bundle and filters opener', () => {
    for (const p of builtPages()) {
      const scripts = p.doc.querySelectorAll('script:not([type="application/ld+json"])');
      expect.soft(scripts.filter((s) => s.hasAttribute('src')).length, p.url).toBe(0);
      const boot = scripts.find((s) => s.text.includes('site-search'));
      expect.soft(boot?.text.length ?? 0, p.url).toBeLessThan(1024);
      // The search page adds the line that opens its filters on wide screens, and its bundle's loader.
      expect.soft(scripts.length, p.url).toBe(p.url === '/search/' ? 3 : 1);
    }
  });

  it('has a skip link to the main content and the search box', () => {
    for (const p of builtPages()) {
      expect.soft(p.doc.querySelector('a.skip-link')?.getAttribute('href'), p.url).toBe('#main');
      expect.soft(p.doc.querySelector('main#main'), p.url).toBeTruthy();
      expect.soft(p.doc.querySelector('form[role="search"] input[name="q"]'), p.url).toBeTruthy();
    }
  });

  it('marks every external link noopener noreferrer', () => {
    for (const p of builtPages()) {
      for (const a of p.doc.querySelectorAll('main a[href^="http"]'))
        expect
          .soft(a.getAttribute('rel'), `${p.url} ${a.getAttribute('href')}`)
          .toMatch(/noopener noreferrer/);
    }
  });
});

describe('links', () => {
  it('no internal link or #anchor points nowhere', async () => {
    // dist/ is served on 127.0.0.1 and crawled from the home page; every other origin is
    // skipped: external links are not fetched in tests, canonical URLs name the public site.
    const server = await serveDist();
    try {
      const result = await new LinkChecker().check({
        path: `${server.origin}/`,
        recurse: true,
        checkFragments: true,
        linksToSkip: async (link) => !link.startsWith(server.origin),
      });
      const broken = result.links
        .filter((l) => l.state === 'BROKEN')
        .map((l) => `${l.url} (from ${l.parent}, ${l.status})`);
      expect(broken).toEqual([]);
      // It really crawled: every built page except the 404 page was reached and checked.
      const reached = new Set(
        result.links.filter((l) => l.state === 'OK').map((l) => new URL(l.url).pathname),
      );
      for (const p of builtPages().filter((p) => p.url !== '/404.html'))
        expect.soft(reached, p.url).toContain(p.url);
    } finally {
      await server.close();
    }
  }, 120_000);

  it('publishes a sitemap of every page and a robots.txt that points to it', () => {
    const sitemap = readDist('sitemap-0.xml');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    for (const p of builtPages().filter((p) => p.url !== '/404.html'))
      expect.soft(locs, p.url).toContain(p.url);
    expect(readDist('robots.txt')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  });
});
