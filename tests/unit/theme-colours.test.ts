import { describe, expect, it } from 'vitest';
import { STATUS_ORDER } from '../../src/lib/status.ts';
import { THEME_COLOURS, contrastRatio, statusColours, themeTokensCss, type Theme } from '../../src/lib/theme-colours.ts';

const AA = 4.5;
const THEMES: Theme[] = ['light', 'dark'];

describe('contrastRatio', () => {
  it('follows the WCAG formula: 21 for black on white, 1 for a colour on itself, either way round', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#57606a', '#57606a')).toBe(1);
  });

  it('gives the known ratios: GitHub green fails AA on the soft green, the site green passes', () => {
    expect(contrastRatio('#1a7f37', '#e6f4ea')).toBeCloseTo(4.47, 2);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('rejects a colour it cannot read', () => {
    expect(() => contrastRatio('green', '#ffffff')).toThrow('not a #rrggbb colour: green');
  });
});

describe('status colours on the pages (CSS custom properties)', () => {
  for (const theme of THEMES) {
    const palette = THEME_COLOURS[theme];
    for (const status of STATUS_ORDER) {
      const { text, soft } = statusColours(status, theme);
      it(`${theme}: ${status} text is AA on its soft background and on every page background`, () => {
        for (const background of [soft, palette.bg, palette['bg-soft'], palette['bg-raised']]) {
          expect(contrastRatio(text, background), `${text} on ${background}`).toBeGreaterThanOrEqual(AA);
        }
      });
    }
    it(`${theme}: body and muted text are AA on every background`, () => {
      for (const foreground of [palette.text, palette['text-muted'], palette.accent]) {
        for (const background of [palette.bg, palette['bg-soft'], palette['bg-raised']]) {
          expect(contrastRatio(foreground, background), `${foreground} on ${background}`).toBeGreaterThanOrEqual(AA);
        }
      }
    });
  }
});

describe('status colours in the share images', () => {
  // The images use the light theme: the status pill is its colour on its soft fill, bordered in the colour, on paper.
  for (const status of STATUS_ORDER) {
    it(`${status}: the pill's text is AA on its fill and on the paper`, () => {
      const { text, soft } = statusColours(status);
      expect(contrastRatio(text, soft)).toBeGreaterThanOrEqual(AA);
      expect(contrastRatio(text, THEME_COLOURS.light.bg)).toBeGreaterThanOrEqual(AA);
    });
  }

  it('draws "done" in the green the pages use, not the one that fails AA', () => {
    expect(statusColours('done').text).toBe('#187633');
    expect(statusColours('done').text).toBe(THEME_COLOURS.light.done);
  });
});

describe('themeTokensCss', () => {
  it('declares every colour as a custom property, light on :root and dark on [data-theme=dark]', () => {
    const css = themeTokensCss();
    const [light, dark] = css.split("[data-theme='dark']") as [string, string];
    expect(light).toContain(':root {\n  color-scheme: light;');
    expect(dark).toContain('color-scheme: dark;');
    expect(css.indexOf('@layer base, layout, components, pages;')).toBeLessThan(css.indexOf('@layer base {'));
    for (const [name, value] of Object.entries(THEME_COLOURS.light)) expect(light).toContain(`  --${name}: ${value};\n`);
    for (const [name, value] of Object.entries(THEME_COLOURS.dark)) expect(dark).toContain(`  --${name}: ${value};\n`);
  });

  it('gives both themes the same properties, so no colour is missing in one', () => {
    expect(Object.keys(THEME_COLOURS.dark)).toEqual(Object.keys(THEME_COLOURS.light));
  });
});
