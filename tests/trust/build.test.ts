/**
 * A build editors can trust: a failure never touches the last good site, the same input
 * gives the same bytes, hostile strings stay text, and every page carries a strict CSP.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  globSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { checkContent } from '../../src/lib/preflight.ts';
import { formatErrors } from '../../src/lib/validate.ts';
import { launchChromium } from '../browser/chromium.ts';
import { serveDist } from '../site/server.ts';
import { baseFiles, edit, writeArchive } from './fixture.ts';
import { fingerprint, PROJECT, runBuild } from './build.ts';
import { importClosure } from '../../src/lib/build-cache.ts';
import { searchInputFolder } from '../../src/lib/search-index.ts';
import { shellEnv } from '../shell-env.ts';
import { searchIndexSeconds } from '../../bench/sites/ours.ts';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'build-'));

/** What a build into `out` left beside it (staging, files its steps pass on, Pagefind's input). */
const leftovers = (out: string) => [
  ...readdirSync(path.dirname(out)).filter((f) => f !== path.basename(out)),
  ...[searchInputFolder(`${out}.next`)].filter((f) => existsSync(f)),
];

describe('a failed build leaves the last good site alone', () => {
  const { root, content } = writeArchive(baseFiles());
  const out = path.join(tmp(), 'dist');
  let good: Record<string, string>;

  beforeAll(() => {
    const r = runBuild(out, content);
    expect(r.status, r.stderr).toBe(0);
    expect(leftovers(out)).toEqual([]);
    good = fingerprint(out);
  }, 120_000);

  it('when the content check fails, with the same report as `npm run check`', () => {
    const bad = writeArchive(
      edit(baseFiles(), {
        'outcomes/2023/sva-merged.yaml': baseFiles()['outcomes/2023/sva-merged.yaml']!.replace(
          'status: merged',
          'status: landed',
        ),
      }),
    );
    const r = runBuild(out, bad.content);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(formatErrors(checkContent(PROJECT, bad.content)));
    expect(r.stderr).toContain('was left as it was');
    expect(r.stderr).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m); // no stack trace
    // Astro runs beside the check; none of what it said reaches the reader.
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/\[(build|content|types|vite|ERROR)\]|Error:/);
    expect(fingerprint(out)).toEqual(good);
    expect(leftovers(out)).toEqual([]);
  }, 60_000);

  it('when a later step fails (a broken link found after rendering)', () => {
    const bad = writeArchive(
      edit(baseFiles(), {
        'topics/cxl.mdx': baseFiles()['topics/cxl.mdx']!.replace(
          'Some prose',
          'See [the missing page](/nowhere/)',
        ),
      }),
    );
    expect(checkContent(bad.root, bad.content)).toEqual([]);
    const r = runBuild(out, bad.content);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\/topics\/cxl\/: Link to a page that does not exist: \/nowhere\//);
    expect(fingerprint(out)).toEqual(good);
    expect(leftovers(out)).toEqual([]);
  }, 120_000);

  it('a good build replaces it, keeping only the one site it replaced beside it', () => {
    const retitled = (title: string) =>
      writeArchive(
        edit(baseFiles(), {
          'topics/cxl.mdx': baseFiles()['topics/cxl.mdx']!.replace('Some prose', title),
        }),
      ).content;
    expect(runBuild(out, retitled('First rebuild')).status).toBe(0);
    const first = fingerprint(out);
    expect(first).not.toEqual(good);
    expect(fingerprint(`${out}.previous`)).toEqual(good);
    expect(leftovers(out)).toEqual(['dist.previous']);
    const r = runBuild(out, retitled('Second rebuild'));
    expect(r.status, r.stderr).toBe(0);
    expect(fingerprint(`${out}.previous`)).toEqual(first);
    expect(leftovers(out)).toEqual(['dist.previous']);
  }, 120_000);

  it('and the fixture root is untouched by the build', () => {
    expect(existsSync(path.join(root, 'dist'))).toBe(false);
  });
});

describe('same input, same bytes', () => {
  it('two builds of the real content are byte-identical, search index included', () => {
    const a = path.join(tmp(), 'dist');
    const b = path.join(tmp(), 'dist');
    expect(runBuild(a).status).toBe(0);
    expect(runBuild(b).status).toBe(0);
    const fa = fingerprint(a);
    const fb = fingerprint(b);
    expect(Object.keys(fa).length).toBeGreaterThan(300);
    const differ = Object.keys({ ...fa, ...fb }).filter((f) => fa[f] !== fb[f]);
    expect(differ).toEqual([]);
  }, 180_000);
});

