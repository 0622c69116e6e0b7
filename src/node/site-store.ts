/**
 * Where an Astro run keeps its one analysed site, so every consumer reads the same product.
 *
 * The content-check integration is the only publisher: it analyses the content when Astro starts (and, in `astro dev`,
 * after every content change) and publishes the result here. Pages (through src/data/site.ts), the Markdown plugins
 * (through the getter src/node/markdown-pipeline.ts gives them), the compiled-note cache, the build-error reporter, the
 * sitemap and the redirects read it. Scripts run outside Astro: they call `loadSite` and pass its result on.
 *
 * Why a process-wide slot: Astro loads astro.config.mjs and its integrations as Node modules, but renders pages from
 * Vite's SSR module graph (in `astro dev`) or from its bundle (in `astro build`), each with its own copy of this
 * module. A module-level variable would be seen by one copy only, so the slot lives on `globalThis`, under one key,
 * and this module is its only reader and writer.
 */
import type { Diagnostic } from '../lib/diagnostics.ts';
import type { AnalyzedSite } from '../lib/site-check.ts';
import type { ContentHistory } from './git-dates.ts';

/** `build` for `astro build` (drafts left out, compiled notes cached); `dev` for the live authoring server. */
export type AstroMode = 'build' | 'dev';

export interface PublishedSite {
  readonly mode: AstroMode;
  readonly site: AnalyzedSite;
  /** Every problem known for this site: the whole-site check, then the diagrams (whose check is asynchronous). */
  readonly diagnostics: readonly Diagnostic[];
  /** What git knows about the content folder (read once per run): last-changed days, the repository's root. */
  readonly history: ContentHistory;
}

const SLOT = Symbol.for('mlops-study-notes.published-site');
const slot = globalThis as unknown as Record<symbol, PublishedSite | undefined>;

/** Makes `published` the site every consumer of this process reads from now on. */
export function publishSite(published: PublishedSite): void {
  slot[SLOT] = Object.freeze({ ...published, diagnostics: Object.freeze([...published.diagnostics]) });
}

/** The site the integration published last, or undefined outside an Astro run (`astro sync`, unit tests). */
export function publishedSite(): PublishedSite | undefined {
  return slot[SLOT];
}

/** The published site; throws, naming the cause, when nothing published one (a consumer used outside Astro). */
export function requirePublishedSite(): PublishedSite {
  const published = slot[SLOT];
  if (!published) {
    throw new Error(
      'No analysed site was published: the content-check integration (src/integration/content-check.ts) must be in astro.config.mjs.',
    );
  }
  return published;
}
