import { describe, expect, it } from 'vitest';
import { classifyAreas, matchTopics, topicTerms } from './classify.ts';

const MC = ['VFIO/IOMMU/PCI MC', 'VFIO/IOMMU/PCI Microconference'];

describe('classifyAreas', () => {
  it('finds IOMMU words, including longer forms such as iommufd and SMMUv3', () => {
    expect(classifyAreas('iommufd dirty tracking')).toEqual(['iommu']);
    expect(classifyAreas('Nested SMMUv3 for guests')).toEqual(['iommu']);
    expect(classifyAreas('VT-d posted interrupts')).toEqual(['iommu']);
  });

  it('finds VFIO words', () => {
    expect(classifyAreas('GPU passthrough with mdev')).toEqual(['vfio']);
  });

  it('puts a session in every area it names, in the schema order', () => {
    expect(classifyAreas('VFIO live migration of PCIe devices behind an IOMMU')).toEqual([
      'pci',
      'vfio',
      'iommu',
    ]);
  });

  it('falls back to pci when no keyword is present', () => {
    expect(classifyAreas('Open discussion')).toEqual(['pci']);
  });

  it('ignores web addresses, which name mailing lists rather than the subject', () => {
    expect(classifyAreas('Dirty tracking in iommufd, see https://lore.example.org/linux-pci/1234/')).toEqual([
      'iommu',
    ]);
  });

  it('ignores the MC name itself', () => {
    expect(classifyAreas('Welcome to the VFIO/IOMMU/PCI MC', MC)).toEqual(['pci']);
    expect(classifyAreas('Topics for the VFIO / IOMMU / PCI Microconference: iommufd', MC)).toEqual([
      'iommu',
    ]);
  });
});

describe('matchTopics', () => {
  const topics = [
    topicTerms({
      id: 'sr-iov',
      title: 'SR-IOV',
      acronym: 'SR-IOV',
      aliases: ['Single-Root I/O Virtualization'],
    }),
    topicTerms({ id: 'arm64', title: 'ARM64', aliases: ['Arm', 'SMMU', 'SMMUv3'] }),
    topicTerms({ id: 'ats', title: 'ATS', acronym: 'ATS', aliases: ['PCIe ATS', 'Device-TLB'] }),
    topicTerms({ id: 'devicetree', title: 'Devicetree for PCI', aliases: ['DT', 'device tree'] }),
    topicTerms({ id: 'iommufd', title: 'iommufd', aliases: ['IOMMUFD', '/dev/iommufd'] }),
  ];

  it('matches a topic named in the title by id, title or alias', () => {
    expect(matchTopics('IOMMUFD and SR-IOV', '', topics)).toEqual(['iommufd', 'sr-iov']);
    expect(matchTopics('Describing PCI bridges in the device tree', '', topics)).toEqual(['devicetree']);
  });

  it('needs two mentions in the abstract, so a passing one does not count', () => {
    expect(matchTopics('A talk', 'Unlike SR-IOV, this uses sub-functions.', topics)).toEqual([]);
    expect(matchTopics('A talk', 'SR-IOV VFs and Single-Root I/O Virtualization PFs.', topics)).toEqual([
      'sr-iov',
    ]);
  });

  it('skips two-letter terms and keeps short terms to their case', () => {
    expect(matchTopics('DT DT DT', 'DT', topics)).toEqual([]);
    expect(matchTopics('How to arm the device', 'stats and pats', topics)).toEqual([]);
    expect(matchTopics('ATS on Arm servers', '', topics)).toEqual(['arm64', 'ats']);
  });

  it('does not match inside longer words', () => {
    expect(matchTopics('ATSC tuners', '', topics)).toEqual([]);
  });
});
