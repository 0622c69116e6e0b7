/** Reads a V8 `.cpuprofile` (from `node --cpu-prof`) and adds up self time by package, to see where a build goes. */
import { compareCodePoints } from '../src/lib/compare.ts';

/** The parts of a V8 CPU profile this module reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples: number[];
  /** Microseconds since the previous sample. */
  timeDeltas: number[];
}

/** Where a function's code comes from, for grouping: `astro`, `@mdx-js/mdx`, `project src/lib`, … */
export function packageOf(functionName: string, url: string): string {
  if (!url) {
    // V8's pseudo-frames.
    if (functionName === '(garbage collector)') return '(garbage collection)';
    if (functionName === '(idle)') return '(idle: waiting on I/O or native threads)';
    if (functionName === '(program)') return '(program: V8 and native code)';
    return `(native ${functionName || 'anonymous'})`;
  }
  if (url.startsWith('node:')) return 'node: built-in modules';
  if (url.startsWith('wasm://')) return '(WebAssembly)';
  const path = decodeURIComponent(url.replace(/^file:\/\//, ''));
  // The last node_modules segment names the package, scoped or not.
  const inPackage = /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
  if (inPackage) return inPackage[1]!;
  if (/\.mdx(\?|$)/.test(path)) return 'generated notes (MDX modules)';
  // Astro's server build of the site's own code (pages, components, compiled notes), run to render pages.
  if (/\/(\.prerender|chunks|pages)\/[^/]+\.m?js$/.test(path) || /\/dist\/(server|\.prerender)\//.test(path))
    return 'built site code (Astro chunks)';
  const inProject = /\/(src\/[^/]+|scripts|astro\.config\.mjs)/.exec(path);
  if (inProject) return `project ${inProject[1]}`;
  return path;
}

/** Self time by package, largest first, in milliseconds and as a share of the whole profile. */
export function selfTimeByPackage(profile: CpuProfile): { name: string; ms: number; share: number }[] {
  const groupOf = new Map(profile.nodes.map((node) => [node.id, packageOf(node.callFrame.functionName, node.callFrame.url)]));
  const totals = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    all += us;
    const group = groupOf.get(id) ?? '(unknown)';
    totals.set(group, (totals.get(group) ?? 0) + us);
  });
  return [...totals]
    .map(([name, us]) => ({ name, ms: us / 1000, share: all ? us / all : 0 }))
    .sort((a, b) => b.ms - a.ms || compareCodePoints(a.name, b.name));
}
