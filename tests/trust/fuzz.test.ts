/**
 * Fuzzing the content check: valid content mutated at random (fields dropped or retyped, files
 * truncated, odd Unicode injected, references swapped) must either pass or fail with messages
 * naming a file, never with an exception. FUZZ_RUNS sets the number of mutations (300 in CI);
 * FUZZ_SEED replays a run. A few mutations also go through the full build, which must report
 * the same errors and leave the output folder as it was. The classes of content from strangers
 * (symbolic links, encodings, look-alike names, wrong top-level types) each run
 * FUZZ_CLASS_RUNS cases (60 in CI) against the answer they must get, with no leak of a file
 * outside the content folder and a fix for every error.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkContent } from '../../src/lib/preflight.ts';
import { formatErrors } from '../../src/lib/validate.ts';
import { baseFiles, writeArchive, type Files } from './fixture.ts';
import { fingerprint, PROJECT, runBuild } from './build.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20261124);

/** mulberry32: small, fast and repeatable from its seed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ODD = [
  '\u202E',
  '\u2066',
  '\u200B',
  '\u0000',
  '\uFEFF',
  '\u0301\u0301\u0301',
  '😀',
  '\uD800',
  '{',
  '}',
  '<',
  '</script>',
  '"',
  "'",
  ':',
  '#',
  '\n---\n',
  '\t',
  '%',
  '\\',
];
const VALUES: unknown[] = [
  null,
  0,
  -1,
  2016,
  99999,
  3.5,
  true,
  '',
  ' ',
  'x',
  [],
  {},
  ['a'],
  { a: 1 },
  'javascript:alert(1)',
  'https://tracker.example/x',
  '2023-02-30',
];

type Mutation = { name: string; apply(files: Files, r: () => number): Files };

const pick = <T>(xs: readonly T[], r: () => number): T => xs[Math.floor(r() * xs.length)]!;

/** Splits an MDX file into front matter and body, or treats the whole file as YAML. */
function split(text: string): { front: string; body?: string } {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  return m ? { front: m[1]!, body: m[2]! } : { front: text };
}
const join = (front: string, body?: string) => (body === undefined ? front : `---\n${front}---\n${body}`);

function mutateData(
  files: Files,
  r: () => number,
  change: (data: Record<string, unknown>, r: () => number) => void,
): Files {
  const file = pick(Object.keys(files), r);
  const { front, body } = split(files[file]!);
  let data: Record<string, unknown>;
  try {
    data = (parse(front) ?? {}) as Record<string, unknown>;
  } catch {
    return files; // an earlier mutation already broke this file's YAML
  }
  if (typeof data !== 'object' || data === null) return files;
  change(data, r);
  return { ...files, [file]: join(stringify(data), body) };
}

