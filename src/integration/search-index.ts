/**
 * Builds the Pagefind search index after Astro has written the site (src/node/search-index.ts), or, when
 * `npm run build` runs this build, tells it which folder to index once this process has exited.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex, indexAfterBuild, indexedLine, tellBuildCommand } from '../node/search-index.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'mlops-study-notes:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        if (indexAfterBuild()) return tellBuildCommand({ kind: 'index', outDir });
        logger.info(indexedLine(await buildSearchIndex(outDir)));
      },
    },
  };
}
