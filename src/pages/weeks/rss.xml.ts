/** `/weeks/rss.xml`: one item per week with logged study (RSS 2.0), newest first: the public update writes itself. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { base, siteOrigin } from '../../data/base.ts';
import { getSite } from '../../data/site.ts';
import { escapeXml } from '../../lib/escape.ts';
import { weekFeedItems } from '../../lib/feed.ts';
import { routeUrl } from '../../lib/routes.ts';

export const GET: APIRoute = () => {
  const site = getSite();
  const self = routeUrl(siteOrigin, base, { kind: 'weeksRss' });
  return rss({
    title: `${site.roadmap.title}: weekly digest`,
    description: `What was studied each week: hours, sessions, topics started and completed, reviews. ${site.roadmap.description}`,
    site: routeUrl(siteOrigin, base, { kind: 'weeks' }),
    items: weekFeedItems(site.weeks, { origin: siteOrigin, base }),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // customData is raw XML: the URL is escaped by hand.
    customData: `<language>en</language><atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
  });
};
