/**
 * Reads a V8 CPU profile (`node --cpu-prof`) or heap profile (`node --heap-prof`) and prints
 * where the time or the allocations went: the top functions by self time (or bytes), and the
 * same summed per package, so a before/after pair of profiles can be compared in a few lines.
 *
 *   node bench/profile.ts <file.cpuprofile|file.heapprofile> [--top 15]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface CpuNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: CpuNode[];
  samples: number[];
  timeDeltas: number[];
}
interface HeapNode {
  callFrame: CallFrame;
  selfSize: number;
  children: HeapNode[];
}

/** "astro", "@astrojs/mdx", "(project) src/lib/x.ts", "(node) internal", "(v8) (garbage collector)". */
export function owner(url: string, name: string): string {
  if (!url) return `(v8) ${name || '(anonymous)'}`;
  if (url.startsWith('node:')) return '(node) internal';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (m) return m[1]!;
  return `(project) ${url.replace(/^file:\/\/.*?\/(src|scripts|bench)\//, '$1/')}`;
}

const label = (f: CallFrame) =>
  `${f.functionName || '(anonymous)'} ${f.url ? `${f.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(src|scripts)\//, '$1/')}:${f.lineNumber + 1}` : ''}`.trim();

function cpuTotals(p: CpuProfile) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const fns = new Map<string, number>();
  const pkgs = new Map<string, number>();
  for (const [id, us] of self) {
    const f = byId.get(id)!.callFrame;
    fns.set(label(f), (fns.get(label(f)) ?? 0) + us);
    const o = owner(f.url, f.functionName);
    pkgs.set(o, (pkgs.get(o) ?? 0) + us);
  }
  return { fns, pkgs, total: [...self.values()].reduce((a, b) => a + b, 0), unit: 'ms', scale: 1 / 1000 };
}

function heapTotals(root: HeapNode) {
  const fns = new Map<string, number>();
  const pkgs = new Map<string, number>();
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const n = stack.pop()!;
    total += n.selfSize;
    fns.set(label(n.callFrame), (fns.get(label(n.callFrame)) ?? 0) + n.selfSize);
    const o = owner(n.callFrame.url, n.callFrame.functionName);
    pkgs.set(o, (pkgs.get(o) ?? 0) + n.selfSize);
    stack.push(...n.children);
  }
  return { fns, pkgs, total, unit: 'MiB', scale: 1 / 2 ** 20 };
}

function print(
  title: string,
  m: Map<string, number>,
  total: number,
  top: number,
  unit: string,
  scale: number,
) {
  console.log(`\n${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(
      `  ${(v * scale).toFixed(0).padStart(8)} ${unit} ${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`,
    );
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    options: { top: { type: 'string', default: '15' } },
    allowPositionals: true,
  });
  if (!positionals[0]) {
    console.error('Usage: node bench/profile.ts <file.cpuprofile|file.heapprofile> [--top 15]');
    process.exit(2);
  }
  const data = JSON.parse(readFileSync(positionals[0], 'utf8')) as CpuProfile | { head: HeapNode };
  const t = 'head' in data ? heapTotals(data.head) : cpuTotals(data);
  const top = Number(values.top);
  console.log(
    `${positionals[0]}: ${(t.total * t.scale).toFixed(0)} ${t.unit} in all (${'head' in data ? 'sampled allocations still live at the end' : 'self time'})`,
  );
  print('By package', t.pkgs, t.total, top, t.unit, t.scale);
  print('By function', t.fns, t.total, top, t.unit, t.scale);
}
