/** `/rss.xml`: every published note (RSS 2.0), newest first, with its phase and tags as categories. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { base, siteOrigin } from '../data/base.ts';
import { getSite } from '../data/site.ts';
import { escapeXml } from '../lib/escape.ts';
import { feedItems } from '../lib/feed.ts';
import { routeUrl } from '../lib/routes.ts';

export const GET: APIRoute = () => {
  const site = getSite();
  const self = routeUrl(siteOrigin, base, { kind: 'rss' });
  return rss({
    title: site.roadmap.title,
    description: site.roadmap.description,
    site: routeUrl(siteOrigin, base, { kind: 'home' }),
    items: feedItems(site.notes, { origin: siteOrigin, base, phaseTitle: site.phaseTitle }),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // customData is raw XML: the URL is escaped by hand.
    customData: `<language>en</language><atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
  });
};
