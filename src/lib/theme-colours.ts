/**
 * The site's colours, the one definition: the stylesheet gets them as custom properties (`--done`, `--bg`, …, written
 * by `themeTokensCss` through the build's `virtual:theme-tokens.css` module) and the share images read them here, so
 * a status is the same colour on a page and in its preview. Every status colour passes WCAG AA (4.5:1) on its own
 * soft background and on the page in both themes; tests/unit/theme-colours.test.ts holds that.
 */
import type { NoteStatus } from '../schemas/note.ts';

/** The custom properties of one theme, by name without the leading `--`. */
export interface ThemePalette {
  bg: string;
  'bg-soft': string;
  'bg-raised': string;
  text: string;
  'text-muted': string;
  border: string;
  'border-strong': string;
  accent: string;
  'accent-soft': string;
  focus: string;
  done: string;
  'done-soft': string;
  progress: string;
  'progress-soft': string;
  planned: string;
  'planned-soft': string;
}

export type Theme = 'light' | 'dark';

export const THEME_COLOURS: Record<Theme, ThemePalette> = {
  light: {
    bg: '#ffffff',
    'bg-soft': '#f6f7f9',
    'bg-raised': '#ffffff',
    text: '#1b1f24',
    'text-muted': '#4f5863',
    border: '#d9dee4',
    'border-strong': '#b8c0c9',
    accent: '#0b62b0',
    'accent-soft': '#e5f0fa',
    focus: '#0b62b0',
    // Darker than GitHub's #1a7f37, which misses AA (4.47:1) on the soft green.
    done: '#187633',
    'done-soft': '#e6f4ea',
    progress: '#9a5b00',
    'progress-soft': '#fff4dc',
    planned: '#57606a',
    'planned-soft': '#eef1f4',
  },
  dark: {
    bg: '#0f1419',
    'bg-soft': '#161c23',
    'bg-raised': '#1a2129',
    text: '#e6edf3',
    'text-muted': '#a3adb8',
    border: '#2d3640',
    'border-strong': '#44505c',
    accent: '#6cb6ff',
    'accent-soft': '#14283d',
    focus: '#6cb6ff',
    done: '#56d364',
    'done-soft': '#12301b',
    progress: '#f0b849',
    'progress-soft': '#352610',
    planned: '#a3adb8',
    'planned-soft': '#222a33',
  },
};

/** Which tokens colour a status: its text (and icon, border, bar) and the soft fill behind it. */
export const STATUS_TOKENS: Record<NoteStatus, { text: keyof ThemePalette; soft: keyof ThemePalette }> = {
  done: { text: 'done', soft: 'done-soft' },
  'in-progress': { text: 'progress', soft: 'progress-soft' },
  planned: { text: 'planned', soft: 'planned-soft' },
};

/** The colours of a status in a theme. */
export function statusColours(status: NoteStatus, theme: Theme = 'light'): { text: string; soft: string } {
  const palette = THEME_COLOURS[theme];
  return { text: palette[STATUS_TOKENS[status].text], soft: palette[STATUS_TOKENS[status].soft] };
}

function declarations(palette: ThemePalette): string {
  return Object.entries(palette)
    .map(([name, value]) => `  --${name}: ${value};`)
    .join('\n');
}

/**
 * The palette as CSS: the light theme on `:root`, the dark one on `[data-theme='dark']` (which BaseLayout sets from
 * the reader's choice or system), each with its `color-scheme`, in the `base` layer.
 */
export function themeTokensCss(): string {
  return [
    '/* Written from src/lib/theme-colours.ts: change the colours there. */',
    // The layer order every stylesheet declares (src/styles/base.css), so it holds whichever file loads first.
    '@layer base, layout, components, pages;',
    '@layer base {',
    `:root {\n  color-scheme: light;\n${declarations(THEME_COLOURS.light)}\n}`,
    `[data-theme='dark'] {\n  color-scheme: dark;\n${declarations(THEME_COLOURS.dark)}\n}`,
    '}',
    '',
  ].join('\n');
}

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((part) => {
    const channel = Number.parseInt(part, 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours, from 1 (the same) to 21 (black on white). */
export function contrastRatio(foreground: string, background: string): number {
  const [lighter, darker] = [relativeLuminance(foreground), relativeLuminance(background)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}
