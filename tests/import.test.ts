/**
 * The organiser tools end to end: `scripts/import.ts` and `scripts/new-year.ts` run as an
 * organiser runs them, on a temporary copy of content/, with the fixtures in
 * tests/fixtures/indico/ (invented people and talks in Indico's real export shapes). Ends with
 * one Astro build of the result, so an imported or scaffolded year is known to build.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'astro';
import { checkContent } from '../src/lib/preflight.ts';

const project = path.resolve(import.meta.dirname, '..');
const fixture = (name: string) => path.join(project, 'tests/fixtures/indico', name);
let root: string;

/** Runs one of the scripts in the temporary project; returns its exit code and output. */
const run = (script: 'import' | 'new-year', ...args: string[]) => runIn(root, script, ...args);

function runIn(root: string, script: 'import' | 'new-year', ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, INIT_CWD: root };
  // Each run reads its own cwd's content/, as `npm run` would.
  delete env.CONTENT_DIR;
  try {
    const stdout = execFileSync(process.execPath, [path.join(project, `scripts/${script}.ts`), ...args], {
      cwd: root,
      env,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { code: 0, stdout, stderr: '' };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, stdout: err.stdout, stderr: err.stderr };
  }
}

/** Every file under the temporary content/ with its bytes, to prove a run changed nothing. */
function snapshot(under = path.join(root, 'content')): Record<string, string> {
  const top = under;
  return Object.fromEntries(
    globSync('**/*', { cwd: top, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => {
        const file = path.join(d.parentPath, d.name);
        return [path.relative(top, file), readFileSync(file, 'utf8')];
      }),
  );
}

const read = (rel: string) => readFileSync(path.join(root, 'content', rel), 'utf8');

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'import-'));
  cpSync(path.join(project, 'content'), path.join(root, 'content'), { recursive: true });
  // A person the archive already knows, spelled differently in the export ("Grace P. Placeholder").
  writeFileSync(
    path.join(root, 'content/people/grace-placeholder.yaml'),
    'name: "Grace Placeholder"\nvariants:\n  - "Grace P. Placeholder"\n',
  );
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run import', { timeout: 120_000 }, () => {
  it('imports the MC talks of an Indico export into valid records, creating the year and new people', () => {
    const { code, stdout } = run('import', fixture('event-contributions.json'));
    expect(code).toBe(0);
    expect(stdout).toContain('into 2030:\n  Year created: content/years/2030.mdx (in preparation)');
    expect(stdout).toContain('  Added: 5\n');
    expect(stdout).toContain('"Lightning round": it has no description');
    expect(stdout).toContain('Content check: no errors.');
    // Other MCs and tracks stay out.
    expect(stdout).not.toMatch(/TDISP|Maintainer workflows/);
    expect(checkContent(root)).toEqual([]);

    const session = read('sessions/2030/iommufd-dirty-tracking-for-live-migration.yaml');
    expect(session).toContain('title: "IOMMUFD: dirty tracking for live migration"');
    expect(session).toContain('start: "2030-11-14T14:00"'); // 19:00 UTC in the export, New York time here
    expect(session).toContain(
      'slidesUrl: "https://indico.example.org/event/917/contributions/9101/attachments/11/111/iommufd-dirty.pdf"',
    );
    expect(session).not.toMatch(/script|onerror|javascript|attacker|notes\.pdf/);
    // Known people are found by a variant spelling; new ones are named "First Last".
    expect(read('sessions/2030/posted-interrupts-for-assigned-devices.yaml')).toContain(
      '  - "zoe-exampleton"\n  - "grace-placeholder"\n',
    );
    expect(read('people/zoe-exampleton.yaml')).toBe(
      'name: "Zoë Exampleton"\naffiliations:\n  - "Example Systems"\n',
    );
    expect(existsSync(path.join(root, 'content/people/grace-p-placeholder.yaml'))).toBe(false);
  });

  it('changes nothing when the same export, or its detail=sessions variant, is imported again', () => {
    const before = snapshot();
    const again = run('import', fixture('event-contributions.json'));
    expect(again.stdout).toContain('  Added: 0\n  Updated: 0\n  Unchanged: 5\n');
    const sessions = run('import', fixture('event-sessions.json'));
    expect(sessions.code).toBe(0);
    expect(sessions.stdout).toContain('  Added: 0\n  Updated: 0\n  Unchanged: 4\n');
    expect(snapshot()).toEqual(before);
  });

  it('only says what it would do with --dry-run', () => {
    const before = snapshot();
    const { code, stdout } = run('import', fixture('event-contributions.json'), '--dry-run');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Would import .*event-contributions\.json/);
    expect(stdout).not.toContain('Content check');
    expect(snapshot()).toEqual(before);
  });

  it('keeps a field an editor changed, and reports it as a conflict', () => {
    const rel = 'sessions/2030/sub-function-assignment-with-vfio-user.yaml';
    const edited = read(rel).replace('room: "Exampleton Hall B"', 'room: "Hall B, by the window"');
    writeFileSync(path.join(root, 'content', rel), edited);
    const { code, stdout } = run('import', fixture('event-contributions.json'));
    expect(code).toBe(0);
    expect(stdout).toContain(
      `content/${rel} room: yours "Hall B, by the window", imported "Exampleton Hall B"`,
    );
    expect(read(rel)).toBe(edited);
  });

  it('never writes personal fields from the export', () => {
    const personal = [
      'zoe.exampleton@example.org',
      'grace.placeholder@example.org',
      'organiser@example.org',
      '0f1e2d3c4b5a69788796a5b4c3d2e1f0',
      '1 Example Street',
      '2 Placeholder Road',
      '+00 0000 000000',
      '1 Example Plaza',
    ];
    // The fixtures do carry them, so this test can fail.
    const exported =
      readFileSync(fixture('event-contributions.json'), 'utf8') +
      readFileSync(fixture('event-sessions.json'), 'utf8');
    for (const p of personal) expect(exported).toContain(p);
    const written = Object.values(snapshot()).join('\n');
    for (const p of personal) expect(written).not.toContain(p);
    expect(written).not.toMatch(/^\s*(email|emailHash|address|phone|affiliation_link):/m);
  });

  it('imports an iCalendar file, with times from its zones and a year of its own', () => {
    const { code, stdout } = run('import', fixture('mc-calendar.ics'));
    expect(code).toBe(0);
    expect(stdout).toContain('(iCalendar file) into 2029:');
    expect(stdout).toContain('  Added: 3\n');
    expect(stdout).toContain('"VFIO/IOMMU/PCI MC": a session block or event entry, not a talk');
    expect(stdout).not.toContain('XDP on PCIe NICs');
    expect(read('sessions/2029/aspm-l1-substates-that-work.yaml')).toContain('start: "2029-09-18T10:35"'); // 09:35Z in Lisbon summer time
    expect(read('sessions/2029/open-discussion-what-next-for-pci-hotplug.yaml')).toContain(
      'key: "mc-2029-open-discussion@mc.example.org"',
    );
    expect(read('years/2029.mdx')).toContain('  timeZone: "Europe/Lisbon"\n');
    const before = snapshot();
    expect(run('import', fixture('mc-calendar.ics')).stdout).toContain(
      '  Added: 0\n  Updated: 0\n  Unchanged: 3\n',
    );
    expect(snapshot()).toEqual(before);
    expect(checkContent(root)).toEqual([]);
  });

  it.each([
    ['broken.json', 'The file is not valid JSON'],
    ['foreign.json', 'The file is JSON but not an Indico export'],
    ['no-mc.json', 'No session of the VFIO/IOMMU/PCI MC found'],
    ['missing.json', 'The file cannot be read: there is no such file.'],
  ])('refuses %s with a message that names the file and what to do', (name, message) => {
    const before = snapshot();
    const { code, stderr } = run('import', fixture(name));
    expect(code).toBe(1);
    expect(stderr).toContain(`Could not import ${fixture(name)}:\n  ${message}`);
    expect(snapshot()).toEqual(before);
  });

  it('lists the session and track names it saw when the MC is not among them', () => {
    const { stderr } = run('import', fixture('no-mc.json'));
    expect(stderr).toContain(
      '    - Confidential Computing MC\n    - Kernel Summit\n  If one of them is the MC under another name, add that name to `names` in content/mc.yaml (or pass --mc-name "<name>" for this run) and import again.',
    );
  });
});

