/**
 * A Vite plugin that leaves only the WOFF2 file in each of KaTeX's `@font-face` rules. katex.min.css lists every font
 * three times (woff2, woff, ttf) for browsers that predate WOFF2; every browser this site supports reads WOFF2, and
 * the list costs every page with math about 470 bytes gzipped, and `dist/` 40 font files no browser fetches.
 */
import postcss, { type Plugin as PostcssPlugin } from 'postcss';
import valueParser from 'postcss-value-parser';
import type { Plugin } from 'vite';

const KATEX_STYLESHEET = /[\\/]katex[\\/]dist[\\/]katex(\.min)?\.css$/;

/** The sources of an `@font-face` `src` value that are WOFF2: `url(a.woff2) format("woff2"), url(a.woff) …` → the first. */
export function woff2SourcesOnly(src: string): string {
  const sources: string[] = [];
  let current: valueParser.Node[] = [];
  const flush = () => {
    if (current.length) sources.push(valueParser.stringify(current).trim());
    current = [];
  };
  for (const node of valueParser(src).nodes) {
    if (node.type === 'div' && node.value === ',') flush();
    else current.push(node);
  }
  flush();
  const woff2 = sources.filter((source) =>
    valueParser(source).nodes.some(
      (node) => node.type === 'function' && node.value === 'format' && valueParser.stringify(node.nodes).replace(/["']/g, '') === 'woff2',
    ),
  );
  // A rule with no WOFF2 source keeps all of them.
  return woff2.length ? woff2.join(',') : src;
}

const woff2Only: PostcssPlugin = {
  postcssPlugin: 'katex-woff2-only',
  AtRule: {
    'font-face': (rule) => {
      rule.walkDecls('src', (declaration) => {
        declaration.value = woff2SourcesOnly(declaration.value);
      });
    },
  },
};

export function katexWoff2Fonts(): Plugin {
  return {
    name: 'study-notes:katex-woff2-fonts',
    // Before Vite's own CSS plugin, which emits every font file the stylesheet still names.
    enforce: 'pre',
    async transform(code, id) {
      // The stylesheet itself: imported with `?url`, Vite reads it as `katex.min.css?transform-only`.
      if (!KATEX_STYLESHEET.test(id.replace(/\?transform-only$/, ''))) return undefined;
      const result = await postcss([woff2Only]).process(code, { from: undefined });
      return { code: result.css, map: null };
    },
  };
}
