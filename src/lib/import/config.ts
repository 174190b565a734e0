/**
 * What the importer needs to know about the MC that no export file says outright.
 */

/**
 * Names under which the MC appears as an Indico session or track (or an iCalendar category or
 * calendar name). The name drifts between years ("VFIO/IOMMU/PCI MC" one year, plain
 * "VFIO/IOMMU/PCI" another), so an import that finds no MC session lists the names it did see:
 * add the MC's name of that year here. Matching ignores case and spacing (see `isMcName`).
 */
export const MC_NAMES: readonly string[] = [
  'VFIO/IOMMU/PCI MC',
  'VFIO/IOMMU/PCI',
  'VFIO/IOMMU/PCI Microconference',
  'VFIO/IOMMU/PCI Micro-conference',
  'PCI/VFIO/IOMMU MC',
];

/** A name reduced to what matters for matching: case and every kind of spacing dropped. */
const matchKey = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** True when `name` is one of `names` up to case and spacing ("vfio / iommu / pci mc" matches). */
export function isMcName(name: string, names: readonly string[] = MC_NAMES): boolean {
  const key = matchKey(name);
  return key !== '' && names.some((n) => matchKey(n) === key);
}