/**
 * A year whose sessions were partly written by hand (tests/fixtures/indico/hand-written-2026/),
 * then imported from each format an organiser downloads: Indico's JSON, the MC's calendar as a
 * schedule generator writes it ("LPC 2026: VFIO/IOMMU/PCI MC"), and YouTube's listings.
 */
// Each run is a separate Node process on a shared machine: a few seconds each, several per test.
describe(
  'npm run import on a year with hand-written records, from every format',
  { timeout: 240_000 },
  () => {
    const fixtures = path.join(project, 'tests/fixtures');
    const json = path.join(fixtures, 'indico/event-2026.json');
    const ics = path.join(fixtures, 'ical/lpc-2026-mc.ics');
    const atom = path.join(fixtures, 'youtube/lpc-2026-playlist.xml');
    const ytdlp = path.join(fixtures, 'youtube/lpc-2026-playlist.json');
    const handWritten = path.join(fixtures, 'indico/hand-written-2026');
    const roots: string[] = [];
    /** A fresh copy of content/ whose 2026 is the hand-written one, with the fixtures' hosts as aliases. */
    function yearWithHandWrittenRecords(): string {
      const r = mkdtempSync(path.join(tmpdir(), 'import-2026-'));
      roots.push(r);
      cpSync(path.join(project, 'content'), path.join(r, 'content'), { recursive: true });
      for (const gone of ['sessions/2026', 'recordings/2026', 'years/2026.mdx'])
        rmSync(path.join(r, 'content', gone), { recursive: true, force: true });
      cpSync(handWritten, path.join(r, 'content'), { recursive: true });
      const mc = path.join(r, 'content/mc.yaml');
      writeFileSync(
        mc,
        readFileSync(mc, 'utf8').replace(
          'hosts:\n',
          'hosts:\n  - "indico.example.org"\n  - "plumbers.example.org"\n',
        ),
      );
      return r;
    }
    const at = (r: string, rel: string) => readFileSync(path.join(r, 'content', rel), 'utf8');
    const files = (r: string, dir: string) => globSync('*', { cwd: path.join(r, 'content', dir) }).sort();
    let a: string;
    let b: string;
    beforeAll(() => {
      a = yearWithHandWrittenRecords();
      b = yearWithHandWrittenRecords();
    });
    afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

    it('matches hand-written records by URL alias or title, fills them, keeps every hand-written line', () => {
      const { code, stdout } = runIn(a, 'import', json);
      expect(code).toBe(0);
      expect(stdout).toContain('  Added: 3\n');
      expect(stdout).toContain(
        '    content/sessions/2026/iommufd-nesting.yaml (speakers, topics, start, durationMinutes, room, abstract, imported)\n',
      );
      expect(stdout).toContain('content/sessions/2026/dirty-tracking.yaml (speakers, topics, start');
      expect(stdout).toContain(
        'content/sessions/2026/iommufd-nesting.yaml title: yours "IOMMUFD: Next steps for nesting", imported "IOMMUFD: next steps for nesting"',
      );
      expect(stdout).toContain('Content check: no errors.');
      // One record per talk: the two hand-written ones were found, not duplicated.
      expect(files(a, 'sessions/2026')).toHaveLength(5);
      for (const name of ['iommufd-nesting.yaml', 'dirty-tracking.yaml']) {
        const before = readFileSync(path.join(handWritten, 'sessions/2026', name), 'utf8').split('\n');
        const after = at(a, `sessions/2026/${name}`).split('\n');
        // Every hand-written line is still there, in its order; the import only added lines.
        let i = 0;
        for (const line of after) if (line === before[i]) i++;
        expect(i).toBe(before.length);
      }
      const nesting = at(a, 'sessions/2026/iommufd-nesting.yaml');
      expect(nesting).toContain('  vIOMMU still needs: a summary wrapped by hand.\n');
      expect(nesting).toContain(
        'slidesUrl: https://plumbers.example.org/event/920/contributions/9301/attachments/41/411/iommufd-nesting-next-steps-for-the-viommu-and-the-vmm-final.pdf\n',
      );
      expect(nesting).not.toContain('contributionUrl: "https://indico.example.org');
      expect(at(a, 'sessions/2026/dirty-tracking.yaml')).toContain(
        'contributionUrl: "https://indico.example.org/event/920/contributions/9302/"',
      );
    });

    it('turns a YouTube link attached in Indico into a recording, and keeps the other links', () => {
      expect(at(a, 'recordings/2026/pci-resource-allocation-hotplug.yaml')).toBe(
        [
          'title: "Video: PCI resource allocation & hotplug"',
          'year: 2026',
          'kind: "video"',
          'url: "https://www.youtube.com/watch?v=Res-2026-03"',
          'session: "2026/pci-resource-allocation-hotplug"',
          'source: "https://indico.example.org/event/920/contributions/9303/"',
          'thumbnailUrl: "https://i.ytimg.com/vi/Res-2026-03/hqdefault.jpg"',
          '',
        ].join('\n'),
      );
      const session = at(a, 'sessions/2026/pci-resource-allocation-hotplug.yaml');
      expect(session).toContain(
        'slidesUrl: https://indico.example.org/event/920/contributions/9303/attachments/31/311/resource-allocation.pdf\n',
      );
      expect(session).toContain('url: "https://docs.example.org/pci-resources/"');
      expect(session).not.toMatch(/youtu|script|onerror/);
    });

    it('gives one record per talk whether the .ics or the JSON comes first', () => {
      const second = runIn(a, 'import', ics);
      expect(second.code).toBe(0);
      expect(second.stdout).toContain(
        '(iCalendar file) into 2026:\n  Added: 0\n  Updated: 0\n  Unchanged: 5\n',
      );
      const first = runIn(b, 'import', ics);
      expect(first.code).toBe(0);
      expect(first.stdout).toContain('  Added: 3\n');
      expect(runIn(b, 'import', json).stdout).toContain('  Added: 0\n');
      expect(files(b, 'sessions/2026')).toEqual(files(a, 'sessions/2026'));
      expect(snapshot(path.join(b, 'content/sessions/2026'))).toEqual(
        snapshot(path.join(a, 'content/sessions/2026')),
      );
    });

    it('links the videos of a playlist feed to their sessions, skipping other MCs, and changes nothing the second time', () => {
      const { code, stdout } = runIn(a, 'import', atom);
      expect(code).toBe(0);
      expect(stdout).toContain(
        [
          '(YouTube playlist feed) into 2026:',
          '  Recordings added: 3',
          '    content/recordings/2026/iommufd-nesting.yaml',
          '    content/recordings/2026/dirty-tracking.yaml',
          '    content/recordings/2026/posted-msi-for-assigned-devices.yaml',
          '  Recordings updated: 1',
          '    content/recordings/2026/pci-resource-allocation-hotplug.yaml (published)',
          '  Recordings unchanged: 0',
          '  Skipped: 3',
          '    "LPC 2026 | Confidential Computing MC | TDISP in confidential guests": a talk of Confidential Computing MC',
          '    "LPC 2026 | Rust MC | Rust for PCI drivers": a talk of Rust MC',
          '    "LPC 2026 | Kernel Summit | Maintainers summit recap": a talk of Kernel Summit',
          '  Ambiguous (not written): 0',
          '  Sessions without a video: 1',
          '    2026/cxl-type-2-devices-and-vfio',
          // The thumbnail derived for Indico's link and the feed's agree: no conflict.
          '  Conflicts (your value kept): 0',
        ].join('\n'),
      );
      // The "IOMMUFD: next steps for dirty..." title was cut short; the thumbnail and date are the feed's.
      expect(at(a, 'recordings/2026/dirty-tracking.yaml')).toBe(
        [
          'title: "Video: IOMMUFD: next steps for dirty tracking"',
          'year: 2026',
          'kind: "video"',
          'url: "https://www.youtube.com/watch?v=Drt-2026-02"',
          'session: "2026/dirty-tracking"',
          'source: "https://www.youtube.com/playlist?list=PLexampleLPC2026all"',
          'thumbnailUrl: "https://i.ytimg.com/vi/Drt-2026-02/hqdefault.jpg"',
          'published: "2026-11-21"',
          '',
        ].join('\n'),
      );
      expect(checkContent(a)).toEqual([]);
      const before = snapshot(path.join(a, 'content'));
      expect(runIn(a, 'import', atom).stdout).toContain(
        '  Recordings added: 0\n  Recordings updated: 0\n  Recordings unchanged: 4\n',
      );
      expect(runIn(a, 'import', ytdlp).stdout).toContain(
        '  Recordings added: 0\n  Recordings updated: 0\n  Recordings unchanged: 4\n',
      );
      expect(snapshot(path.join(a, 'content'))).toEqual(before);
    });

    it("reads yt-dlp's JSON: speakers break a tie, an ambiguous video is reported until one line settles it", () => {
      const first = runIn(b, 'import', ytdlp);
      expect(first.code).toBe(0);
      expect(first.stdout).toContain(
        '(yt-dlp playlist JSON) into 2026:\n  Recordings added: 2\n    content/recordings/2026/iommufd-nesting.yaml\n',
      );
      expect(first.stdout).toContain(
        '  Ambiguous (not written): 1\n    "LPC 2026 | VFIO/IOMMU/PCI MC | IOMMUFD: next steps..." (Drt-2026-02) could record 2026/dirty-tracking or 2026/iommufd-nesting\n',
      );
      expect(first.stdout).toContain(
        'Settle each ambiguous video with one line under `videos` in content/mc.yaml',
      );
      expect(existsSync(path.join(b, 'content/recordings/2026/dirty-tracking.yaml'))).toBe(false);
      // yt-dlp's thumbnails lose their size query; a flat listing has no date.
      expect(at(b, 'recordings/2026/iommufd-nesting.yaml')).toContain(
        'thumbnailUrl: "https://i.ytimg.com/vi/Nst-2026-01/hqdefault.jpg"\n',
      );
      expect(at(b, 'recordings/2026/iommufd-nesting.yaml')).not.toContain('published');

      const dry = runIn(b, 'import', ytdlp, '--video', 'Drt-2026-02=2026/dirty-tracking', '--dry-run');
      expect(dry.stdout).toContain('Would import');
      expect(dry.stdout).toContain(
        '  Recordings added: 1\n    content/recordings/2026/dirty-tracking.yaml\n',
      );
      expect(existsSync(path.join(b, 'content/recordings/2026/dirty-tracking.yaml'))).toBe(false);

      const mc = path.join(b, 'content/mc.yaml');
      writeFileSync(
        mc,
        readFileSync(mc, 'utf8').replace('videos: {}', 'videos:\n  Drt-2026-02: "2026/dirty-tracking"'),
      );
      const settled = runIn(b, 'import', ytdlp);
      expect(settled.stdout).toContain(
        '  Recordings added: 1\n    content/recordings/2026/dirty-tracking.yaml\n',
      );
      expect(settled.stdout).toContain('  Ambiguous (not written): 0\n');
      expect(checkContent(b)).toEqual([]);
      const before = snapshot(path.join(b, 'content'));
      expect(runIn(b, 'import', ytdlp).stdout).toContain('  Recordings added: 0\n  Recordings updated: 0\n');
      expect(snapshot(path.join(b, 'content'))).toEqual(before);
    });

    it('writes no personal field and no unsafe markup from any format', () => {
      const exported = [json, ics, atom, ytdlp].map((f) => readFileSync(f, 'utf8')).join('\n');
      const personal = [
        'ada.example@example.org',
        'a1b2c3d4e5f60718293a4b5c6d7e8f90',
        '3 Example Square',
        '"view_count"',
        'views="345"',
      ];
      for (const p of personal) expect(exported).toContain(p);
      for (const r of [a, b]) {
        const written = Object.values(snapshot(path.join(r, 'content'))).join('\n');
        for (const p of ['ada.example@example.org', 'a1b2c3d4e5f60718293a4b5c6d7e8f90', '3 Example Square'])
          expect(written).not.toContain(p);
        expect(written).not.toMatch(/^\s*(email|emailHash|address|views?|view_count|uploader\w*):/m);
        expect(written).not.toMatch(/<script|onerror=|steal\(\)/);
      }
    });

    it.each([
      ['youtube/saved-playlist-page.html', [], 'The file is a web page (HTML), not an export'],
      [
        'youtube/unrelated-channel.xml',
        [],
        'No video in the channel feed matches a session of 2026. It lists:\n    - Scheduler deep dive: EEVDF in practice\n',
      ],
      ['youtube/truncated-feed.xml', [], 'The file is XML but cut short: it ends before </feed>'],
      ['youtube/truncated-playlist.json', [], 'The file is not valid JSON'],
      [
        'youtube/lpc-2025-playlist.xml',
        ['--year', '2026'],
        'The playlist is of another year (its titles say LPC 2025), but --year says 2026',
      ],
    ])('refuses %s, saying what to download instead, and writes nothing', (name, args, message) => {
      const before = snapshot(path.join(a, 'content'));
      const file = path.join(fixtures, name);
      const { code, stderr } = runIn(a, 'import', file, ...args);
      expect(code).toBe(1);
      expect(stderr).toContain(`Could not import ${file}:\n  ${message}`);
      expect(stderr).toMatch(/feeds\/videos\.xml\?playlist_id=|Download it again|playlist of 2026/);
      expect(snapshot(path.join(a, 'content'))).toEqual(before);
    });

    it('takes an MC name for one run with --mc-name, without touching content/mc.yaml', () => {
      const before = snapshot(path.join(a, 'content'));
      const { code, stdout } = runIn(
        a,
        'import',
        fixture('no-mc.json'),
        '--mc-name',
        'Kernel Summit',
        '--dry-run',
      );
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Would import .*no-mc\.json .* into 2030:/);
      expect(stdout).toMatch(/ {2}Added: [1-9]/);
      expect(snapshot(path.join(a, 'content'))).toEqual(before);
    });
  },
);

