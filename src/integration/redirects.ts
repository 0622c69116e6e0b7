/**
 * Writes `_redirects` into the built site after the build: 301s from every alias of a published note to the note
 * (src/lib/redirects.ts), for the hosts that read it. `public/_headers` is copied by Astro as it is.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { redirectRules } from '../lib/redirects.ts';
import { routePath } from '../lib/routes.ts';
import { requirePublishedSite } from '../node/site-store.ts';

export function aliasRedirects(base: string): AstroIntegration {
  return {
    name: 'mlops-study-notes:redirects',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const published = requirePublishedSite().site.notes.filter((note) => !note.draft);
        writeFileSync(new URL(routePath({ kind: 'redirectRules' }), dir), redirectRules(published, base));
      },
    },
  };
}
