/** `/timeline.ics`: the study plan as an iCalendar feed (targets, sessions and spaced reviews), written at build time. */
import type { APIRoute } from 'astro';
import { getSite } from '../data/site.ts';
import { reviewCalendarEvents, timelineCalendar } from '../lib/ical.ts';
import { timelineEvents } from '../lib/timeline.ts';
import { absoluteUrl, topicHref } from '../lib/urls.ts';

export const GET: APIRoute = ({ site: siteUrl }) => {
  const site = getSite();
  const origin = siteUrl?.href ?? 'https://example.com/';
  const host = new URL(origin).host;
  const topicUrl = (slug: string) => absoluteUrl(origin, topicHref(import.meta.env.BASE_URL, slug));
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
