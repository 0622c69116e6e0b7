/**
 * Where the site is published: the origin and base path that canonical links, share images, the feeds and the
 * sitemap are built from. The roadmap's `url` is the author's address; `SITE_URL` and `BASE_PATH` override it
 * (a preview deployment, a CI that knows better).
 */
import { normalizeBase } from './urls.ts';

/** The origin used when nothing gives an address: fine for a local build, wrong for any published one. */
export const PLACEHOLDER_ORIGIN = 'https://example.com';

export interface SiteAddress {
  /** Astro's `site`: an absolute origin (with a path only when `SITE_URL` gave one). */
  site: string;
  /** The base path, `/` or `/sub/`. */
  base: string;
  /** What the address came from; `none` means the placeholder, which the build warns about. */
  source: 'SITE_URL' | 'roadmap' | 'none';
}

/** The address from the environment and the roadmap's `url` (already schema-checked, or undefined). */
export function resolveSiteAddress(
  env: { SITE_URL?: string | undefined; BASE_PATH?: string | undefined },
  roadmapUrl: string | undefined,
): SiteAddress {
  const basePath = env.BASE_PATH ? normalizeBase(env.BASE_PATH) : undefined;
  if (env.SITE_URL) return { site: env.SITE_URL, base: basePath ?? '/', source: 'SITE_URL' };
  if (roadmapUrl) {
    const url = new URL(roadmapUrl);
    return { site: url.origin, base: basePath ?? normalizeBase(url.pathname), source: 'roadmap' };
  }
  return { site: PLACEHOLDER_ORIGIN, base: basePath ?? '/', source: 'none' };
}

/** The one warning line of a build without an address. */
export const NO_SITE_ADDRESS_WARNING =
  `warning: no site address: canonical links, share images, the feed and the sitemap point to ${PLACEHOLDER_ORIGIN}. ` +
  'Add `url: https://…` to content/roadmap.yaml (npm run init -- --site-url …) or set SITE_URL before a build you publish.';
