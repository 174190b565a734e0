/**
 * Builds the synthetic archive in memory: editions, people, sessions with ~500-word notes and
 * outcomes, deterministic from the seed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { makeRng, type Rng } from './rng.ts';
import { CONFIGS, FILES, FUNCTIONS, LISTS } from './vocabulary-kernel.ts';
import {
  ASPECTS,
  CITIES,
  CLAIMS,
  FIRST_NAMES,
  LAST_NAMES,
  NOUNS,
  OPENERS,
  ORGS,
  STATUS_WORDS,
  VERBS,
} from './vocabulary-prose.ts';
import {
  pad,
  slugOf,
  type Archive,
  type Outcome,
  type Person,
  type Session,
  type Topic,
  type Year,
} from './model.ts';

/** The schema's year bounds (src/schemas.ts): the MC began in 2017, ids stop at 2100. */
const FIRST_YEAR = 2017;
const LAST_YEAR = 2100;
/** Sessions per edition before another year is added; past 84 editions years just grow. */
const SESSIONS_PER_YEAR = 100;

/** Reads the real topics (id, title, areas) so sessions use the site's own topic pages. */
export function readTopics(realContent: string): Topic[] {
  const dir = path.join(realContent, 'topics');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path.join(dir, f), 'utf8'));
      if (!fm) throw new Error(`generate: ${f} has no front matter`);
      const data = parseYaml(fm[1]!) as { title: string; areas: string[] };
      return { id: f.replace(/\.mdx$/, ''), title: data.title, areas: data.areas };
    });
}

function sentence(r: Rng): string {
  const fn = r.pick(FUNCTIONS);
  const cfg = r.pick(CONFIGS);
  const file = r.pick(FILES);
  switch (r.int(0, 4)) {
    case 0:
      return `${r.pick(OPENERS)} ${r.pick(CLAIMS)}, which is why \`${fn}\` ${r.pick(VERBS)} ${r.pick(NOUNS)} before the device is handed to user space.`;
    case 1:
      return `With \`${cfg}\` enabled, \`${file}\` ${r.pick(VERBS)} ${r.pick(NOUNS)}, and the series keeps the old behaviour behind a quirk for devices that depend on it.`;
    case 2:
      return `${r.pick(OPENERS)} ${r.pick(CLAIMS)}; the proposal is that \`${fn}\` returns an error instead of silently retrying.`;
    case 3:
      return `Testing on three platforms showed that ${r.pick(NOUNS)} in \`${file}\` costs between ${r.int(2, 40)} and ${r.int(41, 300)} microseconds per call, dominated by \`${fn}\`.`;
    default:
      return `The next revision ${r.pick(VERBS)} ${r.pick(NOUNS)} and adds a selftest, so that \`${cfg}\` builds catch regressions before they reach the ${r.pick(LISTS)} list.`;
  }
}

const paragraph = (r: Rng, n: number) => Array.from({ length: n }, () => sentence(r)).join(' ');

const loreLink = (r: Rng, year: number) =>
  `https://lore.kernel.org/${r.pick(LISTS)}/${year}${pad(r.int(1, 12))}${pad(r.int(1, 28))}${r.int(100000, 999999)}.GA${r.int(1000, 99999)}@example.org/`;

/** ~500 words: four paragraphs, a GFM table, a bullet list, an ordered list, links, inline code. */
function sessionBody(r: Rng, year: number, topicTitles: string[], speakers: string[]): string {
  const rows = Array.from({ length: 4 }, () => {
    const fn = r.pick(FUNCTIONS);
    return `| \`${fn.split('_').slice(0, 2).join('_')}: ${r.pick(VERBS)} ${r.pick(NOUNS)}\` | ${r.pick(['PCI', 'IOMMU', 'VFIO', 'CXL'])} | v${r.int(1, 12)} | ${r.pick(STATUS_WORDS)} |`;
  });
  return [
    '## Discussion',
    '',
    `${paragraph(r, 4)} The thread that led to the session is [on the ${r.pick(LISTS)} list](${loreLink(r, year)}).`,
    '',
    paragraph(r, 3),
    '',
    '## Patches under discussion',
    '',
    '| Series | Subsystem | Revision | Status |',
    '| --- | --- | :---: | --- |',
    ...rows,
    '',
    '## Action items',
    '',
    `- Check \`${r.pick(CONFIGS)}\` and \`${r.pick(CONFIGS)}\` together in the default configs.`,
    `- Move the helper out of \`${r.pick(FILES)}\` into \`${r.pick(FILES)}\`.`,
    `- Write down the ${topicTitles[0] ?? 'topic'} rules in the kernel documentation.`,
    `- Ask ${speakers[0] ?? 'the speaker'} for a v${r.int(2, 9)} with the review comments addressed.`,
    '',
    `1. Post the ${r.pick(ASPECTS)} series to [${r.pick(LISTS)}](${loreLink(r, year)}).`,
    `2. Wire \`${r.pick(FUNCTIONS)}\` into the selftests.`,
    `3. Revisit the topic at the next MC, with ${r.pick(ASPECTS)} measured on real hardware.`,
    '',
    '## Open questions',
    '',
    paragraph(r, 3),
    '',
    `${paragraph(r, 3)} See also [the earlier discussion](${loreLink(r, year - 1)}).`,
    '',
  ].join('\n');
}

