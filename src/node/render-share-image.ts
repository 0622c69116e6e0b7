/**
 * Renders share images (1200×630 PNG) at build time: satori lays the model out as SVG with the Inter font from
 * @fontsource/inter, resvg draws the SVG's pixels and sharp encodes them as a PNG. Rendered images are cached by content hash across builds in
 * `og/` of the project cache (src/node/cache-dir.ts; or `SHARE_IMAGE_CACHE_DIR`), so an unchanged note is not rendered
 * again: the key covers exactly the model (what the image shows) and the renderer's version. A build draws the images
 * in worker threads from the start (src/node/share-image-pool.ts); an endpoint that asks for one still being drawn
 * waits for it, and draws it here itself only when no worker is drawing it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import {
  SHARE_IMAGE_SIZE,
  canonicalJson,
  shareImageCacheKey,
  type ShareImage,
  type SiteShareImage,
  type TopicShareImage,
  type WeekShareImage,
} from '../lib/share-image.ts';
import { THEME_COLOURS, statusColours } from '../lib/theme-colours.ts';
import type { NoteStatus } from '../schemas/note.ts';
import { projectCacheDir } from './cache-dir.ts';

/** Bump when the layout or the encoding below changes: every cached image is then rendered again. */
const LAYOUT_VERSION = 2;

// Resolved from the project root, not from this module: in a build this code runs from a bundled chunk that may sit
// in a temporary output folder with no node_modules above it.
const requireFromProject = createRequire(path.join(process.cwd(), 'package.json'));

const FONT_WEIGHTS = [400, 600, 700, 800] as const;
// `latin` covers ASCII, Latin-1 and punctuation (– — … ·); `latin-ext` adds the rest of the Latin alphabets. satori
// reads woff (not woff2).
const FONT_SUBSETS = ['latin', 'latin-ext'] as const;