describe('hostile strings stay text', () => {
  const long = `Long ${'title '.repeat(1700)}end`;
  const sva = baseFiles()['sessions/2023/sva-update.yaml']!;
  const files = edit(baseFiles(), {
    'sessions/2023/sva-update.yaml': sva
      .replace('title: SVA update', `title: "SVA </script><script>alert('t')</script> update"`)
      .replace(
        'summary: Where SVA stands.',
        `summary: "<img src=x onerror=alert('s')> Where {SVA} stands &amp; more"`,
      ),
    'sessions/2024/bandwidth.yaml': baseFiles()['sessions/2024/bandwidth.yaml']!.replace(
      'title: Link bandwidth',
      `title: "${long}"`,
    ),
    'people/alex-williamson.yaml': `name: "Alex <b onmouseover=alert('p')>Williamson</b>"\n`,
    'topics/cxl.mdx': baseFiles()['topics/cxl.mdx']!.replace(
      'Some prose',
      'A literal \\{ brace and &lt;img onerror&gt; in prose',
    ),
  });
  const out = path.join(tmp(), 'dist');
  let browser: Browser | undefined;

  beforeAll(() => {
    const { content } = writeArchive(files);
    const r = runBuild(out, content);
    expect(r.status, r.stderr).toBe(0);
  }, 120_000);
  afterAll(async () => browser?.close());

  const pages = () =>
    globSync('**/*.html', { cwd: out }).map((f) => ({ f, html: readFileSync(path.join(out, f), 'utf8') }));

  it('no page gains an element or attribute from content', () => {
    for (const { f, html } of pages()) {
      const doc = parse(html);
      expect.soft(doc.querySelectorAll('[onerror], [onmouseover]').length, f).toBe(0);
      expect.soft(doc.querySelectorAll('b').length, f).toBe(0);
      for (const s of doc.querySelectorAll('script:not([type="application/ld+json"])'))
        expect.soft(s.text, f).not.toContain('alert(');
      // Structured data may quote the title, but can never close its element.
      for (const s of doc.querySelectorAll('script[type="application/ld+json"]'))
        expect.soft(s.text, f).not.toContain('<');
    }
  });

  it('titles, meta tags and text show the strings literally', () => {
    const session = parse(readFileSync(path.join(out, 'years/2023/sva-update/index.html'), 'utf8'));
    expect(session.querySelector('h1')!.text).toBe("SVA </script><script>alert('t')</script> update");
    expect(session.querySelector('title')!.text).toContain("</script><script>alert('t')</script>");
    expect(session.querySelector('meta[name="description"]')!.getAttribute('content')).toBe(
      "<img src=x onerror=alert('s')> Where {SVA} stands &amp; more",
    );
    expect(session.querySelector('meta[property="og:title"]')!.getAttribute('content')).toContain(
      '</script>',
    );
    const topic = parse(readFileSync(path.join(out, 'topics/cxl/index.html'), 'utf8'));
    expect(topic.querySelector('article')!.text).toContain('A literal { brace and <img onerror> in prose');
  });

  it('a 10,000-character title renders whole', () => {
    const page = parse(readFileSync(path.join(out, 'years/2024/bandwidth/index.html'), 'utf8'));
    expect(page.querySelector('h1')!.text).toBe(long);
  });

  it('non-ASCII names render and sort as a reader expects', () => {
    const people = parse(readFileSync(path.join(out, 'people/index.html'), 'utf8'));
    const names = people.querySelectorAll('.people a').map((a) => a.text);
    expect(names.slice(1)).toEqual(['Ilpo Järvinen', 'Jörg Rödel', 'Krzysztof Wilczyński']);
  });

  it('search results show the strings as text and run nothing', async () => {
    const server = await serveDist(out);
    try {
      browser = await launchChromium();
      const page = await (await browser.newContext()).newPage();
      const dialogs: string[] = [];
      page.on('dialog', async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
      await page.goto(`${server.origin}/search/?q=${encodeURIComponent('SVA update')}`);
      await page.locator('.result-title a').first().waitFor();
      expect(await page.locator('.result-title a').allInnerTexts()).toContain(
        "SVA </script><script>alert('t')</script> update",
      );
      await page.goto(`${server.origin}/search/?q=onerror`);
      await page.locator('.result').first().waitFor();
      expect(await page.locator('.result img').count()).toBe(0);
      expect(dialogs).toEqual([]);
    } finally {
      await server.close();
    }
  }, 60_000);
});

describe('safe by construction', () => {
  const out = path.join(tmp(), 'dist');
  beforeAll(() => expect(runBuild(out, writeArchive(baseFiles()).content).status).toBe(0), 120_000);

  it('every page has a Content-Security-Policy without unsafe-inline, with a hash for each inline script', () => {
    for (const f of globSync('**/*.html', { cwd: out })) {
      const doc = parse(readFileSync(path.join(out, f), 'utf8'));
      const csp =
        doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
      expect.soft(csp, f).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      expect.soft(csp, f).not.toContain('unsafe-inline');
      expect
        .soft(csp.match(/'sha256-/g)?.length, f)
        .toBe(doc.querySelectorAll('script:not([type="application/ld+json"])').length);
    }
    expect(readFileSync(path.join(out, '_headers'), 'utf8')).toMatch(
      /Content-Security-Policy: default-src 'self'.*frame-ancestors 'none'/,
    );
  });

  it('recordings are links that leave with no referrer; nothing is embedded', () => {
    for (const f of globSync('**/*.html', { cwd: out })) {
      const doc = parse(readFileSync(path.join(out, f), 'utf8'));
      expect.soft(doc.querySelectorAll('iframe, embed, object, video, audio').length, f).toBe(0);
      for (const a of doc.querySelectorAll('a[href^="http"]'))
        expect.soft(a.getAttribute('rel'), `${f} ${a.getAttribute('href')}`).toBe('noopener noreferrer');
    }
  });
});

describe('the build reuses parsed content only while the schemas and loaders are unchanged', () => {
  // A project copy of its own: the test edits a schema, which must never touch the real src/.
  const project = mkdtempSync(path.join(tmpdir(), 'project-'));
  const { content } = writeArchive(
    edit(baseFiles(), {
      'sessions/2024/notes.md': [
        '---',
        'title: Notes in Markdown',
        'year: 2024',
        'speakers: [alex-williamson]',
        'areas: [vfio]',
        'summary: A session with notes.',
        'source: https://lpc.events/event/18/contributions/4/',
        '---',
        '',
        'The notes link [the thread](https://lore.kernel.org/kvm/t/).',
        '',
      ].join('\n'),
    }),
  );
  const notesPage = (out: string) => readFileSync(path.join(out, 'years/2024/notes/index.html'), 'utf8');
  const build = () => {
    // An output folder whose parent does not exist yet, as the benchmark gives it.
    const out = path.join(tmp(), 'out', 'dist');
    const r = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
      cwd: project,
      env: shellEnv({ CI: '1', CONTENT_DIR: content }),
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(r.status, r.stderr).toBe(0);
    return { out, log: r.stdout };
  };

  beforeAll(() => {
    for (const name of [
      'src',
      'scripts',
      'public',
      'astro.config.mjs',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
    ])
      cpSync(path.join(PROJECT, name), path.join(project, name), { recursive: true });
    // Packages linked one by one: Astro's cache folder inside node_modules stays the copy's own.
    mkdirSync(path.join(project, 'node_modules'));
    for (const name of readdirSync(path.join(PROJECT, 'node_modules')).filter((n) => !n.startsWith('.')))
      symlinkSync(path.join(PROJECT, 'node_modules', name), path.join(project, 'node_modules', name));
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('renders Markdown notes, and an edited session shows after a rebuild that kept the store', () => {
    const first = build();
    expect(first.log).toContain('data store cleared');
    // The benchmark splits our wall time at the search index phase this line reports.
    expect(searchIndexSeconds(first.log)).toBeGreaterThan(0);
    const page = parse(notesPage(first.out));
    expect(page.querySelector('a[href="https://lore.kernel.org/kvm/t/"]')?.getAttribute('rel')).toBe(
      'noopener noreferrer',
    );
    const file = path.join(content, 'sessions/2024/notes.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Notes in Markdown', 'Notes edited'));
    const second = build();
    expect(second.log).toContain('data store kept');
    expect(searchIndexSeconds(second.log)).toBeGreaterThanOrEqual(0);
    expect(parse(notesPage(second.out)).querySelector('h1')?.text).toContain('Notes edited');
  }, 480_000);

  it('a change to a module the content config imports clears the store and shows on every page', () => {
    // Every text field upper-cased by the schema: a change Astro's own check cannot see.
    const schemaFile = importClosure(project, ['src/content.config.ts'])
      .map((f) => path.join(project, f))
      .find((f) => /const text = z\b/.test(readFileSync(f, 'utf8')));
    expect(
      schemaFile,
      'no module declares `const text = z…`: point this test at the text schema',
    ).toBeDefined();
    const source = readFileSync(schemaFile!, 'utf8');
    const changed = source.replace(
      /(const text = z\b[\s\S]*?\))\s*;/,
      '$1.transform((s) => s.toUpperCase());',
    );
    expect(changed).not.toBe(source);
    writeFileSync(schemaFile!, changed);
    const r = build();
    expect(r.log).toContain('data store cleared');
    expect(parse(notesPage(r.out)).querySelector('h1')?.text).toContain('NOTES');
  }, 480_000);
});
