/** `/timeline.ics`: the study plan as an iCalendar feed (targets, sessions and spaced reviews), written at build time. */
import type { APIRoute } from 'astro';
import { base, siteOrigin } from '../data/base.ts';
import { getSite } from '../data/site.ts';
import { reviewCalendarEvents, timelineCalendar } from '../lib/ical.ts';
import { timelineEvents } from '../lib/timeline.ts';
import { routeUrl } from '../lib/routes.ts';

export const GET: APIRoute = () => {
  const site = getSite();
  const host = new URL(siteOrigin).host;
  const topicUrl = (slug: string) => routeUrl(siteOrigin, base, { kind: 'topic', slug });
  const body = timelineCalendar(
    timelineEvents(site.notes),
    {
      siteTitle: site.roadmap.title,
      host,
      topicUrl,
      phaseTitle: site.phaseTitle,
      today: site.today,
    },
    reviewCalendarEvents(site.reviews, { host, topicUrl }),
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
