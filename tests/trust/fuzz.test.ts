/**
 * Fuzzing the content check: valid content mutated at random (fields dropped or retyped, files
 * truncated, odd Unicode injected, references swapped) must either pass or fail with messages
 * naming a file, never with an exception. FUZZ_RUNS sets the number of mutations (300 in CI);
 * FUZZ_SEED replays a run. A few mutations also go through the full build, which must report
 * the same errors and leave the output folder as it was.
 */
import { mkdtempSync } from 'node:fs';
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
