/** `/robots.txt`: everything may be crawled; the sitemap's absolute URL comes from SITE_URL and BASE_PATH. */
import type { APIRoute } from 'astro';
import { base, siteOrigin } from '../data/base.ts';
import { sitemapIndexUrl } from '../lib/feed.ts';

export const GET: APIRoute = () => {
  const sitemap = sitemapIndexUrl(siteOrigin, base);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
