/**
 * Text contrast inside inline SVG (the roadmap graph, the study chart), which axe-core does not measure: for each
 * visible `<text>`, its fill against what is painted under its middle (the SVG shape or HTML box found there),
 * held to WCAG 1.4.3 — 4.5:1, or 3:1 for large text (24px, or 18.66px bold, after the SVG's scaling).
 */
import type { Page } from '@playwright/test';

/** One SVG text whose contrast is too low. */
export interface SvgContrastProblem {
  text: string;
  ratio: number;
  required: number;
  foreground: string;
  background: string;
}

/** Every SVG text on the page that misses its contrast ratio. */
export function svgTextContrast(page: Page): Promise<SvgContrastProblem[]> {
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];
    /** Any CSS colour the browser resolves, as RGBA, through a canvas (handles rgb(), color(srgb …), names). */
    const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const rgba = (color: string): Rgba => {
      canvas.clearRect(0, 0, 1, 1);
      canvas.fillStyle = '#00000000';
      canvas.fillStyle = color;
      canvas.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
      return [r!, g!, b!, a! / 255];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const a = top[3];
      return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
    };
    const luminance = ([r, g, b]: Rgba) =>
      [r, g, b]
        .map((v) => v / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    const ratio = (a: Rgba, b: Rgba) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const SHAPES = new Set(['rect', 'path', 'circle', 'ellipse', 'polygon']);
    /** The colour painted under a point, from the stack of elements there (top first), text itself left out. */
    const backgroundAt = (x: number, y: number, text: SVGTextElement): Rgba => {
      const layers: Rgba[] = [];
      for (const el of document.elementsFromPoint(x, y)) {
        if (el === text || text.contains(el)) continue;
        // Only what lies under the text: its own SVG's shapes and the boxes around that SVG (not a sticky header).
        const svg = text.ownerSVGElement;
        if (svg && !svg.contains(el) && !el.contains(svg)) continue;
        const style = getComputedStyle(el);
        const paint = el instanceof SVGElement ? (SHAPES.has(el.tagName) ? style.fill : 'transparent') : style.backgroundColor;
        if (!paint || paint === 'none') continue;
        const layer = rgba(paint);
        const opacity = el instanceof SVGElement ? Number(style.fillOpacity) * Number(style.opacity) : Number(style.opacity);
        layer[3] *= opacity;
        if (layer[3] === 0) continue;
        layers.push(layer);
        if (layer[3] >= 1) break;
      }
      return layers.reduceRight<Rgba>((below, layer) => over(layer, below), rgba(getComputedStyle(document.body).backgroundColor));
    };

    const problems: { text: string; ratio: number; required: number; foreground: string; background: string }[] = [];
    for (const text of document.querySelectorAll<SVGTextElement>('svg text')) {
      if (!text.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || !text.textContent?.trim()) continue;
      text.scrollIntoView({ block: 'center', inline: 'center' });
      const box = text.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const style = getComputedStyle(text);
      const background = backgroundAt(box.left + box.width / 2, box.top + box.height / 2, text);
      const fill = rgba(style.fill);
      fill[3] *= Number(style.fillOpacity) * Number(style.opacity);
      const foreground = over(fill, background);
      const scale = text.getScreenCTM()?.a ?? 1;
      const size = Number.parseFloat(style.fontSize) * scale;
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const required = large ? 3 : 4.5;
      const measured = ratio(foreground, background);
      if (measured < required) {
        const hex = (c: Rgba) =>
          `#${c
            .slice(0, 3)
            .map((v) => Math.round(v).toString(16).padStart(2, '0'))
            .join('')}`;
        problems.push({
          text: text.textContent.trim().slice(0, 60),
          ratio: Math.round(measured * 100) / 100,
          required,
          foreground: hex(foreground),
          background: hex(background),
        });
      }
    }
    window.scrollTo(0, 0);
    return problems;
  });
}
