// Wiring only: integrations, and the unified Markdown processor with remark-gfm and our plugins.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integration/content-check.ts';
import { shareImages } from './src/integration/share-images.ts';
import { roadmapLayoutAhead } from './src/integration/roadmap-layout-ahead.ts';
import { searchIndex } from './src/integration/search-index.ts';
import { aliasRedirects } from './src/integration/redirects.ts';
import { notesProcessor, SHIKI_CONFIG } from './src/node/markdown-pipeline.ts';
import { unchangedBuild } from './src/integration/unchanged-build.ts';
import { heapGrowth } from './src/integration/heap-growth.ts';
import { withCompiledNoteCache } from './src/node/mdx-cache.ts';
import { requirePublishedSite } from './src/node/site-store.ts';
import { sitemapFilter, sitemapLastModified } from './src/node/sitemap-filter.ts';
import { siteAddress } from './src/node/site-address.ts';
import { themeTokens } from './src/node/theme-tokens.ts';
import { katexWoff2Fonts } from './src/node/katex-fonts.ts';

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
  build: {
    inlineStylesheets: 'never',
    // Pages rendered at once on the one thread. Rendering a page is mostly waiting: for its file to be written, for
    // a share image from the worker threads. At 1,000 notes, a one-note rebuild rendered in 8.9–9.2 s instead of
    // 12.0–14.2 s (README, "Build speed"), with the same output.
    concurrency: 16,
  },
  // Fixture builds in the tests get their own cache so they never see another site's content.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // The sitemap leaves out the not-found page and aliases' redirect pages (drafts have no pages in a build), and
  // dates each topic by its note's last commit.
  integrations: [
    // First: the whole build, the content check included, collects garbage sooner.
    heapGrowth(),
    contentCheck({ address }),
    unchanged.check,
    // Share images are drawn in worker threads from here on, while the rest of the site builds.
    shareImages(),
    // The roadmap graph too, in a thread of its own.
    roadmapLayoutAhead(),
    mdx({ optimize: true }),
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
    // The colour custom properties, from src/lib/theme-colours.ts (the share images read the same definition), and
    // KaTeX's fonts as WOFF2 only.
    plugins: [themeTokens(), katexWoff2Fonts()],
    build: {
      rolldownOptions: {
        // Astro marks every compiled MDX module with a "use astro:head-inject" directive, and the bundler warns about
        // it once per note (withastro/astro#18087, open): ten lines of log a note, nothing an author can act on.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
      // Fonts stay files: inlined as data: URLs (Vite's default for small files) KaTeX's smallest font alone added
      // 4 kB gzipped to every page with math, and a browser fetches a font file only when a glyph needs it.
      assetsInlineLimit: (file) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined),
    },
  },
  markdown: {
    // The notes' unified pipeline (src/node/markdown-pipeline.ts). Its plugins read the analysed site the
    // content-check integration published for this run (src/node/site-store.ts).
    // Notes compiled by an earlier build are reused when nothing they depend on changed (src/node/mdx-cache.ts).
    processor: withCompiledNoteCache(notesProcessor({ base, site: () => requirePublishedSite().site }), { base }),
    shikiConfig: SHIKI_CONFIG,
  },
});
