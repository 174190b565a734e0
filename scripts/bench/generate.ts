/**
 * Synthetic archive for the benchmark: N sessions in the project's own content format, the same
 * for every run with the same seed, so timings of different tools and days compare like with like.
 *
 *   node scripts/bench/generate.ts --sessions 1000 [--seed 1] [--out .bench/content-1000]
 *
 * What it writes (under `out`, replaced as a whole):
 *   areas/, topics/, pages/   copied from the real content/ (real topic ids, real prose pages)
 *   years/<year>.mdx          one edition per ~100 sessions, 2017 … 2100 at most
 *   sessions/<year>/*.mdx     front matter = session fields, body = ~500 words of notes with
 *                             GFM tables, lists, links and kernel identifiers
 *   outcomes/<year>/*.yaml    one outcome for every second session
 *   recordings/<year>/*.yaml  one per edition plus one for every tenth session
 *   people/*.yaml             one person per 20 sessions (at least 40)
 *
 * Only a small PRNG of its own is used (never Math.random), so output depends on the seed alone.
 * The files are also returned as plain data (`generateArchive`) so the bench can render the same
 * sessions for Starlight and Hugo without parsing them back.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

/** The schema's year bounds (src/schemas.ts): the MC began in 2017, ids stop at 2100. */
const FIRST_YEAR = 2017;
const LAST_YEAR = 2100;
/** Sessions per edition before another year is added; past 84 editions years just grow. */
const SESSIONS_PER_YEAR = 100;

