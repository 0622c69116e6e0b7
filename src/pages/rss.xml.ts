/** `/rss.xml`: every published note (RSS 2.0), newest first, with its phase and tags as categories. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSite } from '../data/site.ts';
import { escapeXml } from '../lib/escape.ts';
import { feedItems } from '../lib/feed.ts';
import { absoluteUrl, sitePath } from '../lib/urls.ts';

export const GET: APIRoute = ({ site: siteUrl }) => {
  const site = getSite();
  const base = import.meta.env.BASE_URL;
  const origin = siteUrl?.href ?? 'https://example.com/';
  const self = absoluteUrl(origin, sitePath(base, 'rss.xml'));
  return rss({
    title: site.roadmap.title,
    description: site.roadmap.description,
    site: absoluteUrl(origin, sitePath(base, '')),
    items: feedItems(site.notes, { origin, base, phaseTitle: site.phaseTitle }),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // customData is raw XML: the URL is escaped by hand.
    customData: `<language>en</language><atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
  });
};
