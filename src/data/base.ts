/**
 * The site's address as pages, components and endpoints see it: the only module that reads Astro's
 * `import.meta.env.BASE_URL` and `SITE`. Both come from astro.config.mjs, which takes them from
 * src/node/site-address.ts (the roadmap's `url`, `SITE_URL`, `BASE_PATH`). Code outside Vite (integrations,
 * scripts) gets the base as a parameter instead.
 */
import { PLACEHOLDER_ORIGIN } from '../lib/site-address.ts';
import { normalizeBase } from '../lib/urls.ts';

/** The base path, always `/` or `/sub/`. */
export const base: string = normalizeBase(import.meta.env.BASE_URL);

/** The site's origin for absolute URLs (`https://jane.github.io/`); the placeholder when nothing gave one. */
export const siteOrigin: string = new URL(import.meta.env.SITE || PLACEHOLDER_ORIGIN).href;
