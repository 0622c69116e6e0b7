/** The bench's results: their shape, the printed table and the JSON file under bench/results/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DevSample } from './dev.ts';
import type { AstroPhases, Bytes, PageWeight } from './measure.ts';
import { median } from './measure.ts';

/** One timed build. */
export interface BuildSample {
  wallMs: number;
  /** User + system CPU time of the whole process tree. */
  cpuMs: number;
  peakRssBytes: number;
  /** Phase timings from Astro's log. */
  phases: AstroPhases;
}

/** One interleaved run of one site: a cold build, then two rebuilds with the same cache. */
export interface SiteRun {
  /** `node scripts/check.ts` (ours only). */
  checkMs?: number;
  cold: BuildSample;
  /** Rebuild with the same cache and nothing changed (not with `--cold-only`). */
  rebuildUntouched?: BuildSample;
  /** Rebuild with the same cache after one word of one note changed (not with `--cold-only`). */
  rebuildOneNote?: BuildSample;
}

/** The per-page medians over the sampled topic pages. */
export interface PageWeightSummary {
  html: Bytes;
  css: Bytes;
  js: Bytes;
  inlineJs: Bytes;
  /** HTML + CSS + JS files (inline scripts are inside the HTML). */
  total: Bytes;
}

/** Everything measured for one site at one N. */
export interface SiteResult {
  site: 'ours' | 'starlight';
  runs: SiteRun[];
  distBytes: number;
  distFiles: number;
  /** Pages Astro reported building. */
  pages?: number;
  pageWeight: PageWeightSummary;
  /** Each sampled topic page, with the files it loads. */
  pagesSampled: PageWeight[];
}

/** One N. */
export interface SizeResult {
  notes: number;
  phases: number;
  /** Words in all note bodies. */
  words: number;
  /** Warnings `npm run check` printed for the generated content (errors abort the bench). */
  checkWarnings: number;
  ours: SiteResult;
  peer?: SiteResult;
  /** Dev-server sessions, with `--dev` (then there are no builds). */
  dev?: DevSample[];
  /** Self time by package of a profiled cold build of ours, when `--cpu-prof` was given. */
  profile?: { file: string; topPackages: { name: string; ms: number; share: number }[] };
}

/** The whole JSON file. */
export interface BenchResult {
  startedAt: string;
  options: { notes: number[]; runs: number; peer?: string; workers?: number; dev?: boolean; seed: number; today: string };
  environment: { node: string; platform: string; cpus: number; cpuModel: string; memoryBytes: number; astro: string; starlight?: string };
  sizes: SizeResult[];
}

/** Medians over the runs of a site, the numbers the table shows. */
export interface SiteSummary {
  coldMs: number;
  coldMinMs: number;
  coldMaxMs: number;
  msPerNote: number;
  coldCpuMs: number;
  peakRssBytes: number;
  checkMs?: number;
  /** Undefined with `--cold-only`. */
  rebuildUntouchedMs?: number | undefined;
  rebuildOneNoteMs?: number | undefined;
  bundleMs?: number;
  renderMs?: number;
  shareImageRoutesMs?: number;
  shareImageWorkersMs?: number;
  noteCompileWorkersMs?: number;
}

const PHASE_KEYS = ['bundleMs', 'renderMs', 'shareImageRoutesMs', 'shareImageWorkersMs', 'noteCompileWorkersMs'] as const;

/** Medians of one site's runs. */
export function summarize(result: SiteResult, notes: number): SiteSummary {
  const of = (pick: (run: SiteRun) => number | undefined): number | undefined => {
    const values = result.runs.map(pick).filter((v): v is number => v !== undefined);
    return values.length ? median(values) : undefined;
  };
  const cold = result.runs.map((r) => r.cold.wallMs);
  const coldMs = median(cold);
  // Phases the log may not report (an old Astro, no share images): left out of the summary rather than zero.
  const phases: Partial<Record<(typeof PHASE_KEYS)[number], number>> = {};
  for (const key of PHASE_KEYS) {
    const value = of((r) => r.cold.phases[key]);
    if (value !== undefined) phases[key] = value;
  }
  const checkMs = of((r) => r.checkMs);
  return {
    coldMs,
    coldMinMs: Math.min(...cold),
    coldMaxMs: Math.max(...cold),
    msPerNote: coldMs / notes,
    coldCpuMs: of((r) => r.cold.cpuMs)!,
    peakRssBytes: of((r) => r.cold.peakRssBytes)!,
    rebuildUntouchedMs: of((r) => r.rebuildUntouched?.wallMs),
    rebuildOneNoteMs: of((r) => r.rebuildOneNote?.wallMs),
    ...(checkMs === undefined ? {} : { checkMs }),
    ...phases,
  };
}

