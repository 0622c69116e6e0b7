/** `/weeks/rss.xml`: one item per week with logged study (RSS 2.0), newest first: the public update writes itself. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { escapeXml } from '../../lib/escape.ts';
import { weekFeedItems } from '../../lib/feed.ts';
import { absoluteUrl, sitePath, weekHref } from '../../lib/urls.ts';

export const GET: APIRoute = ({ site: siteUrl }) => {
  const site = getSite();
  const base = import.meta.env.BASE_URL;
  const origin = siteUrl?.href ?? 'https://example.com/';
  const self = absoluteUrl(origin, sitePath(base, 'weeks/rss.xml'));
  return rss({
    title: `${site.roadmap.title}: weekly digest`,
    description: `What was studied each week: hours, sessions, topics started and completed, reviews. ${site.roadmap.description}`,
    site: absoluteUrl(origin, weekHref(base)),
    items: weekFeedItems(site.weeks, { origin, base }),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // customData is raw XML: the URL is escaped by hand.
    customData: `<language>en</language><atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
  });
};
