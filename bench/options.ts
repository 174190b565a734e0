/**
 * The bench's flags, read with Node's parseArgs:
 *
 *   --sizes 1000,10000  --runs 3  --seed 1  --format md|mdx
 *   --skip-pipelines  --skip-scale  --skip-starlight  --skip-hugo  --skip-floor  --skip-warm
 *   --skip-browser  --skip-lighthouse  --no-docs
 *   --build-cap <s> (per build of ours, the floor and Hugo, default 1800)
 *   --starlight-cap <s> (per Starlight build, default 900; see docs/benchmarks.md)
 *   --render-only (rewrite benchmarks.md from benchmarks.json, e.g. after changing the report)
 */
import { parseArgs } from 'node:util';
import type { Options } from './types.ts';

const SKIPS = ['pipelines', 'scale', 'starlight', 'hugo', 'floor', 'warm', 'browser', 'lighthouse'] as const;

const SPEC = {
  sizes: { type: 'string', default: '1000,10000' },
  runs: { type: 'string', default: '3' },
  seed: { type: 'string', default: '1' },
  format: { type: 'string', default: 'md' },
  'build-cap': { type: 'string', default: '1800' },
  'starlight-cap': { type: 'string', default: '900' },
  'no-docs': { type: 'boolean', default: false },
  'render-only': { type: 'boolean', default: false },
  ...Object.fromEntries(SKIPS.map((k) => [`skip-${k}`, { type: 'boolean', default: false }])),
} as const;

const FLAGS = Object.keys(SPEC)
  .map((k) => `--${k}`)
  .join(' ');

/** Reads the flags, or throws an Error whose message says what is wrong and what is allowed. */
export function parseOptions(argv: string[]): Options {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: argv, options: SPEC, strict: true, allowPositionals: false }));
  } catch (e) {
    throw new Error(`${(e as Error).message}\nOptions: ${FLAGS}`, { cause: e });
  }
  const str = (k: string) => String(values[k]);
  const positive = (k: string) => {
    const n = Number(values[k]);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${k} takes a positive integer, got "${str(k)}".`);
    return n;
  };
  const sizes = str('sizes').split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(
      `--sizes takes positive integers separated by commas (1000,10000), got "${str('sizes')}".`,
    );
  const format = str('format');
  if (format !== 'md' && format !== 'mdx') throw new Error(`--format takes md or mdx, got "${format}".`);
  return {
    sizes,
    runs: positive('runs'),
    seed: str('seed'),
    format,
    buildCapSeconds: positive('build-cap'),
    starlightCapSeconds: positive('starlight-cap'),
    skip: Object.fromEntries(SKIPS.map((k) => [k, values[`skip-${k}`] === true])) as Options['skip'],
    noDocs: values['no-docs'] === true,
    renderOnly: values['render-only'] === true,
  };
}