/** Median page weights over the sampled pages. */
export function summarizePages(pages: readonly PageWeight[]): PageWeightSummary {
  const bytes = (pick: (p: PageWeight) => Bytes): Bytes => ({
    raw: median(pages.map((p) => pick(p).raw)),
    gzip: median(pages.map((p) => pick(p).gzip)),
  });
  const total = (p: PageWeight): Bytes => ({ raw: p.html.raw + p.css.raw + p.js.raw, gzip: p.html.gzip + p.css.gzip + p.js.gzip });
  return {
    html: bytes((p) => p.html),
    css: bytes((p) => p.css),
    js: bytes((p) => p.js),
    inlineJs: bytes((p) => p.inlineJs),
    total: bytes(total),
  };
}

/** `1.23 s`, `456 ms`. */
export function formatMs(ms: number | undefined): string {
  if (ms === undefined || Number.isNaN(ms)) return '—';
  return ms >= 1000 ? `${(ms / 1000).toFixed(ms >= 100_000 ? 0 : 2)} s` : `${Math.round(ms)} ms`;
}

/** `12.3 kB`, `4.56 MB`, `1.20 GB` (powers of 1000, as file sizes are usually shown). */
export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined || Number.isNaN(bytes)) return '—';
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} kB`;
  return `${bytes} B`;
}

const formatWeight = (b: Bytes): string => `${formatBytes(b.raw)} / ${formatBytes(b.gzip)}`;

function ratio(ours: number | undefined, theirs: number | undefined): string {
  if (ours === undefined || theirs === undefined || !theirs) return '';
  return `${(ours / theirs).toFixed(2)}×`;
}

/** Lays out rows as aligned columns; the first row is the header. */
function columns(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(rows[0]!), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** The dev-server table for one N: the median of each step over the sessions, and its range. */
export function formatDevSize(size: SizeResult & { dev: DevSample[] }): string {
  const step = (label: string, pick: (sample: DevSample) => number, format = formatMs): string[] => {
    const values = size.dev.map(pick);
    return [label, format(median(values)), `${format(Math.min(...values))} – ${format(Math.max(...values))}`];
  };
  const rows = [
    ['', `median of ${size.dev.length}`, 'min – max'],
    step('dev server start (to "ready"), cold cache', (s) => s.startMs),
    step('dev server start again, warm cache', (s) => s.warmStartMs),
    step('first topic page', (s) => s.firstPageMs),
    step('edit → the page shows it', (s) => s.editVisibleMs),
    step('retitle → a page listing it shows it', (s) => s.retitleVisibleMs),
    step('peak RSS, process tree', (s) => s.peakRssBytes, formatBytes),
  ];
  return `N = ${size.notes} notes, ${size.phases} phases, ${size.words.toLocaleString('en')} words: astro dev\n${columns(rows)}`;
}

/** The table for one N: ours, the peer when there is one, and ours ÷ theirs. */
export function formatSize(size: SizeResult, runs: number): string {
  if (size.dev) return formatDevSize({ ...size, dev: size.dev });
  const ours = summarize(size.ours, size.notes);
  const peer = size.peer ? summarize(size.peer, size.notes) : undefined;
  const peerName = size.peer ? size.peer.site : undefined;
  const row = (label: string, mine: string, theirs?: string, r = ''): string[] => (peer ? [label, mine, theirs ?? '—', r] : [label, mine]);
  const header = peer ? ['', 'ours', peerName!, 'ours ÷ theirs'] : ['', 'ours'];
  const page = (pick: (w: PageWeightSummary) => Bytes, label: string): string[] =>
    row(
      label,
      formatWeight(pick(size.ours.pageWeight)),
      size.peer && formatWeight(pick(size.peer.pageWeight)),
      ratio(pick(size.ours.pageWeight).gzip, size.peer && pick(size.peer.pageWeight).gzip),
    );
  const rows = [
    header,
    row(`cold build (median of ${runs})`, formatMs(ours.coldMs), peer && formatMs(peer.coldMs), ratio(ours.coldMs, peer?.coldMs)),
    row(
      '  min – max',
      `${formatMs(ours.coldMinMs)} – ${formatMs(ours.coldMaxMs)}`,
      peer && `${formatMs(peer.coldMinMs)} – ${formatMs(peer.coldMaxMs)}`,
    ),
    row('  per note', `${ours.msPerNote.toFixed(1)} ms`, peer && `${peer.msPerNote.toFixed(1)} ms`),
    row('  CPU time, user + sys', formatMs(ours.coldCpuMs), peer && formatMs(peer.coldCpuMs), ratio(ours.coldCpuMs, peer?.coldCpuMs)),
    row('  bundling (Vite, from log)', formatMs(ours.bundleMs), peer && formatMs(peer.bundleMs), ratio(ours.bundleMs, peer?.bundleMs)),
    row(
      '    notes compiled in workers (from log)',
      ours.noteCompileWorkersMs === undefined ? '(no workers)' : formatMs(ours.noteCompileWorkersMs),
      peer && '(none)',
    ),
    row('  rendering pages (from log)', formatMs(ours.renderMs), peer && formatMs(peer.renderMs), ratio(ours.renderMs, peer?.renderMs)),
    row('    share-image routes, summed (from log)', formatMs(ours.shareImageRoutesMs), peer && '(none)'),
    row(
      '  share images in workers (from log)',
      ours.shareImageWorkersMs === undefined ? '(no workers)' : formatMs(ours.shareImageWorkersMs),
      peer && '(none)',
    ),
    row(
      'peak RSS, process tree',
      formatBytes(ours.peakRssBytes),
      peer && formatBytes(peer.peakRssBytes),
      ratio(ours.peakRssBytes, peer?.peakRssBytes),
    ),
    row('npm run check', formatMs(ours.checkMs), peer && '(none)'),
    row(
      'rebuild, nothing touched',
      formatMs(ours.rebuildUntouchedMs),
      peer && formatMs(peer.rebuildUntouchedMs),
      ratio(ours.rebuildUntouchedMs, peer?.rebuildUntouchedMs),
    ),
    row(
      'rebuild, one note touched',
      formatMs(ours.rebuildOneNoteMs),
      peer && formatMs(peer.rebuildOneNoteMs),
      ratio(ours.rebuildOneNoteMs, peer?.rebuildOneNoteMs),
    ),
    row('pages built', String(size.ours.pages ?? '—'), size.peer && String(size.peer.pages ?? '—')),
    row(
      'dist size',
      `${formatBytes(size.ours.distBytes)} (${size.ours.distFiles} files)`,
      size.peer && `${formatBytes(size.peer.distBytes)} (${size.peer.distFiles} files)`,
      ratio(size.ours.distBytes, size.peer?.distBytes),
    ),
    row(`topic page, median of ${size.ours.pagesSampled.length}: raw / gzip`, '', ''),
    page((w) => w.html, '  HTML'),
    page((w) => w.css, '  CSS'),
    page((w) => w.js, '  JS before interaction'),
    page((w) => w.inlineJs, '    of which inline (in HTML)'),
    page((w) => w.total, '  total'),
  ];
  const title =
    `N = ${size.notes} notes, ${size.phases} phases, ${size.words.toLocaleString('en')} words` +
    (size.checkWarnings ? ` (check: ${size.checkWarnings} warning${size.checkWarnings > 1 ? 's' : ''})` : '');
  const profile = size.profile
    ? `\nCPU profile of one cold build of ours (self time by package):\n${size.profile.topPackages.map((p) => `  ${p.name.padEnd(40)} ${formatMs(p.ms).padStart(9)}  ${(p.share * 100).toFixed(1).padStart(5)} %`).join('\n')}\n  (${size.profile.file})`
    : '';
  return `${title}\n${columns(rows)}${profile}`;
}

/** The closing summary: one line per N, so growth with N is visible at a glance. */
export function formatOverview(result: BenchResult): string {
  const withPeer = result.sizes.some((s) => s.peer);
  const header = withPeer
    ? [
        'N',
        'ours cold',
        'ms/note',
        `${result.options.peer} cold`,
        'ms/note',
        'ours ÷ theirs',
        'ours page gz',
        'theirs page gz',
        'ours RSS',
        'theirs RSS',
      ]
    : ['N', 'ours cold', 'ms/note', 'rebuild 1 note', 'check', 'page gz', 'RSS'];
  const rows = result.sizes.map((size) => {
    const ours = summarize(size.ours, size.notes);
    if (!withPeer || !size.peer) {
      return [
        String(size.notes),
        formatMs(ours.coldMs),
        ours.msPerNote.toFixed(1),
        formatMs(ours.rebuildOneNoteMs),
        formatMs(ours.checkMs),
        formatBytes(size.ours.pageWeight.total.gzip),
        formatBytes(ours.peakRssBytes),
      ];
    }
    const peer = summarize(size.peer, size.notes);
    return [
      String(size.notes),
      formatMs(ours.coldMs),
      ours.msPerNote.toFixed(1),
      formatMs(peer.coldMs),
      peer.msPerNote.toFixed(1),
      ratio(ours.coldMs, peer.coldMs),
      formatBytes(size.ours.pageWeight.total.gzip),
      formatBytes(size.peer.pageWeight.total.gzip),
      formatBytes(ours.peakRssBytes),
      formatBytes(peer.peakRssBytes),
    ];
  });
  return columns([header, ...rows]);
}

/** The whole printed report. */
export function formatReport(result: BenchResult): string {
  const env = result.environment;
  const head = `Build benchmark — ${env.cpus} × ${env.cpuModel}, Node ${env.node}, Astro ${env.astro}${env.starlight ? `, Starlight ${env.starlight}` : ''}; seed ${result.options.seed}, today ${result.options.today}`;
  const overview = result.options.dev ? [] : ['Overview', formatOverview(result), ''];
  return [head, '', ...result.sizes.flatMap((s) => [formatSize(s, result.options.runs), '']), ...overview].join('\n');
}

/** Writes the result to `<dir>/<timestamp>.json` and returns the path. */
export function writeResultJson(result: BenchResult, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${result.startedAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}
