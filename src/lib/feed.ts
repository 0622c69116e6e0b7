/**
 * The RSS feed's items and the sitemap's page filter: plain data from the notes, URLs from the route table.
 */
import type { CalendarDate } from './calendar-date.ts';
import type { NoteRecord } from './note-record.ts';
import { normalizeBase, parseRoute, routeDefinition, routeUrl } from './routes.ts';
import { weekRangeLabel, weekSummary, weekTitle, type WeekDigest } from './weeks.ts';
import { compareCodePoints } from './compare.ts';

/** An item as @astrojs/rss takes it. */
export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate?: Date;
  categories: string[];
}

/**
 * The instant a calendar date starts in UTC. Feeds need an instant; 00:00 UTC keeps the calendar day the author
 * wrote whatever time zone the build runs in (a local-time `Date` would move it a day west of UTC).
 */
export function startOfDayUtc(date: CalendarDate): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

/** The date a note appears in the feed: when it was completed, else when study started. */
export function feedDate(note: Pick<NoteRecord, 'completed' | 'started'>): CalendarDate | undefined {
  return note.completed ?? note.started;
}

export interface FeedContext {
  /** Site origin (`SITE_URL`), e.g. `https://jane.github.io/`. */
  origin: string;
  /** Base path, e.g. `/mlops-notes/`. */
  base: string;
  phaseTitle: (id: string) => string;
}

/**
 * One item per note, newest first (by feed date, then roadmap order; notes without a date last, in roadmap order).
 * Categories: the phase's title, then the tags. Drafts never appear, even if the caller passes them.
 */
export function feedItems(notes: readonly NoteRecord[], { origin, base, phaseTitle }: FeedContext): FeedItem[] {
  return notes
    .filter((note) => !note.draft)
    .map((note, roadmapIndex) => ({ note, roadmapIndex, date: feedDate(note) }))
    .sort((a, b) => {
      if (a.date !== b.date) {
        if (!a.date) return 1;
        if (!b.date) return -1;
        return compareCodePoints(b.date, a.date);
      }
      return a.roadmapIndex - b.roadmapIndex;
    })
    .map(({ note, date }) => ({
      title: note.title,
      link: routeUrl(origin, base, { kind: 'topic', slug: note.slug }),
      description: note.summary,
      ...(date ? { pubDate: startOfDayUtc(date) } : {}),
      categories: [phaseTitle(note.phase), ...note.tags],
    }));
}

/**
 * One item per week's digest, newest first: `Week 48, 2026: 6.5 h`, the week's summary, dated on its Monday
 * (00:00 UTC, so the week is the same in every time zone), with its topics as categories.
 */
export function weekFeedItems(weeks: readonly WeekDigest[], { origin, base }: Pick<FeedContext, 'origin' | 'base'>): FeedItem[] {
  return [...weeks]
    .sort((a, b) => compareCodePoints(b.id, a.id))
    .map((week) => ({
      title: `${weekTitle(week)}: ${week.hours} h`,
      link: routeUrl(origin, base, { kind: 'week', week: week.id }),
      description: `${weekRangeLabel(week)}. ${weekSummary(week)}`,
      pubDate: startOfDayUtc(week.start),
      categories: week.topics.map((t) => t.title),
    }));
}

/**
 * Whether a page URL belongs in the sitemap: a page the route table lists in it (not the not-found page), and not
 * an alias's redirect page (`/topics/<alias>/`), which only points to the note's own URL.
 */
export function isSitemapPage(pageUrl: string, { base, aliases }: { base: string; aliases: ReadonlySet<string> }): boolean {
  const pathname = new URL(pageUrl).pathname;
  const route = parseRoute(pathname.startsWith(normalizeBase(base)) ? base : '/', pathname);
  if (!route) return true;
  if (route.kind === 'topic') return !aliases.has(decodeURIComponent(route.slug));
  return routeDefinition(route.kind).sitemap;
}

/** The absolute URL of the sitemap index that @astrojs/sitemap writes, for robots.txt. */
export function sitemapIndexUrl(origin: string, base: string): string {
  return routeUrl(origin, base, { kind: 'sitemapIndex' });
}