const MUTATIONS: Mutation[] = [
  { name: 'drop a field', apply: (f, r) => mutateData(f, r, (d) => void delete d[pick(Object.keys(d), r)]) },
  {
    name: 'retype a field',
    apply: (f, r) => mutateData(f, r, (d) => (d[pick(Object.keys(d), r)] = pick(VALUES, r))),
  },
  {
    name: 'retype a nested field',
    apply: (f, r) =>
      mutateData(f, r, (d) => {
        const obj = Object.values(d).find((v) => v && typeof v === 'object' && !Array.isArray(v)) as
          Record<string, unknown> | undefined;
        if (obj) obj[pick(Object.keys(obj), r) ?? 'x'] = pick(VALUES, r);
      }),
  },
  {
    name: 'truncate a file',
    apply: (f, r) => {
      const file = pick(Object.keys(f), r);
      return { ...f, [file]: f[file]!.slice(0, Math.floor(r() * f[file]!.length)) };
    },
  },
  {
    name: 'inject odd Unicode',
    apply: (f, r) => {
      const file = pick(Object.keys(f), r);
      const t = f[file]!;
      const at = Math.floor(r() * t.length);
      return { ...f, [file]: t.slice(0, at) + pick(ODD, r) + t.slice(at) };
    },
  },
  {
    name: 'swap a reference',
    apply: (f, r) => {
      const ids = [
        'sva',
        'cxl',
        'pci',
        'joerg-roedel',
        '2023/sva-update',
        '2023',
        '2024',
        'nobody',
        '2019/ghost',
      ];
      const refs = /(topics: \[|speakers: \[|session: |year: |areas: \[|leads: \[)([a-z0-9/-]+)/g;
      const file = pick(
        Object.keys(f).filter((k) => refs.test(f[k]!)),
        r,
      );
      refs.lastIndex = 0;
      return {
        ...f,
        [file]: f[file]!.replace(refs, (m, key: string) => (r() < 0.5 ? m : `${key}${pick(ids, r)}`)),
      };
    },
  },
  {
    name: 'move a file to another folder',
    apply: (f, r) => {
      const file = pick(Object.keys(f), r);
      const { [file]: text, ...rest } = f;
      return {
        ...rest,
        [file.replace(/^[a-z]+\//, pick(['sessions/2024/', 'outcomes/', 'people/', 'years/', 'misc/'], r))]:
          text!,
      };
    },
  },
];

function mutate(r: () => number): { files: Files; steps: string[] } {
  let files = baseFiles();
  const steps: string[] = [];
  for (let i = 0, n = 1 + Math.floor(r() * 3); i < n; i++) {
    const m = pick(MUTATIONS, r);
    files = m.apply(files, r);
    steps.push(m.name);
  }
  return { files, steps };
}

describe('fuzzing the content check', () => {
  it(`${RUNS} random mutations each pass or fail with file-naming messages, never an exception`, () => {
    const r = rng(SEED);
    const found = new Map<string, number>();
    let failed = 0;
    for (let i = 0; i < RUNS; i++) {
      const { files, steps } = mutate(r);
      const { root, content } = writeArchive(files);
      let errors;
      try {
        errors = checkContent(root, content);
      } catch (e) {
        throw new Error(
          `Mutation ${i} (seed ${SEED}: ${steps.join(', ')}) threw instead of reporting: ${(e as Error).stack}`,
          { cause: e },
        );
      }
      if (errors.length) failed++;
      for (const e of errors) {
        expect(e.file, `mutation ${i}`).toMatch(/^content\//);
        expect(e.message.trim(), `mutation ${i}`).not.toBe('');
        expect(e.message, `mutation ${i}`).not.toMatch(/undefined|\[object Object\]|^\s+at /m);
        expect(e.fix?.trim(), `mutation ${i}: ${e.message}`).toBeTruthy();
        const kind = e.message.replace(/"[^"]*"|\d+/g, '…').slice(0, 60);
        found.set(kind, (found.get(kind) ?? 0) + 1);
      }
    }
    console.log(
      `Fuzz (seed ${SEED}): ${RUNS} mutations, ${failed} rejected with messages, ${RUNS - failed} still valid, ${found.size} kinds of message.`,
    );
    expect(failed).toBeGreaterThan(RUNS / 4);
  }, 120_000);

  it('a handful of mutations through the full build report the same errors and leave the output as it was', () => {
    const r = rng(SEED + 1);
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'fuzz-build-')), 'dist');
    expect(runBuild(out, writeArchive(baseFiles()).content).status).toBe(0);
    const good = fingerprint(out);
    let built = 0;
    for (let tries = 0; built < 4 && tries < 50; tries++) {
      const { files, steps } = mutate(r);
      const { content } = writeArchive(files);
      const errors = checkContent(PROJECT, content);
      if (!errors.length) continue; // only mutations the check rejects: a passing one would rightly replace the output
      built++;
      const run = runBuild(out, content);
      expect(run.status, steps.join(', ')).toBe(1);
      expect(run.stderr, steps.join(', ')).toContain(formatErrors(errors));
      expect(fingerprint(out), steps.join(', ')).toEqual(good);
    }
    expect(built).toBe(4);
  }, 180_000);
});

/**
 * Content from strangers: each class mutates the valid fixture in one way a contributor could,
 * on purpose or not. `expect` says what the check must answer; a class never throws.
 */
const SECRET = 'SECRET-7f3a-never-print';
const outside = mkdtempSync(path.join(tmpdir(), 'outside-'));
writeFileSync(path.join(outside, 'passwd'), `root:x:0:0:${SECRET}:/root:/bin/bash\n`);
writeFileSync(path.join(outside, 'person.yaml'), `name: ${SECRET}\n`);
mkdirSync(path.join(outside, '2023'));
writeFileSync(path.join(outside, '2023', 'leak.yaml'), `title: ${SECRET}\n`);

type Prepare = (content: string) => void;
interface StrangerCase {
  files: Files;
  prepare?: Prepare;
  /** What the check must say: some error (with this text) or none at all. */
  expect: { error: RegExp | string } | 'valid';
}

const folders = ['people', 'sessions', 'sessions/2023', 'outcomes/2023', 'recordings', 'topics', 'years'];

const CLASSES: Record<string, (r: () => number) => StrangerCase> = {
  symlinks: (r) => {
    const files = baseFiles();
    const where = pick(folders, r);
    const kind = pick(['file-out', 'dir-out', 'inside', 'dangling', 'replace'] as const, r);
    const name =
      kind === 'replace' ? pick(Object.keys(files), r) : `${where}/linked-${Math.floor(r() * 1e6)}.yaml`;
    if (kind === 'replace') delete files[name];
    const target = {
      'file-out': path.join(outside, pick(['passwd', 'person.yaml'], r)),
      'dir-out': outside,
      inside: '../areas/pci.mdx',
      dangling: path.join(outside, 'missing.yaml'),
      replace: path.join(outside, 'person.yaml'),
    }[kind];
    return {
      files,
      prepare: (content) => {
        mkdirSync(path.dirname(path.join(content, name)), { recursive: true });
        symlinkSync(target, path.join(content, name));
      },
      expect: { error: 'This is a symbolic link to ' },
    };
  },
  encodings: (r) => {
    const files = baseFiles();
    const file = pick(Object.keys(files), r);
    const bad = pick(['ff', 'c3', 'c0af', 'eda080', 'f09f', 'f4908080', 'e282', 'fe'], r);
    const kind = pick(['bad-bytes', 'utf16', 'bom-crlf'] as const, r);
    const text = files[file]!;
    const prepare: Prepare = (content) => {
      const at = Math.floor(r() * text.length);
      const bytes =
        kind === 'bom-crlf'
          ? Buffer.from(`\uFEFF${text.replace(/\n/g, '\r\n')}`)
          : kind === 'utf16'
            ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
            : Buffer.concat([
                Buffer.from(text.slice(0, at)),
                Buffer.from(bad, 'hex'),
                Buffer.from(text.slice(at)),
              ]);
      writeFileSync(path.join(content, file), bytes);
    };
    return {
      files,
      prepare,
      expect: kind === 'bom-crlf' ? 'valid' : { error: /^The file is not UTF-8 text here: the bytes 0x/ },
    };
  },
  'look-alike names': (r) => {
    const files = baseFiles();
    const source = pick(
      ['people/joerg-roedel.yaml', 'people/ilpo-jarvinen.yaml', 'people/krzysztof-wilczynski.yaml'],
      r,
    );
    const name = /^name: (.*)$/m.exec(files[source]!)![1]!;
    const looks = [
      (s: string) => s.normalize('NFD').replace(/\p{M}/gu, ''),
      (s: string) => s.toUpperCase(),
      (s: string) => s.toLowerCase(),
      (s: string) => s.replace(' ', '  '),
      (s: string) => s.replace(' ', '-'),
      (s: string) => ` ${s}.`,
      (s: string) => s.normalize('NFD'),
    ];
    let alike = name;
    for (let i = 0, n = 1 + Math.floor(r() * 3); i < n; i++) alike = pick(looks, r)(alike);
    const asVariant = r() < 0.5;
    files['people/look-alike.yaml'] = asVariant
      ? `name: Someone Else\nvariants: ["${alike}"]\n`
      : `name: "${alike}"\n`;
    return { files, expect: { error: `in content/${source} (names are compared` } };
  },
  'wrong top-level types': (r) => {
    const files = baseFiles();
    const file = pick(Object.keys(files), r);
    const body = pick(
      ['- a\n- b\n', 'just text\n', '42\n', '[1, 2]\n', '- name: X\n', '"quoted"\n', 'true\n'],
      r,
    );
    files[file] = file.endsWith('.mdx') ? `---\n${body}---\n\nProse.\n` : body;
    return { files, expect: { error: /^Expected the file to hold fields \(`\w+: …` and so on\), found / } };
  },
};

describe('fuzzing content from strangers', () => {
  const PER_CLASS = Number(process.env.FUZZ_CLASS_RUNS ?? 60);
  for (const [name, make] of Object.entries(CLASSES)) {
    it(`${name}: ${PER_CLASS} cases each get the answer they should, never an exception or a leak`, () => {
      const r = rng(SEED + name.length);
      let rejected = 0;
      for (let i = 0; i < PER_CLASS; i++) {
        const c = make(r);
        const { root, content } = writeArchive(c.files);
        c.prepare?.(content);
        let errors;
        try {
          errors = checkContent(root, content);
        } catch (e) {
          throw new Error(
            `${name} case ${i} (seed ${SEED}) threw instead of reporting: ${(e as Error).stack}`,
            {
              cause: e,
            },
          );
        }
        const report = formatErrors(errors);
        expect(report, `${name} case ${i}`).not.toContain(SECRET);
        expect(report, `${name} case ${i}`).not.toContain('root:x:0:0');
        for (const e of errors) {
          expect(e.file, `${name} case ${i}`).toMatch(/^content\//);
          expect(e.fix?.trim(), `${name} case ${i}: ${e.message}`).toBeTruthy();
          expect(e.message.length, `${name} case ${i}: ${e.message}`).toBeLessThan(400);
        }
        if (c.expect === 'valid') expect(errors, `${name} case ${i}`).toEqual([]);
        else {
          const want = c.expect.error;
          expect(
            errors.some((e) => (typeof want === 'string' ? e.message.includes(want) : want.test(e.message))),
            `${name} case ${i}:\n${report}`,
          ).toBe(true);
          rejected++;
        }
      }
      console.log(
        `Fuzz class ${name} (seed ${SEED}): ${PER_CLASS} runs, ${rejected} rejected, 0 exceptions.`,
      );
    }, 120_000);
  }
});