/**
 * Names are unique by construction (first × last, then a middle initial per round): the check
 * refuses one spelling in two people files.
 */
function makePeople(r: Rng, count: number): Person[] {
  const people: Person[] = [];
  for (let i = 0; i < count; i++) {
    const first = FIRST_NAMES[i % FIRST_NAMES.length]!;
    const last = LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length]!;
    const round = Math.floor(i / (FIRST_NAMES.length * LAST_NAMES.length));
    const name = round
      ? `${first} ${String.fromCharCode(64 + (round % 26 || 26))}${round > 26 ? round : ''}. ${last}`
      : `${first} ${last}`;
    people.push({ id: slugOf(name), name, affiliation: r.pick(ORGS) });
  }
  return people;
}

/** Builds the whole synthetic archive in memory. */
export function generateArchive(sessions: number, seed: string | number, topics: Topic[]): Archive {
  if (!Number.isInteger(sessions) || sessions < 1)
    throw new Error(`generate: --sessions must be a positive integer, got ${sessions}`);
  const r = makeRng(seed);
  const yearCount = Math.min(
    LAST_YEAR - FIRST_YEAR + 1,
    Math.max(1, Math.ceil(sessions / SESSIONS_PER_YEAR)),
  );
  const peopleCount = Math.max(40, Math.ceil(sessions / 20));

  const people = makePeople(r, peopleCount);
  const byId = new Map(people.map((p) => [p.id, p]));

  const years: Year[] = Array.from({ length: yearCount }, (_, i) => {
    const year = FIRST_YEAR + i;
    return {
      year,
      city: r.pick(CITIES),
      leads: r.sample(people, 3).map((p) => p.id),
      start: `${year}-${pad(r.int(9, 11))}-${pad(r.int(1, 25))}`,
    };
  });

  const out: Session[] = [];
  const outcomes: Outcome[] = [];
  for (let i = 0; i < sessions; i++) {
    const y = years[i % yearCount]!;
    const ts = r.sample(topics, r.int(1, 3));
    const areas = [...new Set(ts.flatMap((t) => t.areas))].sort();
    const speakers = r.sample(people, r.int(1, 3)).map((p) => p.id);
    const aspect = r.pick(ASPECTS);
    const title = `${aspect[0]!.toUpperCase()}${aspect.slice(1)} for ${ts[0]!.title}${r.next() < 0.3 ? `: ${r.pick(NOUNS)}` : ''}`;
    const slug = `${slugOf(`${ts[0]!.id} ${aspect}`)}-${i}`;
    const day = Number(y.start.slice(8, 10)) + r.int(0, 2);
    const session: Session = {
      year: y.year,
      slug,
      title,
      speakers,
      areas,
      topics: ts.map((t) => t.id),
      start: `${y.start.slice(0, 8)}${pad(day)}T${pad(r.int(9, 17))}:${r.pick(['00', '15', '30', '45'])}`,
      durationMinutes: r.pick([15, 20, 25, 30, 40]),
      room: `Hall ${String.fromCharCode(65 + r.int(0, 5))}`,
      summary: `${sentence(r)} ${sentence(r)}`.replace(/`/g, ''),
      contributionUrl: `https://lpc.events/event/${y.year - 2000}/contributions/${1000 + i}/`,
      slidesUrl:
        r.next() < 0.6
          ? `https://lpc.events/event/${y.year - 2000}/contributions/${1000 + i}/attachments/slides.pdf`
          : undefined,
      uncertain: r.next() < 0.1,
      body: sessionBody(
        r,
        y.year,
        ts.map((t) => t.title),
        speakers.map((s) => byId.get(s)!.name),
      ),
    };
    out.push(session);
    if (i % 2 === 0) {
      outcomes.push({
        year: y.year,
        slug: `${slug}-result`,
        title: `${aspect[0]!.toUpperCase()}${aspect.slice(1)} ${r.pick(STATUS_WORDS)} for ${ts[0]!.title}`,
        summary: sentence(r).replace(/`/g, ''),
        areas,
        topics: session.topics,
        session: `${y.year}/${slug}`,
        status: r.pick(['discussed', 'proposed', 'in-review', 'merged', 'abandoned']),
        kernelVersion: `v6.${r.int(1, 19)}`,
      });
    }
  }
  return { years, people, topics, sessions: out, outcomes };
}