function fontFile(subset: string, weight: number): string {
  return requireFromProject.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`);
}

function packageVersion(packageJsonPath: string): string {
  return (JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { version: string }).version;
}

let versionMemo: string | undefined;
/** The renderer's version: layout, satori, resvg, sharp and the font package. Part of every cache key. */
export function rendererVersion(): string {
  versionMemo ??= [
    `layout@${LAYOUT_VERSION}`,
    // The palette is part of the version, so a changed colour draws every image again.
    `colours@${createHash('sha256').update(canonicalJson(PALETTE)).digest('hex').slice(0, 12)}`,
    `satori@${packageVersion(requireFromProject.resolve('satori/package.json'))}`,
    `resvg@${packageVersion(requireFromProject.resolve('@resvg/resvg-js/package.json'))}`,
    // sharp's exports hide its package.json; it reports its own and libvips' versions.
    `sharp@${sharp.versions.sharp} vips@${sharp.versions.vips}`,
    // @fontsource/inter maps every subpath to CSS, so its package.json is found from a font file.
    `inter@${packageVersion(path.join(path.dirname(fontFile('latin', 400)), '..', 'package.json'))}`,
  ].join(' ');
  return versionMemo;
}

let fontsMemo: Font[] | undefined;
function fonts(): Font[] {
  fontsMemo ??= FONT_SUBSETS.flatMap((subset) =>
    FONT_WEIGHTS.map((weight) => ({ name: 'Inter', data: readFileSync(fontFile(subset, weight)), weight, style: 'normal' as const })),
  );
  return fontsMemo;
}

/** Where rendered images are kept between builds. */
export function shareImageCacheDir(): string {
  return path.resolve(process.env['SHARE_IMAGE_CACHE_DIR'] ?? path.join(projectCacheDir(), 'og'));
}

/** What the endpoints ask about images drawn elsewhere: set by the worker pool (src/node/share-image-pool.ts). */
export interface ShareImagesInProgress {
  /** Takes `file` from the workers when none has started it, for the caller to draw: true when it did. */
  take(file: string): boolean;
  /** Settles when the worker drawing `file` is done with it (rejects when it failed); undefined when none is. */
  waitFor(file: string): Promise<void> | undefined;
}
// On globalThis: the integration that starts the pool and the bundled endpoints load this module separately.
const IN_PROGRESS = Symbol.for('mlops-study-notes.share-images-in-progress');
const inProgressStore = globalThis as unknown as Record<symbol, ShareImagesInProgress | undefined>;

/** Tells the endpoints which images are being drawn (undefined: none any more). */
export function setShareImagesInProgress(inProgress: ShareImagesInProgress | undefined): void {
  inProgressStore[IN_PROGRESS] = inProgress;
}

/** The cache file of `image`: its content hash, so a changed image gets a new file. */
export function shareImageFile(image: ShareImage, cacheDir: string = shareImageCacheDir()): string {
  return path.join(cacheDir, `${shareImageCacheKey(image, rendererVersion())}.png`);
}

/**
 * The PNG of `image`: from the cache when an image with the same key was rendered before (or a worker is drawing it
 * now), else rendered now and stored. A cache hit never rewrites the file, so its mtime shows when it was last rendered.
 */
export async function renderShareImage(image: ShareImage, cacheDir: string = shareImageCacheDir()): Promise<Uint8Array<ArrayBuffer>> {
  const file = shareImageFile(image, cacheDir);
  const inProgress = inProgressStore[IN_PROGRESS];
  // An image no worker has started yet is drawn here, now; one a worker is drawing is waited for. A worker that fails
  // leaves no file: the image is then drawn below, so a worker never changes what is served.
  if (inProgress && !inProgress.take(file)) await inProgress.waitFor(file)?.catch(() => undefined);
  try {
    // A copy in its own ArrayBuffer: what `Response` accepts as a body.
    return new Uint8Array(readFileSync(file));
  } catch {
    // Not rendered yet: render below.
  }
  const png = await renderPng(image);
  storeShareImage(file, png);
  return png;
}

/** Writes a rendered image into the cache. */
export function storeShareImage(file: string, png: Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  // Write then rename, so a build that is stopped half-way never leaves a truncated PNG under a valid key; the thread
  // is in the name because workers share the process.
  const partial = `${file}.${process.pid}-${threadId}.partial`;
  writeFileSync(partial, png);
  renameSync(partial, file);
}

/** Renders without the cache. */
export async function renderPng(image: ShareImage): Promise<Uint8Array<ArrayBuffer>> {
  return svgToPng(await shareImageSvg(image));
}

/** The image as SVG, laid out by satori (text drawn as paths). */
export function shareImageSvg(image: ShareImage): Promise<string> {
  return satori(layout(image) as Parameters<typeof satori>[0], { ...SHARE_IMAGE_SIZE, fonts: fonts() });
}

// Each image is encoded once and never read back, so libvips' operation cache would only hold memory.
sharp.cache(false);

/**
 * The SVG as a PNG. resvg draws the pixels; sharp (libvips and zlib) encodes them: resvg's own PNG encoder took more
 * of an image's time than drawing it, for a larger file. Every pixel of the card is opaque (the frame fills it), so
 * the PNG is RGB without an alpha channel.
 */
export async function svgToPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  // satori draws all text as paths, so resvg needs no fonts: loading the system's (its default) took a fifth of
  // every image's time, and the pixels are the same without them.
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE_SIZE.width }, font: { loadSystemFonts: false } });
  const { pixels, width, height } = resvg.render();
  const png = await sharp(pixels, { raw: { width, height, channels: 4 } })
    .removeAlpha()
    // Filtering every row adaptively costs more time than it saves bytes on flat colours like these.
    .png({ compressionLevel: 6, adaptiveFiltering: false })
    .toBuffer();
  return new Uint8Array(png);
}

// ---------- Layout: satori's element objects (the shape JSX compiles to), no React needed ----------

interface Element {
  type: string;
  props: { style?: Record<string, string | number>; children?: Child | Child[]; [attribute: string]: unknown };
}
type Child = Element | string | false | undefined;

function el(type: string, style: Record<string, string | number>, ...children: Child[]): Element {
  return { type, props: { style, children: children.filter((c) => c !== false && c !== undefined) } };
}
function svg(width: number, height: number, viewBox: string, ...children: Element[]): Element {
  return { type: 'svg', props: { width, height, viewBox, children } };
}
function shape(type: string, attributes: Record<string, string | number>): Element {
  return { type, props: attributes };
}

// The light theme's colours, the same tokens the pages use.
const PALETTE = THEME_COLOURS.light;
const INK = PALETTE.text;
const MUTED = PALETTE['text-muted'];
const BORDER = PALETTE.border;
const ACCENT = PALETTE.accent;
const PAPER = PALETTE.bg;
const PAPER_SOFT = PALETTE['bg-soft'];

/** The site's logo mark (the header's two squares joined by an edge), in the accent colour. */
function logo(size: number): Element {
  return svg(
    size,
    size,
    '0 0 24 24',
    shape('path', { fill: ACCENT, d: 'M4 4h7v7H4zM13 13h7v7h-7z' }),
    shape('path', { d: 'M11 7.5h3.5a2 2 0 0 1 2 2V13', fill: 'none', stroke: ACCENT, 'stroke-width': 2 }),
  );
}

/** The status icon of StatusBadge.astro: full circle with a tick, half circle, dashed circle. */
function statusIcon(status: NoteStatus, size: number): Element {
  const colour = statusColours(status).text;
  if (status === 'done') {
    return svg(
      size,
      size,
      '0 0 16 16',
      shape('circle', { cx: 8, cy: 8, r: 7, fill: colour }),
      shape('path', {
        d: 'M4.5 8.2l2.3 2.3 4.7-4.9',
        fill: 'none',
        stroke: PAPER,
        'stroke-width': 1.8,
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
      }),
    );
  }
  if (status === 'in-progress') {
    return svg(
      size,
      size,
      '0 0 16 16',
      shape('circle', { cx: 8, cy: 8, r: 6.2, fill: 'none', stroke: colour, 'stroke-width': 1.6 }),
      shape('path', { d: 'M8 1.8a6.2 6.2 0 0 1 0 12.4z', fill: colour }),
    );
  }
  return svg(
    size,
    size,
    '0 0 16 16',
    shape('circle', { cx: 8, cy: 8, r: 6.2, fill: 'none', stroke: colour, 'stroke-width': 1.6, 'stroke-dasharray': '2.6 2' }),
  );
}

function statusPill(status: NoteStatus, label: string): Element {
  const colours = statusColours(status);
  return el(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      gap: 12,
      padding: '10px 22px 10px 16px',
      borderRadius: 999,
      background: colours.soft,
      color: colours.text,
      border: `2px solid ${colours.text}`,
      fontSize: 26,
      fontWeight: 700,
    },
    statusIcon(status, 28),
    label,
  );
}

/** The frame shared by both images: a stripe on the left, the site line on top, content, a footer row. */
function frame(stripe: string, top: Element, middle: Element[], footer: Element): Element {
  return el(
    'div',
    { width: '100%', height: '100%', display: 'flex', background: PAPER, fontFamily: 'Inter', color: INK },
    el('div', { width: 18, height: '100%', background: stripe }),
    el(
      'div',
      { flex: 1, display: 'flex', flexDirection: 'column', padding: '56px 72px 52px 66px' },
      top,
      el('div', { flex: 1, display: 'flex', flexDirection: 'column', justifyContent: 'center', gap: 22 }, ...middle),
      footer,
    ),
  );
}

function siteLine(siteTitle: string, right: string | undefined): Element {
  return el(
    'div',
    { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 32, fontSize: 26, fontWeight: 600, color: MUTED },
    el(
      'div',
      { display: 'flex', alignItems: 'center', gap: 14, minWidth: 0, flexShrink: 1 },
      logo(40),
      el('div', { display: 'block', lineClamp: 1, color: INK, fontWeight: 700 }, siteTitle),
    ),
    right ? el('div', { display: 'block', lineClamp: 1, flexShrink: 0, maxWidth: 560 }, right) : undefined,
  );
}

function title(text: string, fontSize: number, lines: number): Element {
  return el(
    'div',
    { display: 'block', fontSize, fontWeight: 800, lineHeight: 1.08, letterSpacing: '-0.02em', lineClamp: lines, wordBreak: 'break-word' },
    text,
  );
}

function summary(text: string, lines: number): Element {
  return el('div', { display: 'block', fontSize: 30, lineHeight: 1.4, color: MUTED, lineClamp: lines, wordBreak: 'break-word' }, text);
}

/** One segment per prerequisite (green when done); a continuous bar when there are too many to count. */
function prerequisiteBar(done: number, total: number): Element | undefined {
  if (total === 0) return undefined;
  const done_ = statusColours('done').text;
  if (total > 10) {
    return el(
      'div',
      { display: 'flex', width: 220, height: 14, borderRadius: 7, background: BORDER, overflow: 'hidden' },
      el('div', { width: `${Math.round((done / total) * 100)}%`, height: '100%', background: done_ }),
    );
  }
  return el(
    'div',
    { display: 'flex', gap: 6 },
    ...Array.from({ length: total }, (_, i) =>
      el('div', { width: 30, height: 14, borderRadius: 7, background: i < done ? done_ : BORDER }),
    ),
  );
}

function clockIcon(size: number): Element {
  return svg(
    size,
    size,
    '0 0 24 24',
    shape('circle', { cx: 12, cy: 12, r: 9, fill: 'none', stroke: MUTED, 'stroke-width': 2 }),
    shape('path', { d: 'M12 7v5l3 2', fill: 'none', stroke: MUTED, 'stroke-width': 2, 'stroke-linecap': 'round' }),
  );
}

function footerRow(...children: Child[]): Element {
  return el(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'space-between',
      gap: 32,
      paddingTop: 26,
      borderTop: `2px solid ${BORDER}`,
      fontSize: 26,
      fontWeight: 600,
      color: MUTED,
    },
    ...children,
  );
}

function topicLayout(image: TopicShareImage): Element {
  const bar = prerequisiteBar(image.prerequisites.done, image.prerequisites.total);
  return frame(
    statusColours(image.status).text,
    siteLine(image.siteTitle, image.phase),
    [
      el('div', { display: 'flex' }, statusPill(image.status, image.statusLabel)),
      title(image.title.text, image.title.fontSize, 3),
      summary(image.summary, image.title.fontSize >= 66 ? 2 : 1),
    ],
    footerRow(
      el('div', { display: 'flex', alignItems: 'center', gap: 18 }, bar, image.prerequisites.label),
      el('div', { display: 'flex', alignItems: 'center', gap: 12 }, clockIcon(30), image.studied),
    ),
  );
}

function siteLayout(image: SiteShareImage): Element {
  const segments = (['done', 'in-progress', 'planned'] as const).filter((s) => image.counts[s] > 0);
  const legend = (['done', 'in-progress', 'planned'] as const).map((s) =>
    el(
      'div',
      { display: 'flex', alignItems: 'center', gap: 10 },
      statusIcon(s, 26),
      `${image.counts[s]} ${s === 'in-progress' ? 'in progress' : s}`,
    ),
  );
  return frame(
    ACCENT,
    siteLine('Study roadmap', image.author ? `by ${image.author}` : undefined),
    [
      title(image.siteTitle.text, image.siteTitle.fontSize + 6, 2),
      summary(image.description, 2),
      el(
        'div',
        { display: 'flex', flexDirection: 'column', gap: 14, marginTop: 12 },
        el(
          'div',
          {
            display: 'flex',
            width: '100%',
            height: 22,
            borderRadius: 11,
            background: PAPER_SOFT,
            border: `2px solid ${BORDER}`,
            overflow: 'hidden',
          },
          ...segments.map((s) =>
            el('div', {
              width: `${(image.counts[s] / image.total) * 100}%`,
              height: '100%',
              background: s === 'planned' ? BORDER : statusColours(s).text,
            }),
          ),
        ),
        el('div', { display: 'flex', fontSize: 28, fontWeight: 700, color: INK }, image.progressLabel),
      ),
    ],
    footerRow(el('div', { display: 'flex', gap: 28 }, ...legend), image.scope),
  );
}

function weekLayout(image: WeekShareImage): Element {
  return frame(
    ACCENT,
    siteLine(image.siteTitle, image.range),
    [
      el(
        'div',
        { display: 'flex', fontSize: 30, fontWeight: 700, color: ACCENT, textTransform: 'uppercase', letterSpacing: '0.06em' },
        `Weekly digest · ${image.title}`,
      ),
      title(image.hours, 96, 1),
      summary(image.topics, 2),
    ],
    footerRow(
      el('div', { display: 'flex', alignItems: 'center', gap: 12 }, clockIcon(30), image.sessions),
      image.highlights
        ? el('div', { display: 'flex', alignItems: 'center', gap: 12 }, statusIcon('done', 28), image.highlights)
        : undefined,
    ),
  );
}

function layout(image: ShareImage): Element {
  if (image.kind === 'topic') return topicLayout(image);
  if (image.kind === 'week') return weekLayout(image);
  return siteLayout(image);
}
