/**
 * How the importer recognises the MC. Its names live in content/mc.yaml (`names`), not in code:
 * the name drifts between years and tools ("VFIO/IOMMU/PCI MC", "LPC 2026: VFIO/IOMMU/PCI MC",
 * "VFIO / IOMMU / PCI Microconference"), and an editor adds a new spelling without touching src/.
 */
import { foldName } from '../names.ts';

/** The site-wide file below the content folder, and its field an editor adds a name to. */
export const MC_FILE = 'mc.yaml';
export const NAMES_FIELD = 'names';

/** What content/mc.yaml says, as the importer uses it. */
export interface McSettings {
  names: readonly string[];
  /** Host names that serve the same conference pages ("lpc.events", "linuxplumbersconf.org"). */
  hosts: readonly string[];
  /** Settled video matches: YouTube video id to a session id, or "none". */
  videos: Readonly<Record<string, string>>;
}

/**
 * True when one of `names` appears in `name` as whole words, up to case, accents, spacing and
 * punctuation (`foldName`): "LPC 2026: VFIO/IOMMU/PCI MC (hybrid)" contains "VFIO/IOMMU/PCI MC".
 */
export function isMcName(name: string, names: readonly string[]): boolean {
  const within = ` ${foldName(name)} `;
  return names.some((n) => {
    const k = foldName(n);
    return k !== '' && within.includes(` ${k} `);
  });
}

/** A pattern for any of the names in running text, however it is spaced or punctuated. */
export function mcMention(names: readonly string[]): RegExp | undefined {
  const words = names
    .map((n) => foldName(n).split(' ').filter(Boolean))
    .filter((w) => w.length)
    .sort((a, b) => b.join(' ').length - a.join(' ').length);
  if (!words.length) return undefined;
  const gap = '[^\\p{L}\\p{N}]*';
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(${words.map((w) => w.join(gap)).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
}
