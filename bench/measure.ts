/**
 * Measuring: runs a command while sampling the memory of its whole process tree, sizes a built site, and weighs
 * the pages of a built site (HTML plus the CSS and JS they load before any interaction).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { compareCodePoints } from '../src/lib/compare.ts';

/** What one timed command did. */
export interface TimedRun {
  /** Wall time from spawn to exit. */
  wallMs: number;
  /** The largest sum of VmRSS over the process and all its descendants, sampled every `sampleMs`. */
  peakRssBytes: number;
  /**
   * CPU time (user + system) of the process and the descendants it waited for. Unlike wall time it hardly moves
   * when other work shares the machine, so it is the steadier number on a busy computer.
   */
  cpuMs: number;
  exitCode: number | null;
  /** stdout and stderr interleaved, as the user would see them (colour codes removed). */
  output: string;
}

/** How a command is run. */
export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Memory sampling period; ~50 ms catches the peaks of a build without costing it measurable CPU. */
  sampleMs?: number;
}

// Colour and cursor escape sequences; Vite and rolldown print some even with FORCE_COLOR=0.
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;

/** Parent pid of every process, from `/proc/<pid>/stat` (the field after the `)` that closes the command name). */
function parentsByPid(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
    } catch {
      // The process ended between readdir and read.
    }
  }
  return parents;
}

/** The pid and every descendant of it that is alive now. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parentsByPid()) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

/** Resident memory of one process in bytes (0 once it has ended). */
function rssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of a process and all its descendants, in bytes. */
export function treeRssBytes(root: number): number {
  return processTree(root).reduce((sum, pid) => sum + rssBytes(pid), 0);
}

// USER_HZ, the unit of the times in /proc/<pid>/stat: 100 on every mainstream Linux (`getconf CLK_TCK`).
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * CPU time of this process's children that have ended and been waited for (cutime + cstime of /proc/self/stat),
 * in ms. The kernel adds a child's whole tree to it when the child is reaped, so the difference across one
 * spawn is that command's CPU time, as long as it is the only child running. 0 where /proc is missing.
 */
function reapedChildrenCpuMs(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/**
 * Runs a command to completion and measures its wall time and the peak memory of its process tree.
 * Sampling `/proc` works on every Linux; elsewhere the peak is reported as 0.
 */
export function timedRun(command: string, args: readonly string[], options: RunOptions): Promise<TimedRun> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const cpuBefore = reapedChildrenCpuMs();
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    const canSample = existsSync('/proc/self/status');
    const sample = (): void => {
      if (canSample && child.pid !== undefined) peak = Math.max(peak, treeRssBytes(child.pid));
    };
    const sampler = setInterval(sample, options.sampleMs ?? 50);
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on('close', (exitCode) => {
      const wallMs = performance.now() - started;
      clearInterval(sampler);
      resolve({
        wallMs,
        peakRssBytes: peak,
        cpuMs: reapedChildrenCpuMs() - cpuBefore,
        exitCode,
        output: Buffer.concat(chunks).toString('utf8').replace(ANSI, ''),
      });
    });
  });
}

/** Where an `astro build` spent its time, read from its own log. */
export interface AstroPhases {
  /** Vite/rolldown bundling of the server entrypoints: compiling every MDX note and component. */
  bundleMs?: number;
  /** Rendering every page to HTML ("generating static routes"). */
  renderMs?: number;
  /** Astro's own total ("N page(s) built in"), which excludes process start-up and config loading. */
  astroTotalMs?: number;
  /** Number of pages Astro reports. */
  pages?: number;
  /**
   * The share-image routes' (`/og/….png`) own times, summed: drawing an image, waiting for a worker, writing the file.
   * Pages render 16 at a time, so these overlap each other and the other pages: the sum can exceed the rendering phase.
   */
  shareImageRoutesMs?: number;
  /** Wall time of the share-image worker pool, from its start after the content check to its last image. */
  shareImageWorkersMs?: number;
  /** Wall time of the note-compile worker pool, from the start of bundling to its last note. */
  noteCompileWorkersMs?: number;
}

// A duration as Astro and Vite print it: `850ms`, `12.34s`, `1m 46s`, `2m`.
const DURATION = String.raw`(\d+(?:\.\d+)?(?:ms|s)|\d+m(?: \d+s)?)`;

/** Milliseconds of a duration matched by DURATION. */
export function durationMs(text: string): number {
  const minutes = /^(\d+)m(?: (\d+)s)?$/.exec(text);
  if (minutes) return (Number(minutes[1]) * 60 + Number(minutes[2] ?? 0)) * 1000;
  return text.endsWith('ms') ? Number(text.slice(0, -2)) : Number(text.slice(0, -1)) * 1000;
}

