import { describe, expect, it } from 'vitest';
import { matchVideo, similarity, talkTitles, type Candidate } from './videos.ts';
import type { ImportVideo } from './youtube.ts';

const NAMES = ['VFIO/IOMMU/PCI MC'];
const video = (title: string, description?: string): ImportVideo => ({
  id: 'abcdefghijk',
  title,
  description,
  thumbnailUrl: 'https://i.ytimg.com/vi/abcdefghijk/hqdefault.jpg',
});
const SESSIONS: Candidate[] = [
  { id: '2026/nesting', title: 'IOMMUFD: next steps for nesting', speakers: ['Ada Example'] },
  { id: '2026/dirty', title: 'IOMMUFD: next steps for dirty tracking', speakers: ['João Sample'] },
  { id: '2026/hotplug', title: 'PCI resource allocation & hotplug', speakers: [] },
];

describe('talkTitles', () => {
  it('strips the conference and the MC around the title, and offers the title without speakers', () => {
    expect(talkTitles('LPC 2026 | VFIO/IOMMU/PCI MC | Posted MSI - Wei Li', NAMES).titles).toEqual([
      'Posted MSI - Wei Li',
      'Posted MSI',
    ]);
    expect(talkTitles('Posted MSI | LPC 2026', NAMES).titles).toEqual(['Posted MSI']);
    expect(talkTitles('LPC 2026: VFIO/IOMMU/PCI MC: Posted MSI', NAMES).titles).toEqual(['Posted MSI']);
  });

  it('notices a title cut short and a track that is not the MC', () => {
    expect(talkTitles('LPC 2026 | VFIO/IOMMU/PCI MC | IOMMUFD: next…', NAMES)).toMatchObject({
      titles: ['IOMMUFD: next'],
      truncated: true,
    });
    expect(talkTitles('LPC 2026 | Rust MC | Rust for PCI drivers', NAMES).otherGroup).toBe('Rust MC');
    expect(talkTitles('Kernel Summit: Maintainers recap', NAMES).otherGroup).toBe('Kernel Summit');
  });
});

describe('similarity', () => {
  it('ignores case, punctuation and "&" against "and"', () => {
    expect(
      similarity('PCI Resource Allocation and Hotplug', 'PCI resource allocation & hotplug', false),
    ).toBe(1);
  });
  it('takes a cut title as a prefix only when it was cut', () => {
    expect(similarity('IOMMUFD: next steps for dirty', 'IOMMUFD: next steps for dirty tracking', true)).toBe(
      0.95,
    );
    expect(
      similarity('IOMMUFD: next steps for dirty', 'IOMMUFD: next steps for dirty tracking', false),
    ).toBeLessThan(0.95);
  });
});

describe('matchVideo', () => {
  it('matches prefixed, suffixed and shortened titles', () => {
    expect(
      matchVideo(video('LPC 2026 | VFIO/IOMMU/PCI MC | IOMMUFD: next steps for dirty...'), SESSIONS, NAMES),
    ).toEqual({
      kind: 'match',
      session: '2026/dirty',
    });
    expect(matchVideo(video('PCI Resource Allocation and Hotplug | LPC 2026'), SESSIONS, NAMES)).toEqual({
      kind: 'match',
      session: '2026/hotplug',
    });
  });

  it('lets the speakers named in the video break a tie, and reports a tie it cannot break', () => {
    const cut = 'LPC 2026 | VFIO/IOMMU/PCI MC | IOMMUFD: next steps...';
    expect(matchVideo(video(cut, 'Speakers: Ada Example'), SESSIONS, NAMES)).toEqual({
      kind: 'match',
      session: '2026/nesting',
    });
    expect(matchVideo(video(cut), SESSIONS, NAMES)).toEqual({
      kind: 'ambiguous',
      sessions: ['2026/nesting', '2026/dirty'],
    });
  });

  it("leaves out other talks and other MCs' videos", () => {
    expect(matchVideo(video('Kernel CI at scale'), SESSIONS, NAMES)).toEqual({ kind: 'none' });
    expect(
      matchVideo(
        video('LPC 2026 | Confidential Computing MC | PCI resource allocation & hotplug'),
        SESSIONS,
        NAMES,
      ),
    ).toEqual({
      kind: 'none',
      otherGroup: 'Confidential Computing MC',
    });
  });
});
