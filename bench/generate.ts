/**
 * Synthetic archive for the benchmark: N sessions in the project's own content format, the same
 * for every run with the same seed, so timings of different tools and days compare like with like.
 *
 *   node bench/generate.ts --sessions 1000 [--seed 1] [--format md|mdx] [--out .bench/content-1000]
 *
 * What it writes (under `out`, replaced as a whole):
 *   areas/, topics/, pages/,  copied from the real content/ (real topic ids, real prose pages,
 *   mc.yaml                   the MC's names for the importer)
 *   years/<year>.mdx          one edition per ~100 sessions, 2017 … 2100 at most
 *   sessions/<year>/*.md      (or .mdx) front matter = session fields, body = ~500 words of notes with
 *                             GFM tables, lists, links and kernel identifiers
 *   outcomes/<year>/*.yaml    one outcome for every second session
 *   recordings/<year>/*.yaml  one per edition plus one for every tenth session
 *   people/*.yaml             one person per 20 sessions (at least 40)
 *
 * The files are also returned as plain data (`generateArchive`) so the bench can render the same
 * sessions for Starlight, Hugo and the floor site without parsing them back.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateArchive, readTopics } from './generate/archive.ts';
import { writeContent } from './generate/write.ts';
import { wordCount } from './generate/model.ts';

export { generateArchive, readTopics } from './generate/archive.ts';
export { writeContent } from './generate/write.ts';
export { wordCount, type Archive, type NotesFormat } from './generate/model.ts';

function cli() {
  const { values } = parseArgs({
    options: {
      sessions: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      format: { type: 'string', default: 'md' },
      out: { type: 'string' },
    },
  });
  const root = path.resolve(import.meta.dirname, '..');
  const n = Number(values.sessions);
  const out = path.resolve(values.out ?? path.join(root, '.bench', `content-${n}`));
  const realContent = path.join(root, 'content');
  const t0 = performance.now();
  const archive = generateArchive(n, values.seed, readTopics(realContent));
  if (values.format !== 'md' && values.format !== 'mdx')
    throw new Error(`--format takes md or mdx, got ${values.format}`);
  writeContent(archive, out, realContent, values.format);
  const words =
    archive.sessions.slice(0, 20).reduce((sum, s) => sum + wordCount(s.body), 0) /
    Math.min(20, archive.sessions.length);
  console.log(
    `Wrote ${archive.sessions.length} sessions, ${archive.years.length} years, ${archive.outcomes.length} outcomes, ${archive.people.length} people ` +
      `(~${Math.round(words)} words per session body) to ${out} in ${((performance.now() - t0) / 1000).toFixed(1)} s.`,
  );
}

if (import.meta.main) cli();
