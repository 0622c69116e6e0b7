/**
 * The site's address as the pages see it: the base path every link starts with, and the origin absolute URLs
 * (canonical, Open Graph, JSON-LD, feeds) are built from. Pages and components read them here, never from
 * `import.meta.env` themselves. Astro sets both from astro.config.mjs (src/node/site-address.ts decides them).
 */
import { normalizeBase } from '../lib/urls.ts';

/** `/` or `/sub/`. */
export const base = normalizeBase(import.meta.env.BASE_URL);

/** `https://example.com/` when no site address is configured, so URLs stay absolute in a local build. */
export const siteOrigin = new URL(import.meta.env.SITE ?? 'https://example.com/').href;
