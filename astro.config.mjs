// Wiring only: integrations, and the unified Markdown processor with remark-gfm and our plugins.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { contentCheck } from './src/integration/content-check.ts';
import { searchIndex } from './src/integration/search-index.ts';
import { remarkNoteLinks } from './src/plugins/remark-note-links.ts';
import { normalizeBase } from './src/lib/urls.ts';
import { sitemapFilter } from './src/node/sitemap-filter.ts';

const base = normalizeBase(process.env.BASE_PATH);

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://example.com',
  base,
  trailingSlash: 'always',
  // Fixture builds in the tests get their own cache so they never see another site's content.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // The sitemap leaves out the not-found page and aliases' redirect pages (drafts have no pages in a build).
  integrations: [contentCheck(), mdx(), searchIndex(), sitemap({ filter: sitemapFilter(base) })],
  markdown: {
    // remark-gfm runs inside the unified processor (gfm: true); Sätteri, the default, runs no remark plugins.
    processor: unified({
      gfm: true,
      remarkPlugins: [remarkMath, [remarkNoteLinks, { base }]],
      rehypePlugins: [
        rehypeKatex,
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
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
    },
  },
});
