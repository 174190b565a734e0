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
function run(script: 'import' | 'new-year', ...args: string[]) {
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
function snapshot(): Record<string, string> {
  const top = path.join(root, 'content');
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

describe('npm run import', () => {
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
      '    - Confidential Computing MC\n    - Kernel Summit\n  If one of them is the MC under another name, add that name to MC_NAMES in src/lib/import/config.ts',
    );
  });
});

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