describe('npm run new-year', () => {
  it('scaffolds a year that validates, with empty folders and the next steps', () => {
    const { code, stdout } = run('new-year', '2031');
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Created content/years/2031.mdx (in preparation) and the folders content/sessions/2031/ and content/outcomes/2031/.',
    );
    expect(stdout).toContain('npm run import -- <file> --year 2031');
    expect(read('years/2031.mdx')).toContain('inPreparation: true');
    expect(existsSync(path.join(root, 'content/sessions/2031'))).toBe(true);
    expect(checkContent(root)).toEqual([]);
  });

  it('refuses a year that exists', () => {
    const before = read('years/2023.mdx');
    const { code, stderr } = run('new-year', '2023');
    expect(code).toBe(1);
    expect(stderr).toContain('content/years/2023.mdx already exists: edit it instead.');
    expect(read('years/2023.mdx')).toBe(before);
  });

  it('refuses something that is not a year of the MC', () => {
    expect(run('new-year', '1999').code).toBe(2);
    expect(run('new-year', 'next').stderr).toContain('Usage: npm run new-year -- <year>');
  });
});

describe('the imported and scaffolded years', () => {
  it('build, with sanitised abstracts on the session pages', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'import-build-'));
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'import-cache-'));
    const saved = { CONTENT_DIR: process.env.CONTENT_DIR, BASE_URL: process.env.BASE_URL };
    // The build writes the project's .astro/ (content-modules.mjs lists the entries' files): put
    // it back afterwards so it does not point into a deleted temporary folder.
    const dotAstro = path.join(project, '.astro');
    const generated = globSync('*', { cwd: dotAstro, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => [d.name, readFileSync(path.join(dotAstro, d.name))] as const);
    process.env.CONTENT_DIR = path.join(root, 'content');
    // Vitest sets BASE_URL, which Astro would take as the site's base.
    delete process.env.BASE_URL;
    try {
      await build({ root: project, outDir, cacheDir, logLevel: 'error' });
      const page = readFileSync(
        path.join(outDir, 'years/2030/iommufd-dirty-tracking-for-live-migration/index.html'),
        'utf8',
      );
      expect(page).toContain('IOMMUFD: dirty tracking for live migration');
      expect(page).toContain('Zoë Exampleton');
      expect(page).not.toMatch(/attacker\.example\.org|onerror|javascript:alert/);
      expect(readFileSync(path.join(outDir, 'years/2031/index.html'), 'utf8')).toContain('In preparation');
      expect(existsSync(path.join(outDir, 'years/2029/aspm-l1-substates-that-work/index.html'))).toBe(true);
    } finally {
      for (const [k, v] of Object.entries(saved))
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      for (const [name, bytes] of generated) writeFileSync(path.join(dotAstro, name), bytes);
      rmSync(outDir, { recursive: true, force: true });
      rmSync(cacheDir, { recursive: true, force: true });
    }
  }, 120_000);
});
