/** Writes the synthetic archive in the project's own content format. */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  pad,
  q,
  type Archive,
  type NotesFormat,
  type Outcome,
  type Person,
  type Session,
  type Year,
} from './model.ts';

function yearFile(y: Year, a: Archive): string {
  const start = y.start;
  const end = `${y.start.slice(0, 8)}${pad(Number(y.start.slice(8, 10)) + 2)}`;
  const sessionsOfYear = a.sessions.filter((s) => s.year === y.year).length;
  return [
    '---',
    `description: ${q(`Synthetic edition ${y.year} of the VFIO/IOMMU/PCI microconference with ${sessionsOfYear} sessions, generated for the benchmark.`)}`,
    'edition:',
    `  name: ${q(`LPC ${y.year}`)}`,
    `  start: ${q(start)}`,
    `  end: ${q(end)}`,
    `  mcDate: ${q(start)}`,
    `  city: ${q(y.city.city)}`,
    `  venue: ${q(y.city.venue)}`,
    '  format: "hybrid"',
    `  timeZone: ${q(y.city.tz)}`,
    `  eventUrl: ${q(`https://lpc.events/event/${y.year - 2000}/`)}`,
    '  sources:',
    `    - ${q(`https://lpc.events/event/${y.year - 2000}/timetable/`)}`,
    'leads:',
    ...y.leads.map((l) => `  - ${l}`),
    `leadsSource: ${q(`https://lore.kernel.org/linux-pci/${y.year}0601.GA1@example.org/`)}`,
    'topicsProposed:',
    '  - area: pci',
    '    items: ["Resource assignment", "Error handling: AER, DPC", "PCI device authentication"]',
    '  - area: iommu',
    '    items: ["IOMMUFD", "Nested translation", "Page table memory accounting"]',
    'sessionList:',
    '  complete: true',
    'officialOutcomes:',
    '  status: "found"',
    `  source: ${q(`https://lore.kernel.org/linux-pci/${y.year + 1}0614.GA2@example.org/`)}`,
    '---',
    '',
    '## The edition',
    '',
    `LPC ${y.year} took place in ${y.city.city} at the ${y.city.venue}. This year is synthetic: the benchmark generated it so the archive can be built at many times its real size.`,
    '',
    '## How the call went',
    '',
    `The call for papers went to linux-pci, iommu and kvm. Proposals covered \`CONFIG_IOMMUFD\`, \`drivers/pci/pcie/aer.c\` and the VFIO migration uAPI in \`include/uapi/linux/vfio.h\`.`,
    '',
  ].join('\n');
}

function sessionFile(s: Session): string {
  return [
    '---',
    `title: ${q(s.title)}`,
    `year: ${s.year}`,
    'speakers:',
    ...s.speakers.map((p) => `  - ${p}`),
    'areas:',
    ...s.areas.map((x) => `  - ${x}`),
    'topics:',
    ...s.topics.map((x) => `  - ${x}`),
    `start: ${q(s.start)}`,
    `durationMinutes: ${s.durationMinutes}`,
    `room: ${q(s.room)}`,
    `contributionUrl: ${q(s.contributionUrl)}`,
    ...(s.slidesUrl ? [`slidesUrl: ${q(s.slidesUrl)}`] : []),
    `summary: ${q(s.summary)}`,
    `source: ${q(s.contributionUrl)}`,
    ...(s.uncertain
      ? [
          'uncertain: true',
          'uncertainReason: "The speakers are inferred from the slides; the generator marks one session in ten this way."',
        ]
      : []),
    '---',
    '',
    s.body,
  ].join('\n');
}

function outcomeFile(o: Outcome): string {
  return [
    `title: ${q(o.title)}`,
    `summary: ${q(o.summary)}`,
    `year: ${o.year}`,
    'areas:',
    ...o.areas.map((x) => `  - ${x}`),
    'topics:',
    ...o.topics.map((x) => `  - ${x}`),
    `session: ${o.session}`,
    `status: ${o.status}`,
    'origin: official-list',
    'followUp:',
    `  kernelVersion: ${q(o.kernelVersion)}`,
    `  link: ${q(`https://lore.kernel.org/linux-pci/${o.year + 1}0101.GA3@example.org/`)}`,
    `source: ${q(`https://lore.kernel.org/linux-pci/${o.year + 1}0614.GA2@example.org/`)}`,
    '',
  ].join('\n');
}

const personFile = (p: Person) => `name: ${q(p.name)}\naffiliations:\n  - ${q(p.affiliation)}\n`;

/**
 * Writes the archive to `out` (replacing it) in the project's content format; session notes as
 * `format` (the bodies hold no JSX, so .md is what an editor would write).
 */
export function writeContent(
  a: Archive,
  out: string,
  realContent: string,
  format: NotesFormat = 'mdx',
): void {
  rmSync(out, { recursive: true, force: true });
  for (const dir of ['areas', 'topics', 'pages'])
    cpSync(path.join(realContent, dir), path.join(out, dir), { recursive: true });
  // What the importer knows about the MC: a content folder without it is not one a build meets.
  cpSync(path.join(realContent, 'mc.yaml'), path.join(out, 'mc.yaml'));
  const write = (rel: string, text: string) => {
    const file = path.join(out, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
  for (const y of a.years) write(`years/${y.year}.mdx`, yearFile(y, a));
  for (const p of a.people) write(`people/${p.id}.yaml`, personFile(p));
  for (const s of a.sessions) write(`sessions/${s.year}/${s.slug}.${format}`, sessionFile(s));
  for (const o of a.outcomes) write(`outcomes/${o.year}/${o.slug}.yaml`, outcomeFile(o));
  // Recordings: one per edition, one for every tenth session.
  for (const y of a.years) {
    write(
      `recordings/${y.year}/mc-video.yaml`,
      `title: ${q(`LPC ${y.year} MC room stream`)}\nyear: ${y.year}\nkind: video\nurl: ${q(`https://www.youtube.com/watch?v=mc${y.year}`)}\nsource: ${q(`https://lpc.events/event/${y.year - 2000}/`)}\n`,
    );
  }
  a.sessions.forEach((s, i) => {
    if (i % 10 !== 0) return;
    write(
      `recordings/${s.year}/${s.slug}.yaml`,
      `title: ${q(`Video of ${s.title}`)}\nyear: ${s.year}\nkind: video\nurl: ${q(`https://www.youtube.com/watch?v=s${i}`)}\nsession: ${s.year}/${s.slug}\nsource: ${q(s.contributionUrl)}\n`,
    );
  });
}
