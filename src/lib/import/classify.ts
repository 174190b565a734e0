/**
 * Areas and topics of an imported session, derived from its words. They are classification, not
 * facts read from a source, so they are not marked uncertain; an editor corrects them by hand
 * and the next import keeps the correction.
 */
import type { AREAS } from '../../schemas.ts';
import { mcMention } from './mc.ts';

type Area = (typeof AREAS)[number];

/**
 * Words that put a session in an area. A session may be in several; one that names none of
 * them is a PCI session, the MC's home subsystem. Matching ignores case.
 */
export const AREA_KEYWORDS: Record<Area, RegExp> = {
  pci: /\b(pci\w*|sr-?iov|cxl|aer|dpc|aspm|ats|pri|doe|ide|tdisp|msi(-?x)?|hotplug|bars?|root ports?|pwrctrl|p2pdma)\b/i,
  vfio: /\b(vfio\w*|pass-?through|mdev|mediated devices?|device assignment)\b/i,
  iommu:
    /\b(iommu\w*|smmu\w*|vt-d|amd-vi|dmar|iova|iotlb|pasid|sva|io page faults?|iopf|dma remapping|interrupt remapping)\b/i,
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*');
/**
 * Text reduced to what it says about the talk: the MC's own name ("at the VFIO/IOMMU/PCI MC"
 * would put every talk in all areas) and web addresses removed (a link to
 * lore.kernel.org/linux-pci/ says where a patch was posted, not what the talk is about).
 */
function aboutTheTalk(text: string, mcNames: readonly string[]): string {
  const noUrls = text.replace(/https?:\/\/\S+/gi, ' ');
  const mention = mcMention(mcNames);
  return mention ? noUrls.replace(mention, ' ') : noUrls;
}

/** Areas in the schema's order (pci, vfio, iommu); never empty. */
export function classifyAreas(text: string, mcNames: readonly string[] = []): Area[] {
  const t = aboutTheTalk(text, mcNames);
  const found = (Object.keys(AREA_KEYWORDS) as Area[]).filter((a) => AREA_KEYWORDS[a].test(t));
  return found.length ? found : ['pci'];
}

/** What a topic file offers for matching: its id, title, acronym and aliases. */
export interface TopicTerms {
  id: string;
  terms: string[];
}

export function topicTerms(topic: {
  id: string;
  title?: unknown;
  acronym?: unknown;
  aliases?: unknown;
}): TopicTerms {
  const aliases = Array.isArray(topic.aliases) ? topic.aliases : [];
  const terms = [topic.id, topic.title, topic.acronym, ...aliases].filter(
    (t): t is string => typeof t === 'string',
  );
  return { id: topic.id, terms: [...new Set(terms.map((t) => t.trim()))] };
}

/**
 * One term as a regular expression. Terms under three characters ("DT", "L1") are too
 * ambiguous to use. Short terms and all-capital acronyms match only in the case written, so
 * "ATS" and "Arm" do not fire on "ats" or "arm the device"; longer terms ignore case.
 */
function termPattern(term: string): RegExp | undefined {
  if (term.length < 3) return undefined;
  const caseSensitive = term.length <= 5 || !/[a-z]/.test(term);
  return new RegExp(`(?<![\\p{L}\\p{N}_])${escape(term)}(?![\\p{L}\\p{N}_])`, caseSensitive ? 'gu' : 'giu');
}

/** Places in the text where any of the patterns match; one place found by two terms ("sr-iov", "SR-IOV") counts once. */
const mentions = (text: string, patterns: RegExp[]) =>
  new Set(patterns.flatMap((p) => [...text.matchAll(p)].map((m) => m.index))).size;

/**
 * Topic ids the session is confidently about: a topic named in the title, or named at least
 * twice in the abstract (and keywords). A single passing mention in an abstract ("unlike
 * SR-IOV, …") is not enough.
 */
export function matchTopics(
  title: string,
  body: string,
  topics: TopicTerms[],
  mcNames: readonly string[] = [],
): string[] {
  const t = aboutTheTalk(title, mcNames);
  const b = aboutTheTalk(body, mcNames);
  return topics
    .filter(({ terms }) => {
      const patterns = terms.map(termPattern).filter((p) => p !== undefined);
      return mentions(t, patterns) >= 1 || mentions(b, patterns) >= 2;
    })
    .map((topic) => topic.id)
    .sort();
}
