/**
 * Builds the Pagefind search index after Astro has written the site, into `<outDir>/pagefind/`.
 * Only topic pages and weekly digests are indexed (they mark their content with `data-pagefind-body`), so
 * navigation chrome, lists and drafts (never built) stay out of the results.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { SEARCH_INDEX_FOLDER } from '../lib/routes.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'mlops-study-notes:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(site, SEARCH_INDEX_FOLDER) });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Indexed ${added.page_count} pages for search.`);
      },
    },
  };
}
