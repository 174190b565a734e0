import { describe, expect, it } from 'vitest';
import { isMcName, mcMention } from './mc.ts';

const NAMES = ['VFIO/IOMMU/PCI MC', 'VFIO/IOMMU/PCI Microconference'];

describe('isMcName', () => {
  it('finds a name inside the longer names that real tools write', () => {
    expect(isMcName('LPC 2026: VFIO/IOMMU/PCI MC', NAMES)).toBe(true);
    expect(isMcName('VFIO/IOMMU/PCI MC (hybrid)', NAMES)).toBe(true);
    expect(isMcName('VFIO / IOMMU / PCI Microconference', NAMES)).toBe(true);
    expect(isMcName('vfio-iommu-pci mc', NAMES)).toBe(true);
  });

  it('matches whole words only, and never another MC', () => {
    expect(isMcName('Confidential Computing MC', NAMES)).toBe(false);
    expect(isMcName('VFIO/IOMMU/PCI MCs and more', NAMES)).toBe(false);
    expect(isMcName('VFIO/IOMMU', NAMES)).toBe(false);
    expect(isMcName('anything', [])).toBe(false);
  });
});

describe('mcMention', () => {
  it('finds the name in running text however it is spaced', () => {
    expect('at the VFIO / IOMMU / PCI MC today'.replace(mcMention(NAMES)!, '_')).toBe('at the _ today');
    expect(mcMention([])).toBeUndefined();
  });
});