/** mulberry32: tiny, fast, and good enough to vary text; seeded from a string hash. */
export function makeRng(seed: string | number) {
  // cyrb-style string hash so seeds like "1" and "bench" both spread over 32 bits.
  let h = 1779033703 ^ String(seed).length;
  for (const ch of String(seed)) {
    h = Math.imul(h ^ ch.charCodeAt(0), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let state = h >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  /** k distinct items (k ≤ xs.length), in pick order. */
  const sample = <T>(xs: readonly T[], k: number): T[] => {
    const pool = [...xs];
    const out: T[] = [];
    for (let i = 0; i < k && pool.length; i++) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
    return out;
  };
  return { next, int, pick, sample };
}
export type Rng = ReturnType<typeof makeRng>;

// ---------------------------------------------------------------------------------------------
// Vocabulary: real kernel names so that Pagefind's index and Markdown's inline code see the same
// kind of tokens as the real archive (long identifiers with underscores, paths, CONFIG_ symbols).

const FUNCTIONS = [
  'vfio_pci_core_register_device',
  'vfio_pci_core_init_dev',
  'vfio_pin_pages',
  'vfio_device_set_open_count',
  'iommufd_device_bind',
  'iommufd_device_attach',
  'iommufd_hw_pagetable_alloc',
  'iommufd_access_pin_pages',
  'iommu_attach_device',
  'iommu_attach_group',
  'iommu_domain_alloc',
  'iommu_map',
  'iommu_unmap',
  'iommu_group_get',
  'iommu_sva_bind_device',
  'iommu_dev_enable_feature',
  'iommu_report_device_fault',
  'iommu_page_response',
  'dev_iommu_priv_get',
  'iommu_dma_map_page',
  'dma_map_sg',
  'dma_alloc_coherent',
  'dma_set_mask_and_coherent',
  'pci_enable_sriov',
  'pci_disable_sriov',
  'pci_enable_device',
  'pci_reset_function',
  'pci_bus_add_device',
  'pci_assign_unassigned_bridge_resources',
  'pcie_capability_read_word',
  'pci_enable_pasid',
  'pci_enable_ats',
  'pci_enable_pri',
  'pci_doe_submit_task',
  'pci_p2pdma_add_resource',
  'pci_p2pdma_distance',
  'pcie_aer_init',
  'pci_epf_register_driver',
  'pci_epc_map_addr',
  'pcie_link_speed',
  'pci_set_power_state',
  'pci_msi_domain_write_msg',
  'intel_iommu_init',
  'arm_smmu_device_probe',
  'arm_smmu_attach_dev',
  'amd_iommu_init_pci',
  'cxl_mem_probe',
  'mmu_notifier_register',
  'irq_domain_create_hierarchy',
  'pci_dev_lock',
  'pci_bridge_secondary_bus_reset',
] as const;

const CONFIGS = [
  'CONFIG_IOMMUFD',
  'CONFIG_VFIO_PCI',
  'CONFIG_VFIO_PCI_CORE',
  'CONFIG_VFIO_NOIOMMU',
  'CONFIG_PCI_IOV',
  'CONFIG_PCIEAER',
  'CONFIG_PCIE_DPC',
  'CONFIG_PCIE_EDR',
  'CONFIG_IOMMU_SVA',
  'CONFIG_INTEL_IOMMU',
  'CONFIG_ARM_SMMU_V3',
  'CONFIG_AMD_IOMMU',
  'CONFIG_PCI_P2PDMA',
  'CONFIG_CXL_BUS',
  'CONFIG_PCI_DOE',
  'CONFIG_PCI_ENDPOINT',
  'CONFIG_IRQ_REMAP',
  'CONFIG_PCIEASPM',
  'CONFIG_PCI_PASID',
  'CONFIG_PCI_PRI',
  'CONFIG_IOMMU_DMA',
  'CONFIG_PCIE_BWCTRL',
  'CONFIG_HOTPLUG_PCI_PCIE',
  'CONFIG_PCI_PWRCTRL',
] as const;

const FILES = [
  'drivers/pci/pcie/aer.c',
  'drivers/pci/pcie/dpc.c',
  'drivers/pci/pcie/aspm.c',
  'drivers/pci/pcie/bwctrl.c',
  'drivers/pci/iov.c',
  'drivers/pci/ats.c',
  'drivers/pci/p2pdma.c',
  'drivers/pci/doe.c',
  'drivers/pci/probe.c',
  'drivers/pci/setup-bus.c',
  'drivers/pci/quirks.c',
  'drivers/pci/msi/irqdomain.c',
  'drivers/pci/endpoint/pci-epf-core.c',
  'drivers/pci/hotplug/pciehp_hpc.c',
  'drivers/iommu/iommufd/main.c',
  'drivers/iommu/iommufd/device.c',
  'drivers/iommu/iommufd/hw_pagetable.c',
  'drivers/iommu/iommu.c',
  'drivers/iommu/dma-iommu.c',
  'drivers/iommu/iommu-sva.c',
  'drivers/iommu/io-pgfault.c',
  'drivers/iommu/intel/iommu.c',
  'drivers/iommu/amd/iommu.c',
  'drivers/iommu/arm/arm-smmu-v3/arm-smmu-v3.c',
  'drivers/vfio/pci/vfio_pci_core.c',
  'drivers/vfio/pci/vfio_pci_config.c',
  'drivers/vfio/vfio_main.c',
  'drivers/vfio/group.c',
  'drivers/cxl/core/pci.c',
  'include/linux/iommu.h',
  'include/linux/pci.h',
  'include/uapi/linux/vfio.h',
  'include/uapi/linux/iommufd.h',
] as const;

const LISTS = ['linux-pci', 'iommu', 'kvm', 'linux-cxl', 'linux-arm-kernel'] as const;
const ORGS = [
  'Red Hat',
  'Intel',
  'AMD',
  'NVIDIA',
  'Arm',
  'Google',
  'SUSE',
  'Huawei',
  'Linaro',
  'Microsoft',
  'IBM',
  'Oracle',
  'Meta',
  'Alibaba',
  'Samsung',
  'Qualcomm',
] as const;
const FIRST_NAMES = [
  'Alex',
  'Bjorn',
  'Carla',
  'Dmitri',
  'Elena',
  'Farid',
  'Greta',
  'Hiro',
  'Ines',
  'Jonas',
  'Kavya',
  'Lars',
  'Mira',
  'Nikhil',
  'Olga',
  'Pavel',
  'Quinn',
  'Rosa',
  'Sanjay',
  'Tomas',
  'Ulla',
  'Viktor',
  'Wen',
  'Xavier',
  'Yusuf',
  'Zofia',
  'Anders',
  'Beatriz',
  'Chen',
  'Daria',
] as const;
const LAST_NAMES = [
  'Andersen',
  'Baptiste',
  'Castillo',
  'Dimitrov',
  'Eriksson',
  'Fischer',
  'Garcia',
  'Hoffmann',
  'Iwasaki',
  'Jankowski',
  'Kowalczyk',
  'Lindqvist',
  'Moreau',
  'Nakamura',
  'Oliveira',
  'Petrov',
  'Quintero',
  'Rasmussen',
  'Schneider',
  'Tanaka',
  'Ueda',
  'Varga',
  'Weber',
  'Xu',
  'Yilmaz',
  'Zhang',
  'Albrecht',
  'Brennan',
  'Costa',
  'Dubois',
] as const;
const CITIES = [
  { city: 'Lisbon, Portugal', venue: 'Corinthia Hotel', tz: 'Europe/Lisbon' },
  { city: 'Dublin, Ireland', venue: 'Convention Centre Dublin', tz: 'Europe/Dublin' },
  { city: 'Richmond, VA, USA', venue: 'Omni Richmond Hotel', tz: 'America/New_York' },
  { city: 'Vienna, Austria', venue: 'Austria Center Vienna', tz: 'Europe/Vienna' },
  { city: 'Tokyo, Japan', venue: 'Toranomon Hills Forum', tz: 'Asia/Tokyo' },
  { city: 'Vancouver, Canada', venue: 'Sheraton Wall Centre', tz: 'America/Vancouver' },
] as const;

const ASPECTS = [
  'dirty page tracking',
  'live migration',
  'error recovery',
  'hot reset',
  'nested translation',
  'fault reporting',
  'page request handling',
  'interrupt remapping',
  'resource assignment',
  'power management',
  'device authentication',
  'shared virtual addressing',
  'peer-to-peer transfers',
  'user-space drivers',
  'confidential guests',
  'enumeration order',
  'link training',
  'BAR resizing',
  'virtual functions',
  'address space sharing',
  'kdump support',
  'selftests',
] as const;
const VERBS = [
  'reworks',
  'extends',
  'simplifies',
  'splits',
  'replaces',
  'documents',
  'hardens',
  'exposes',
  'moves',
  'caches',
] as const;
const NOUNS = [
  'locking',
  'the uAPI',
  'the fault path',
  'the attach path',
  'reference counting',
  'the quirk table',
  'the page-table walker',
  'the reset path',
  'error reporting',
  'the probe order',
  'the domain allocator',
  'the capability parser',
] as const;
const OPENERS = [
  'The discussion started from the observation that',
  'Several maintainers pointed out that',
  'The speakers showed measurements suggesting that',
  'A reviewer on the list had argued that',
  'The room agreed early on that',
  'It was noted during the session that',
  'Previous attempts had stalled because',
] as const;
const CLAIMS = [
  'the current code takes the group lock twice on the release path',
  'devices behind a non-transparent bridge report the wrong requester ID',
  'the driver cannot tell a surprise removal from a link retrain',
  'user space needs a stable way to query the supported page sizes',
  'firmware-first error handling hides the root port from the kernel',
  'the IOTLB invalidation cost dominates short DMA mappings',
  'virtual functions inherit ACS settings they should not',
  'the migration driver must report dirty pages in bounded chunks',
  'the endpoint controller has no way to signal a doorbell to the host',
  'the nested stage-one table is owned by the guest and must be validated lazily',
  'the bus number reservation breaks when a Thunderbolt dock is hot-plugged',
  'the PASID table size is fixed too early in probe',
] as const;
const STATUS_WORDS = ['merged', 'in review', 'RFC', 'needs rework', 'queued', 'abandoned'] as const;

// ---------------------------------------------------------------------------------------------

export interface Topic {
  id: string;
  title: string;
  areas: string[];
}

export interface Person {
  id: string;
  name: string;
  affiliation: string;
}

export interface Session {
  year: number;
  slug: string;
  title: string;
  speakers: string[];
  areas: string[];
  topics: string[];
  start: string;
  durationMinutes: number;
  room: string;
  summary: string;
  contributionUrl: string;
  slidesUrl?: string;
  uncertain: boolean;
  /** ~500 words of Markdown (MDX-safe: no braces, no angle brackets, no raw HTML). */
  body: string;
}

export interface Outcome {
  year: number;
  slug: string;
  title: string;
  summary: string;
  areas: string[];
  topics: string[];
  session: string;
  status: string;
  kernelVersion: string;
}

export interface Year {
  year: number;
  city: (typeof CITIES)[number];
  leads: string[];
  start: string;
}

export interface Archive {
  years: Year[];
  people: Person[];
  topics: Topic[];
  sessions: Session[];
  outcomes: Outcome[];
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const slugOf = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
/** Front matter and YAML values: JSON strings are valid YAML and need no escaping rules of our own. */
const q = (s: string) => JSON.stringify(s);

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

  // Names are unique by construction (first × last, then a middle initial per round): the check
  // refuses one spelling in two people files.
  const people: Person[] = [];
  for (let i = 0; i < peopleCount; i++) {
    const first = FIRST_NAMES[i % FIRST_NAMES.length]!;
    const last = LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length]!;
    const round = Math.floor(i / (FIRST_NAMES.length * LAST_NAMES.length));
    const name = round
      ? `${first} ${String.fromCharCode(64 + (round % 26 || 26))}${round > 26 ? round : ''}. ${last}`
      : `${first} ${last}`;
    people.push({ id: slugOf(name), name, affiliation: r.pick(ORGS) });
  }
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

// ---------------------------------------------------------------------------------------------
// Writing the project's content format.

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

/** Writes the archive to `out` (replacing it) in the project's content format. */
export function writeContent(a: Archive, out: string, realContent: string): void {
  rmSync(out, { recursive: true, force: true });
  for (const dir of ['areas', 'topics', 'pages'])
    cpSync(path.join(realContent, dir), path.join(out, dir), { recursive: true });
  const write = (rel: string, text: string) => {
    const file = path.join(out, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
  for (const y of a.years) write(`years/${y.year}.mdx`, yearFile(y, a));
  for (const p of a.people) write(`people/${p.id}.yaml`, personFile(p));
  for (const s of a.sessions) write(`sessions/${s.year}/${s.slug}.mdx`, sessionFile(s));
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

/** Words in a session body, for the report (the brief asks for ~500). */
export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

// CLI ----------------------------------------------------------------------------------------
if (import.meta.main) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const root = path.resolve(import.meta.dirname, '../..');
  const n = Number(arg('sessions') ?? 1000);
  const seed = arg('seed') ?? '1';
  const out = path.resolve(arg('out') ?? path.join(root, '.bench', `content-${n}`));
  const realContent = path.join(root, 'content');
  const t0 = performance.now();
  const archive = generateArchive(n, seed, readTopics(realContent));
  writeContent(archive, out, realContent);
  const words =
    archive.sessions.slice(0, 20).reduce((sum, s) => sum + wordCount(s.body), 0) /
    Math.min(20, archive.sessions.length);
  console.log(
    `Wrote ${archive.sessions.length} sessions, ${archive.years.length} years, ${archive.outcomes.length} outcomes, ${archive.people.length} people ` +
      `(~${Math.round(words)} words per session body) to ${out} in ${((performance.now() - t0) / 1000).toFixed(1)} s.`,
  );
}
