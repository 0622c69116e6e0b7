/** KaTeX's stylesheet keeps each font's WOFF2 file only, and nothing else of the stylesheet changes. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { katexWoff2Fonts, woff2SourcesOnly } from '../../src/node/katex-fonts.ts';

const stylesheet = createRequire(import.meta.url).resolve('katex/dist/katex.min.css');

describe('woff2SourcesOnly', () => {
  it('keeps the WOFF2 source of a font-face src list', () => {
    expect(
      woff2SourcesOnly(
        'url(fonts/KaTeX_AMS-Regular.woff2) format("woff2"),url(fonts/KaTeX_AMS-Regular.woff) format("woff"),url(fonts/KaTeX_AMS-Regular.ttf) format("truetype")',
      ),
    ).toBe('url(fonts/KaTeX_AMS-Regular.woff2) format("woff2")');
  });

  it('leaves a list with no WOFF2 source as it is', () => {
    const src = "url(a.woff) format('woff'), url(a.ttf) format('truetype')";
    expect(woff2SourcesOnly(src)).toBe(src);
  });
});

describe('katexWoff2Fonts', () => {
  it("rewrites KaTeX's own stylesheet, as Vite reads it, and no other file", async () => {
    const plugin = katexWoff2Fonts();
    const transform = plugin.transform as (code: string, id: string) => Promise<{ code: string } | undefined>;
    const original = readFileSync(stylesheet, 'utf8');
    const result = await transform(original, `${stylesheet}?transform-only`);
    const fontFaces: string[] = [];
    postcss.parse(result!.code).walkAtRules('font-face', (rule) => rule.walkDecls('src', (d) => void fontFaces.push(d.value)));
    expect(fontFaces.length).toBe(20);
    for (const src of fontFaces) expect(src).toMatch(/^url\(fonts\/KaTeX_[\w-]+\.woff2\) format\("woff2"\)$/);
    // Everything but the font lists is untouched.
    const withoutFonts = (css: string) => css.replace(/@font-face\{[^}]*\}/g, '');
    expect(withoutFonts(result!.code)).toBe(withoutFonts(original));
    expect(await transform('a{}', '/work/site/src/styles/base.css')).toBeUndefined();
  });
});
