/** `/timeline.ics`: the study plan as an iCalendar feed (targets and sessions), written at build time. */
import type { APIRoute } from 'astro';
import { getSite } from '../data/site.ts';
import { timelineCalendar } from '../lib/ical.ts';
import { timelineEvents } from '../lib/timeline.ts';
import { absoluteUrl, topicHref } from '../lib/urls.ts';

export const GET: APIRoute = ({ site: siteUrl }) => {
  const site = getSite();
  const origin = siteUrl?.href ?? 'https://example.com/';
  const body = timelineCalendar(timelineEvents(site.notes), {
    siteTitle: site.roadmap.title,
    host: new URL(origin).host,
    topicUrl: (slug) => absoluteUrl(origin, topicHref(import.meta.env.BASE_URL, slug)),
    phaseTitle: site.phaseTitle,
    today: site.today,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
