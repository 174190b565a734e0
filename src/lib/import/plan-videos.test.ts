import { describe, expect, it } from 'vitest';
import type { ExistingContent } from './plan.ts';
import { planVideoImport } from './plan-videos.ts';
import type { VideoFeed } from './youtube.ts';

const existing = (): ExistingContent => ({
  years: new Map(),
  sessions: [
    {
      id: '2025/posted-msi',
      file: 'sessions/2025/posted-msi.yaml',
      text: '',
      data: { title: 'Posted MSI', speakers: [] },
    },
  ],
  people: [],
  topics: [],
  recordings: [],
  mc: { names: ['VFIO/IOMMU/PCI MC'], hosts: [], videos: {} },
});
const feed = (title: string, published?: string): VideoFeed => ({
  label: 'YouTube playlist feed',
  url: 'https://www.youtube.com/playlist?list=PLx',
  videos: [
    { id: 'Abc-2026-01', title, published, thumbnailUrl: 'https://i.ytimg.com/vi/Abc-2026-01/hqdefault.jpg' },
  ],
});

describe('planVideoImport', () => {
  it('takes the year from the titles, or from the dates (a November conference uploads in January)', () => {
    expect(planVideoImport(feed('LPC 2025 | Posted MSI'), existing(), {}).summary.year).toBe(2025);
    const january = planVideoImport(feed('Posted MSI', '2026-01-12'), existing(), {});
    expect(january.summary.year).toBe(2025);
    expect(january.summary.recordings!.added).toEqual(['content/recordings/2025/posted-msi.yaml']);
  });

  it('refuses a playlist of another year than --year, and a year without sessions', () => {
    expect(() => planVideoImport(feed('LPC 2024 | Posted MSI'), existing(), { year: 2025 })).toThrow(
      /playlist is of another year \(its titles say LPC 2024\), but --year says 2025/,
    );
    expect(() => planVideoImport(feed('LPC 2027 | Posted MSI'), existing(), {})).toThrow(
      /videos are of 2027, but content\/sessions\/2027\/ holds no sessions/,
    );
  });

  it('follows a settled line: "none" leaves a video out, a session id links it', () => {
    const none = { ...existing(), mc: { ...existing().mc, videos: { 'Abc-2026-01': 'none' } } };
    const skipped = planVideoImport(feed('LPC 2025 | Posted MSI'), none, {});
    expect(skipped.writes).toEqual([]);
    expect(skipped.summary.skipped[0]!.reason).toBe('content/mc.yaml says it records no session');
    const flag = planVideoImport(feed('LPC 2025 | Something else'), existing(), {
      videos: { 'Abc-2026-01': '2025/posted-msi' },
    });
    expect(flag.summary.recordings!.added).toEqual(['content/recordings/2025/posted-msi.yaml']);
  });
});
