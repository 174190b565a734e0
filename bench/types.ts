/**
 * The shapes the benchmark measures and writes to benchmarks.json. Every section imports its
 * types from here and nothing imports a section for its types, so the modules form no cycle.
 * The JSON shape is read by people comparing runs: add fields, never rename them.
 */
import type { NotesFormat } from './generate/model.ts';
import type { SiteBrowserResult } from './browser/types.ts';

// Options --------------------------------------------------------------------------------------

export interface Options {
  sizes: number[];
  runs: number;
  seed: string;
  buildCapSeconds: number;
  starlightCapSeconds: number;
  /** File format of the synthetic session notes (and Starlight's pages): `md` unless asked. */
  format: NotesFormat;
  skip: {
    pipelines: boolean;
    scale: boolean;
    starlight: boolean;
    hugo: boolean;
    floor: boolean;
    warm: boolean;
    browser: boolean;
    lighthouse: boolean;
  };
  /** Write to .bench/ instead of docs/. */
  noDocs: boolean;
  /** Rewrite benchmarks.md from benchmarks.json and stop. */
  renderOnly: boolean;
}

// Running commands -----------------------------------------------------------------------------

export interface Stats {
  median: number;
  min: number;
  max: number;
}

export interface Measured {
  ok: boolean;
  /** Why it failed: exit status, signal or the time cap. */
  error?: string;
  timedOut: boolean;
  seconds: number;
  /** Highest sum of RSS over the process tree, sampled every 100 ms. */
  peakTreeRssMiB: number;
  /** Largest single process's max RSS as the kernel counted it (GNU time's %M): no sampling gap. */
  maxProcessRssMiB: number;
  /** The last lines of output, to explain a failure. */
  tail: string;
}

export interface BuildResult extends Measured {
  /** Where the built site is. */
  out: string;
}

/** A measured build and the 1-minute load average just before it. */
/** `diskMs`: bench/disk-probe.ts just before the run; absent in older results. */
export type Run = Measured & { load1: number; diskMs?: number };

export interface DirSize {
  bytes: number;
  files: number;
  htmlPages: number;
}

/** A server the bench started on 127.0.0.1 (bench/serve.ts). */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

// Scale ----------------------------------------------------------------------------------------

/**
 * ours: this project; floor: the same sessions through a bare Astro site (one layout, no
 * relations, no search), the least Astro itself costs; starlight and hugo: the competitors.
 */
export type ToolName = 'ours' | 'floor' | 'starlight' | 'hugo';

export interface ToolResult {
  tool: ToolName;
  /** Why there is no measurement (time cap, skipped, failed). */
  notMeasured?: string;
  /** Each run; `load1` is the 1-minute load average just before it (2 means both cores busy already). */
  runs: {
    seconds: number;
    peakTreeRssMiB: number;
    maxProcessRssMiB: number;
    ok: boolean;
    error?: string;
    load1: number;
    diskMs?: number;
  }[];
  seconds: Stats;
  peakTreeRssMiB: Stats;
  maxProcessRssMiB: Stats;
  /** Hugo and ours: the site's part and the Pagefind part of `seconds` (ours: its search index phase). */
  generatorSeconds?: Stats;
  pagefindSeconds?: Stats;
  htmlPages: number;
  distBytes: number;
  pagefindBytes: number;
  pagesPerSecond: number;
}

/** Ours again after editing one session, with Astro's data store of the cold build kept. */
export interface WarmResult {
  editedFile: string;
  runs: Run[];
  seconds: Stats;
  peakTreeRssMiB: Stats;
  /** Warm median over our cold median in the same run. */
  warmToCold?: number;
  /** Warm median over Starlight's cold median in the same run. */
  warmToStarlight?: number;
}

export interface SizeResult {
  sessions: number;
  years: number;
  people: number;
  outcomes: number;
  wordsPerSession: number;
  contentBytes: number;
  /** The session notes' file format in this run (absent in runs before the option existed: mdx). */
  format?: Options['format'];
  tools: Partial<Record<ToolName, ToolResult>>;
  warm?: WarmResult;
  ratios: {
    oursToStarlight?: number;
    oursToHugo?: number;
    oursToHugoWithoutPagefind?: number;
    oursToFloor?: number;
    /** The floor plus our search index phase: this design if the rest cost what bare Astro does. */
    floorPlusOurIndexSeconds?: number;
    oursToFloorPlusOurIndex?: number;
  };
}

// Pipelines ------------------------------------------------------------------------------------

export const PIPELINES = ['satteri', 'unified'] as const;
export type Pipeline = (typeof PIPELINES)[number];

export interface PipelineResult {
  runs: number;
  seconds: Record<Pipeline, Stats>;
  peakTreeRssMiB: Record<Pipeline, Stats>;
  ratioUnifiedToSatteri: number;
  /** The 1-minute load average before each run: above ~0.5 something else was using the machine. */
  load1: number[];
  /** Runs that failed, with the end of their output. */
  failures: string[];
}

// Browser: bench/browser/types.ts -----------------------------------------------------------

export type * from './browser/types.ts';

// Page weights ---------------------------------------------------------------------------------

export interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  total: number;
}

export interface SiteWeights {
  pages: number;
  /** Pages over the budget (bytes), heaviest first. */
  over: PageWeight[];
  budget: number;
  heaviest: PageWeight[];
}

// Lighthouse -----------------------------------------------------------------------------------

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof CATEGORIES)[number], number | null>;

export interface LighthousePage {
  kind: string;
  path: string;
  mobile?: Scores;
  desktop?: Scores;
  /** Scored audits below 100, per form factor, so a score under 100 says why. */
  failing?: Record<string, string[]>;
  error?: string;
}

// The whole run --------------------------------------------------------------------------------

export interface BenchResult {
  date: string;
  machine: { cores: number; cpu: string; memoryGiB: number; os: string; node: string };
  versions: Record<string, string | undefined>;
  options: Options;
  commands: Record<string, string>;
  pipelines?: PipelineResult & { realSite: { htmlPages: number; distBytes: number; pagefindBytes: number } };
  sizes: SizeResult[];
  slopes: {
    from: number;
    to: number;
    oursSecondsPer1000: number;
    oursPeakMiBPer1000: number;
    perSessionCostRatio: number;
  }[];
  browser: { site: string; result: SiteBrowserResult }[];
  /** Every page's first-load weight (HTML + linked CSS and JS, gzip), per site. */
  weights: ({ site: string } & SiteWeights)[];
  lighthouse?: { version: string; pages: LighthousePage[] } | { error: string };
  notes: string[];
  /** Minutes the whole run took. */
  benchMinutes?: number;
}
