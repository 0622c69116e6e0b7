/**
 * The PNG encoding of share images: sharp writes exactly the pixels resvg drew, without the alpha channel, which
 * holds only because every card is opaque. One image of each kind, drawn for real.
 */
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { fitTitle, type ShareImage } from '../../src/lib/share-image.ts';
import { shareImageSvg, svgToPng } from '../../src/node/render-share-image.ts';

const images: ShareImage[] = [
  {
    kind: 'topic',
    siteTitle: 'MLOps Study Notes',
    phase: 'Phase 3 · Core MLOps',
    status: 'in-progress',
    statusLabel: 'In progress',
    title: fitTitle('Data validation before training'),
    summary: 'Schemas, drift and skew checks on training and serving data.',
    prerequisites: { done: 2, total: 3, label: '2 of 3 prerequisites done' },
    studied: 'Studied 3–12 Sep 2026',
  },
  {
    kind: 'site',
    siteTitle: fitTitle('MLOps Study Notes'),
    description: 'A year of learning MLOps in public.',
    author: 'Jane Doe',
    counts: { done: 3, 'in-progress': 1, planned: 4 },
    total: 8,
    progressLabel: '3 of 8 topics done',
    scope: '8 topics in 3 phases',
  },
  {
    kind: 'week',
    siteTitle: 'MLOps Study Notes',
    title: 'Week 48, 2026',
    range: '23–29 November 2026',
    hours: '5 h of study',
    topics: 'Docker, Kubernetes and Helm',
    sessions: '3 sessions · 3 topics',
    highlights: '1 completed',
  },
];

describe('svgToPng', () => {
  it.each(images.map((image) => [image.kind, image] as const))(
    'encodes the %s card with exactly the pixels resvg drew',
    async (_kind, image) => {
      const svg = await shareImageSvg(image);
      const drawn = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 }, font: { loadSystemFonts: false } }).render();
      const rgba = drawn.pixels;
      // Every pixel is opaque, so dropping the alpha channel loses nothing.
      for (let alpha = 3; alpha < rgba.length; alpha += 4) {
        if (rgba[alpha] !== 255) throw new Error(`pixel ${(alpha - 3) / 4} is not opaque (alpha ${rgba[alpha]})`);
      }

      const png = Buffer.from(await svgToPng(svg));
      const decoded = await sharp(png).raw().toBuffer({ resolveWithObject: true });
      expect(decoded.info).toMatchObject({ format: 'raw', width: 1200, height: 630, channels: 3 });
      const rgb = Buffer.alloc((rgba.length / 4) * 3);
      for (let from = 0, to = 0; from < rgba.length; from += 4, to += 3) rgba.copy(rgb, to, from, from + 3);
      expect(decoded.data.equals(rgb)).toBe(true);
    },
  );
});
