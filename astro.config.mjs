// Wiring only: integrations, and the unified Markdown processor with remark-gfm and our plugins.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { contentCheck } from './src/integration/content-check.ts';
import { shareImages } from './src/integration/share-images.ts';
import { searchIndex } from './src/integration/search-index.ts';
import { aliasRedirects } from './src/integration/redirects.ts';
import { unchangedBuild } from './src/integration/unchanged-build.ts';
import { remarkNoteLinks } from './src/plugins/remark-note-links.ts';
import { remarkBroughtMarkdown } from './src/plugins/remark-brought-markdown.ts';
import { remarkMermaid } from './src/plugins/remark-mermaid.ts';
import { rehypeTaskListLabels } from './src/plugins/rehype-task-list-labels.ts';
import { withCompiledNoteCache } from './src/node/mdx-cache.ts';
import { sitemapFilter, sitemapLastModified } from './src/node/sitemap-filter.ts';
import { siteAddress } from './src/node/site-address.ts';

// The roadmap's `url`, unless SITE_URL / BASE_PATH say otherwise (src/lib/site-address.ts).
const address = siteAddress();
const base = address.base;
// A build whose inputs and output folder are as the last successful build left them ends at once.
const unchanged = unchangedBuild();

export default defineConfig({
  site: address.site,
  base,
  trailingSlash: 'always',
  // Stylesheets stay files the browser caches across pages; inlined, a small one becomes a <style> that every
  // page repeats (and the Content-Security-Policy would have to hash).
  build: { inlineStylesheets: 'never' },
  // Fixture builds in the tests get their own cache so they never see another site's content.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // The sitemap leaves out the not-found page and aliases' redirect pages (drafts have no pages in a build), and
  // dates each topic by its note's last commit.
  integrations: [
    contentCheck({ address }),
    unchanged.check,
    // Share images are drawn in worker threads from here on, while the rest of the site builds.
    shareImages(),
    mdx(),
    searchIndex(),
    aliasRedirects(base),
    sitemap({ filter: sitemapFilter(base), serialize: sitemapLastModified(base) }),
    // Last: it records every file the integrations above wrote.
    unchanged.record,
  ],
  // Content-Security-Policy, written by Astro as a <meta> in every page's head: scripts only from this site or by
  // hash (Astro hashes what it bundles; BaseLayout and the timeline register their inline script and style), never
  // 'unsafe-inline' for scripts. What a <meta> cannot carry (frame-ancestors, …) is in public/_headers.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        // Notes may show images from the web (Markdown images with https URLs); data: covers small inline icons.
        "img-src 'self' https: data:",
        "media-src 'self' https:",
        // The build inlines KaTeX's smallest fonts into its stylesheet as data: URLs.
        "font-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // Pagefind's search is WebAssembly, in a web worker or, where workers are unavailable, on the page itself:
        // that needs 'wasm-unsafe-eval' (which allows no JavaScript eval).
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
      styleDirective: {
        resources: [
          "'self'",
          // style="" attributes only (Shiki's token colours, KaTeX's layout, progress bar widths); they cannot run
          // code. <style> elements still need a hash. This is why the build warns that Shiki's inline styles do not
          // suit a CSP, and that 'self' does not apply to style-src-attr: both are expected.
          { resource: "'unsafe-inline'", kind: 'attribute' },
        ],
      },
    },
  },
  vite: {
    build: {
      // Fonts stay files: inlined as data: URLs (Vite's default for small files) KaTeX's smallest font alone added
      // 4 kB gzipped to every page with math, and a browser fetches a font file only when a glyph needs it.
      assetsInlineLimit: (file) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined),
    },
  },
  markdown: {
    // remark-gfm runs inside the unified processor (gfm: true); Sätteri, the default, runs no remark plugins.
    // Notes compiled by an earlier build are reused when nothing they depend on changed (src/node/mdx-cache.ts).
    processor: withCompiledNoteCache(
      unified({
        gfm: true,
        // GitHub alerts, Obsidian embeds and <img> first, so the link plugin sees plain Markdown; remarkMermaid
        // draws ```mermaid blocks as SVG before Shiki would highlight them as code.
        remarkPlugins: [remarkMath, [remarkBroughtMarkdown, { base }], [remarkNoteLinks, { base }], remarkMermaid],
        rehypePlugins: [
          rehypeKatex,
          rehypeTaskListLabels,
          // Ids come from remarkNoteLinks (the same function the link checker uses); this adds the visible anchor.
          [
            rehypeAutolinkHeadings,
            {
              behavior: 'append',
              test: ['h2', 'h3', 'h4'],
              properties: { className: ['heading-anchor'], ariaHidden: null, tabIndex: null },
              content: { type: 'text', value: '#' },
            },
          ],
        ],
      }),
      { base },
    ),
    shikiConfig: {
      // The '-default' GitHub themes: every token colour meets WCAG AA on their background (github-light's orange
      // and github-dark's comments do not).
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
    },
  },
});
