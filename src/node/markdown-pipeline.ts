/**
 * The notes' Markdown pipeline: the remark and rehype plugins with their options, and Shiki's themes. The only place
 * they are listed. astro.config.mjs hands it to @astrojs/markdown-remark's `unified()`; anything else that compiles
 * notes (a worker outside Astro, a test) builds the same pipeline from an analysed site it holds.
 */
import { unified, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import type { MarkdownProcessor } from 'astro/markdown';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import type { AnalyzedSite } from '../lib/site-check.ts';
import { rehypeTaskListLabels } from '../plugins/rehype-task-list-labels.ts';
import { remarkBroughtMarkdown } from '../plugins/remark-brought-markdown.ts';
import { remarkHeadingIds } from '../plugins/remark-heading-ids.ts';
import { remarkMermaid } from '../plugins/remark-mermaid.ts';
import { remarkNoteLinks } from '../plugins/remark-note-links.ts';
import { remarkSmartPunctuation } from '../plugins/remark-smart-punctuation.ts';

export interface MarkdownPipelineOptions {
  /** The site's base path, e.g. `/` or `/sub/`. */
  base: string;
  /**
   * The analysed site links and embeds resolve against: the site itself, or a function that returns the current one
   * (in Astro, the published site: `astro dev` publishes a new one after every content change).
   */
  site: AnalyzedSite | (() => AnalyzedSite);
}

export interface MarkdownPipeline {
  gfm: true;
  smartypants: false;
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
}

/** The options of @astrojs/markdown-remark's `unified()` for the notes. */
export function markdownPipeline({ base, site }: MarkdownPipelineOptions): MarkdownPipeline {
  return {
    // remark-gfm runs inside the unified processor; Sätteri, Astro's default engine, runs no remark plugins.
    gfm: true,
    // Astro's smart punctuation, done by our faster equivalent: first, where Astro puts its own.
    smartypants: false,
    // GitHub alerts, Obsidian embeds and <img> first, so the link plugin sees plain Markdown; heading ids before the
    // links (the same ids the check collected); remarkMermaid draws ```mermaid blocks as SVG before Shiki would
    // highlight them as code.
    remarkPlugins: [
      remarkSmartPunctuation,
      remarkMath,
      [remarkBroughtMarkdown, { base, site }],
      remarkHeadingIds,
      [remarkNoteLinks, { base, site }],
      remarkMermaid,
    ],
    rehypePlugins: [
      rehypeKatex,
      rehypeTaskListLabels,
      // Ids come from remarkHeadingIds; this adds the visible anchor.
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
  };
}

/**
 * Shiki's themes. The '-default' GitHub themes: every token colour meets WCAG AA on their background (github-light's
 * orange and github-dark's comments do not).
 */
export const SHIKI_CONFIG = {
  themes: { light: 'github-light-default', dark: 'github-dark-default' },
} as const;

/**
 * The notes' Markdown processor: @astrojs/markdown-remark's unified processor over this pipeline. astro.config.mjs
 * wraps it in the compiled-note cache; the compile workers (src/node/note-compile-worker.ts) build the very same one.
 */
export function notesProcessor(options: MarkdownPipelineOptions): MarkdownProcessor {
  return unified(markdownPipeline(options));
}
