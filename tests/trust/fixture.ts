/**
 * A small, complete archive written to a temp folder, for tests that build or check content
 * other than the real one. Tests change files before writing (`edit`) to break or stress it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type Files = Record<string, string>;

const mdx = (front: string, body = 'Some prose in the archive’s own words.') =>
  `---\n${front.trim()}\n---\n\n${body}\n`;

export function baseFiles(): Files {
  return {
    'areas/pci.mdx': mdx('title: PCI\nname: PCI core\ndescription: The PCI core.'),
    'areas/vfio.mdx': mdx('title: VFIO\nname: VFIO\ndescription: Device access from user space.'),
    'areas/iommu.mdx': mdx(
      'title: IOMMU\nname: IOMMU subsystem\ndescription: DMA translation and isolation.',
    ),
    'topics/sva.mdx': mdx(
      'title: SVA\nacronym: SVA\nexpansion: Shared Virtual Addressing\nareas: [iommu, vfio]\naliases: [SVM]\ndescription: Devices sharing process address spaces.',
    ),
    'topics/cxl.mdx': mdx(
      'title: CXL\nacronym: CXL\nexpansion: Compute Express Link\nareas: [pci]\ndescription: A cache-coherent interconnect.',
    ),
    'pages/home.mdx': mdx('title: Fixture archive\ndescription: A fixture.'),
    'pages/about.mdx': mdx(
      'title: About\ndescription: About the fixture.',
      '## What it is\n\nA fixture.\n\n## Why\n\nTests.\n\n## How\n\nFiles.',
    ),
    'people/joerg-roedel.yaml':
      'name: Jörg Rödel\nvariants: [Joerg Roedel, Jörg Roedel]\naffiliations: [AMD, SUSE]\n',
    'people/krzysztof-wilczynski.yaml': 'name: Krzysztof Wilczyński\n',
    'people/ilpo-jarvinen.yaml': 'name: Ilpo Järvinen\naffiliations: [Intel]\n',
    'people/alex-williamson.yaml': 'name: Alex Williamson\n',
    'years/2023.mdx': mdx(`
description: The 2023 edition.
edition:
  name: LPC 2023
  start: "2023-11-13"
  end: "2023-11-15"
  city: Richmond, VA, USA
  format: hybrid
  timeZone: America/New_York
  eventUrl: https://lpc.events/event/17/
  sources: [https://lpc.events/event/17/]
leads: [joerg-roedel, krzysztof-wilczynski]
sessionList: { complete: false, note: Only two sessions are known. }
officialOutcomes: { status: not-found }`),
    'years/2024.mdx': mdx(`
description: The 2024 edition.
edition:
  name: LPC 2024
  city: Vienna, Austria
  format: hybrid
  sources: [https://lpc.events/event/18/]
leads: [alex-williamson]
sessionList: { complete: false }
officialOutcomes: { status: not-found }`),
    'sessions/2023/sva-update.yaml': `title: SVA update
year: 2023
speakers: [joerg-roedel]
areas: [iommu]
topics: [sva]
start: "2023-11-15T10:30"
contributionUrl: https://lpc.events/event/17/contributions/1/
summary: Where SVA stands.
source: https://lpc.events/event/17/contributions/1/
`,
    'sessions/2023/cxl-memory.yaml': `title: CXL memory
year: 2023
speakers: [ilpo-jarvinen]
areas: [pci]
topics: [cxl]
summary: Expansion memory.
source: https://lpc.events/event/17/contributions/2/
`,
    'sessions/2024/bandwidth.yaml': `title: Link bandwidth
year: 2024
speakers: [ilpo-jarvinen, krzysztof-wilczynski]
areas: [pci]
summary: Lowering link speed.
source: https://lpc.events/event/18/contributions/3/
`,
    'outcomes/2023/sva-merged.yaml': `title: SVA pieces merged
summary: Some SVA pieces landed.
year: 2023
areas: [iommu]
topics: [sva]
session: 2023/sva-update
status: merged
origin: official-list
followUp: { kernelVersion: v6.10, link: "https://lore.kernel.org/linux-iommu/x/" }
source: https://lpc.events/blog/
`,
    'outcomes/2023/cxl-discussed.yaml': `title: CXL discussed
summary: Open questions listed.
year: 2023
areas: [pci]
status: discussed
origin: participant
source: https://lore.kernel.org/linux-pci/y/
`,
    'recordings/2023/sva-video.yaml': `title: SVA update video
year: 2023
kind: video
url: https://youtu.be/abc
session: 2023/sva-update
source: https://lore.kernel.org/linux-pci/z/
`,
  };
}

/** Writes the files under <tmp>/content and returns the temp project root and content dir. */
export function writeArchive(
  files: Files,
  root = mkdtempSync(path.join(tmpdir(), 'archive-')),
): { root: string; content: string } {
  const content = path.join(root, 'content');
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(content, rel)), { recursive: true });
    writeFileSync(path.join(content, rel), text);
  }
  return { root, content };
}

export function edit(files: Files, changes: Record<string, string | null>): Files {
  const out = { ...files };
  for (const [rel, text] of Object.entries(changes)) {
    if (text === null) delete out[rel];
    else out[rel] = text;
  }
  return out;
}
