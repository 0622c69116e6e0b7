/** Reads the site's address for astro.config.mjs: the roadmap's `url`, overridden by `SITE_URL` / `BASE_PATH`. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { resolveSiteAddress, type SiteAddress } from '../lib/site-address.ts';
import { roadmapSchema } from '../schemas/roadmap.ts';
import { contentLocation, type ContentLocation } from './load-site.ts';

/** The roadmap's `url` when it is valid; a broken roadmap is the content check's to report, not the config's. */
function roadmapUrl(location: ContentLocation): string | undefined {
  const file = path.join(location.contentDir, 'roadmap.yaml');
  if (!existsSync(file)) return undefined;
  try {
    const url = (parse(readFileSync(file, 'utf8')) as { url?: unknown } | null)?.url;
    const checked = roadmapSchema.shape.url.safeParse(url);
    return checked.success ? checked.data : undefined;
  } catch {
    return undefined;
  }
}

export function siteAddress(location: ContentLocation = contentLocation(), env: NodeJS.ProcessEnv = process.env): SiteAddress {
  return resolveSiteAddress({ SITE_URL: env['SITE_URL'], BASE_PATH: env['BASE_PATH'] }, roadmapUrl(location));
}