/** Reads the phase timings from the output of `astro build` (colour codes already removed). */
export function astroPhases(log: string): AstroPhases {
  const phases: AstroPhases = {};
  // The first "[vite] ✓ built in" is the server build that compiles the content; later ones bundle client scripts.
  const bundles = [...log.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`, 'g'))].map((m) => durationMs(m[1]!));
  if (bundles.length) phases.bundleMs = bundles.reduce((a, b) => a + b, 0);
  // "generating static routes", the per-page lines, then "✓ Completed in 15.50s."
  const render = new RegExp(String.raw`generating static routes[\s\S]*?✓ Completed in ${DURATION}`).exec(log);
  if (render) phases.renderMs = durationMs(render[1]!);
  // Each rendered route is listed with its time: `├─ /og/topics/docker.png (+26ms)`.
  const shareImageRoutes = [...log.matchAll(new RegExp(String.raw`[├└]─ \S*/og/\S+\.png \(\+${DURATION}\)`, 'g'))].map((m) =>
    durationMs(m[1]!),
  );
  if (shareImageRoutes.length) phases.shareImageRoutesMs = shareImageRoutes.reduce((a, b) => a + b, 0);
  const workers = new RegExp(String.raw`Share images drawn in ${DURATION}\.`).exec(log);
  if (workers) phases.shareImageWorkersMs = durationMs(workers[1]!);
  const compiled = new RegExp(String.raw`Notes compiled in ${DURATION}[.:]`).exec(log);
  if (compiled) phases.noteCompileWorkersMs = durationMs(compiled[1]!);
  const total = new RegExp(String.raw`(\d+) page\(s\) built in ${DURATION}`).exec(log);
  if (total) {
    phases.pages = Number(total[1]);
    phases.astroTotalMs = durationMs(total[2]!);
  }
  return phases;
}

/** Total bytes and number of files under a folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** A size as served without and with compression. */
export interface Bytes {
  raw: number;
  /** zlib gzip at its default level (6), as most static hosts serve it. */
  gzip: number;
}

/** What loading one page costs before any interaction. */
export interface PageWeight {
  /** The page, relative to the dist folder. */
  page: string;
  /** The HTML document, inline scripts and styles included. */
  html: Bytes;
  /** Stylesheets the page links (`<link rel="stylesheet">`). */
  css: Bytes;
  /**
   * Scripts loaded before any interaction: `<script src>`, `<link rel="modulepreload">` and every module they
   * import statically. Dynamic `import()` (e.g. a search UI opened on demand) is not counted.
   */
  js: Bytes;
  /** Bytes of inline `<script>` bodies; already part of `html`, shown apart because they are JS too. */
  inlineJs: Bytes;
  cssFiles: string[];
  jsFiles: string[];
}

function bytesOf(content: Buffer | string): Bytes {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: buffer.length, gzip: gzipSync(buffer).length };
}

function sum(items: readonly Bytes[]): Bytes {
  return items.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
}

/** An attribute of one tag's source text. */
function attribute(tag: string, name: string): string | undefined {
  // name, optional spaces, =, then a double-quoted, single-quoted or bare value.
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/**
 * The file in `distDir` that a URL on the page at `pageUrl` points to, or undefined for other origins.
 * Assumes the site is served from `/` (the bench builds with the default base path).
 */
function fileForUrl(distDir: string, pageUrl: string, href: string): string | undefined {
  const url = new URL(href, `https://site.invalid${pageUrl}`);
  if (url.origin !== 'https://site.invalid') return undefined;
  const file = path.join(distDir, decodeURIComponent(url.pathname));
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

// Static ESM imports and re-exports in (minified) bundles: `import"./a.js"`, `import{x as y}from"./b.js"`,
// `export*from"./c.js"`. The character class stops at `(` so dynamic `import("./d.js")` never matches.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.m?js)["']/g;

/** Weighs one HTML page of a built site and everything it loads before interaction. */
export function pageWeight(distDir: string, page: string): PageWeight {
  const htmlPath = path.join(distDir, page);
  const html = readFileSync(htmlPath, 'utf8');
  const pageUrl = `/${page
    .split(path.sep)
    .join('/')
    .replace(/index\.html$/, '')}`;
  const css = new Set<string>();
  const js = new Set<string>();
  const inline: string[] = [];

  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(tag, 'href');
    if (!href) continue;
    const file = fileForUrl(distDir, pageUrl, href);
    if (!file) continue;
    if (rel.includes('stylesheet')) css.add(file);
    if (rel.includes('modulepreload')) js.add(file);
  }
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = attribute(match[1]!, 'src');
    const type = (attribute(match[1]!, 'type') ?? '').toLowerCase();
    if (src) {
      const file = fileForUrl(distDir, pageUrl, src);
      if (file) js.add(file);
    } else if (!type || type === 'module' || type.includes('javascript')) {
      // JSON data blocks (`application/ld+json`, …) are not scripts.
      inline.push(match[2]!);
    }
  }
  // Follow static imports: the browser fetches them before the entry module runs.
  for (const file of js) {
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const imported = fileForUrl(distDir, `/${path.relative(distDir, file).split(path.sep).join('/')}`, specifier!);
      if (imported) js.add(imported);
    }
  }
  const relative = (files: Set<string>): string[] => [...files].map((f) => path.relative(distDir, f)).sort(compareCodePoints);
  return {
    page,
    html: bytesOf(html),
    css: sum([...css].map((f) => bytesOf(readFileSync(f)))),
    js: sum([...js].map((f) => bytesOf(readFileSync(f)))),
    inlineJs: bytesOf(inline.join('\n')),
    cssFiles: relative(css),
    jsFiles: relative(js),
  };
}

/** `count` items spread evenly over a list, first and last included. */
export function evenSample<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  if (count === 1) return [items[Math.floor(items.length / 2)]!];
  return Array.from({ length: count }, (_, i) => items[Math.round((i * (items.length - 1)) / (count - 1))]!);
}

/** The median of some numbers (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Writes files under a folder, creating subfolders. */
export function writeFiles(dir: string, files: readonly { path: string; contents: string }[]): void {
  for (const file of files) {
    const target = path.join(dir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
  }
}
