/**
 * The view model of every page but the topic pages (topic-page.ts): what its component renders and what its frame
 * shows, from the analysed site and its one today. Pages call one of these and pass the result on as props.
 */
import type { CalendarDate } from '../lib/calendar-date.ts';
import { portfolio, portfolioSize } from '../lib/evidence.ts';
import type { Forecast } from '../lib/forecast.ts';
import { nextUp, prerequisiteReduction, progressOf, type Progress } from '../lib/graph.ts';
import type { NoteRecord } from '../lib/note-record.ts';
import { dueReviews, type ReviewSchedule } from '../lib/review.ts';
import { layoutInputOf, layoutRoadmapStacked, roadmapHighlightCss, type RoadmapLayout } from '../lib/roadmap-layout.ts';
import { roadmapLayoutOf } from '../node/roadmap-layout-ahead.ts';
import { shareImageAlt, weekShareImageOf, weekShareImagePath } from '../lib/share-image.ts';
import { STATUS_ORDER } from '../lib/status.ts';
import { layoutGantt, layoutHoursPerWeek, type GanttChart, type HoursChart } from '../lib/study-chart.ts';
import { relatedTags, tagIndex, type TagEntry } from '../lib/tags.ts';
import {
  recentEvents,
  timelineByMonth,
  timelineEvents,
  timelineFilterCss,
  upcomingTargets,
  type TimelineEvent,
  type TimelineMonth,
} from '../lib/timeline.ts';
import { absoluteUrl, sitePath } from '../lib/urls.ts';
import {
  paceOf,
  weekNeighbours,
  weekSummary,
  weeksTotals,
  weekTitle,
  type Pace,
  type PaceReference,
  type WeekDigest,
} from '../lib/weeks.ts';
import type { Phase } from '../schemas/roadmap.ts';
import { base, siteOrigin } from './base.ts';
import { layoutView, type LayoutView } from './layout.ts';
import { renderedSelfChecks, type RenderedSelfCheck } from './self-check-answers.ts';
import { getSite, type PhaseWithNotes, type Site } from './site.ts';

/** A page: its frame's props and its component's. */
export interface Page<Content> {
  layout: LayoutView;
  content: Content;
}

/** Props of HomePage. */
export interface HomeView {
  title: string;
  description: string;
  progress: Progress;
  forecast: Forecast;
  phases: PhaseWithNotes[];
  /** Topics whose target has passed while not done → that target. */
  overdue: ReadonlyMap<string, CalendarDate>;
  upNext: NoteRecord[];
  recent: TimelineEvent[];
  comingUp: TimelineEvent[];
  /** The soonest reviews. */
  reviewsShown: ReviewSchedule[];
  reviewCount: number;
  reviewIntervals: readonly number[];
  /** Finished topics with evidence. */
  portfolioTopics: number;
  weekCount: number;
  latestWeek: WeekDigest | undefined;
  today: CalendarDate;
}

export function homePage(): Page<HomeView> {
  const site = getSite();
  const events = timelineEvents(site.notes);
  return {
    layout: layoutView(site, { section: 'home' }),
    content: {
      title: site.roadmap.title,
      description: site.roadmap.description,
      progress: site.progress,
      forecast: site.forecast,
      phases: site.phases,
      overdue: site.overdue,
      upNext: nextUp(site.graph, 5),
      recent: recentEvents(events, site.today, 6),
      comingUp: upcomingTargets(events, site.today, 5),
      reviewsShown: site.reviews.slice(0, 6),
      reviewCount: site.reviews.length,
      reviewIntervals: site.reviewIntervals,
      portfolioTopics: portfolioSize(portfolio(site.notes, site.roadmap.phases)).topics,
      weekCount: site.weeks.length,
      latestWeek: site.weeks.at(-1),
      today: site.today,
    },
  };
}

/** Props of TimelinePage. */
export interface TimelineView {
  /** The forecast, when there are notes. */
  forecast: Forecast | undefined;
  months: TimelineMonth[];
  phases: Phase[];
  gantt: GanttChart;
  hours: HoursChart;
  /** The first and last event's days. */
  span: { first: CalendarDate; last: CalendarDate } | undefined;
}

export function timelinePage(): Page<TimelineView> & { filterCss: string } {
  const site = getSite();
  const events = timelineEvents(site.notes);
  const first = events[0];
  const last = events.at(-1);
  const phases = site.roadmap.phases;
  return {
    layout: layoutView(site, {
      title: 'Timeline',
      section: 'timeline',
      description: `Every study session, start and finish of ${site.roadmap.title}, and the plan ahead.`,
    }),
    // The filter rules depend on the roadmap's phases, so they are generated rather than written in timeline.css.
    filterCss: timelineFilterCss(
      phases.map((p) => p.id),
      STATUS_ORDER,
    ),
    content: {
      forecast: site.notes.length > 0 ? site.forecast : undefined,
      months: timelineByMonth(events, site.today),
      phases,
      gantt: layoutGantt({ notes: site.notes, phases, today: site.today, plan: site.remainingPlan }),
      hours: layoutHoursPerWeek(events),
      span: first && last ? { first: first.date, last: last.date } : undefined,
    },
  };
}

/** What the roadmap page draws: the graph for wide and for narrow screens, and the list. */
export interface RoadmapView {
  progress: Progress;
  phases: PhaseWithNotes[];
  overdue: ReadonlyMap<string, CalendarDate>;
  /** The graph on wide screens (one column per phase) and on phones (phases top to bottom). */
  wideLayout: RoadmapLayout;
  stackedLayout: RoadmapLayout;
  titles: ReadonlyMap<string, string>;
  /** The rules that follow a topic's edges: one per topic, so generated. */
  highlightCss: string;
}

export async function roadmapPage(): Promise<Page<RoadmapView | undefined>> {
  const site = getSite();
  const frame = layoutView(site, {
    title: 'Roadmap',
    section: 'roadmap',
    description: `Every topic of ${site.roadmap.title} by phase, with what to study first.`,
  });
  if (site.notes.length === 0) return { layout: frame, content: undefined };
  const input = layoutInputOf(site.roadmap.phases, site.notes);
  return {
    layout: frame,
    content: {
      progress: site.progress,
      phases: site.phases,
      overdue: site.overdue,
      // Laid out in a worker thread while the build bundled (src/node/roadmap-layout-ahead.ts).
      wideLayout: await roadmapLayoutOf(input),
      stackedLayout: layoutRoadmapStacked(input),
      titles: new Map(site.notes.map((n) => [n.slug, n.title])),
      highlightCss: roadmapHighlightCss(
        prerequisiteReduction(site.notes),
        site.notes.map((n) => n.slug),
      ),
    },
  };
}

/** Props of TagIndexPage. */
export interface TagIndexView {
  /** Most used first, then by name. */
  tags: TagEntry<NoteRecord>[];
  /** The tags of several topics, and the long tail of tags on one topic. */
  shared: TagEntry<NoteRecord>[];
  single: TagEntry<NoteRecord>[];
  topicCount: number;
}

export function tagIndexPage(): Page<TagIndexView> {
  const site = getSite();
  const tags = tagsOf(site);
  return {
    layout: layoutView(site, {
      title: 'Tags',
      section: 'tags',
      description: `Every tag of ${site.roadmap.title}, with how many topics carry it.`,
    }),
    content: {
      tags,
      shared: tags.filter((t) => t.count > 1),
      single: tags.filter((t) => t.count === 1),
      topicCount: site.notes.length,
    },
  };
}

// Every tag page reads the same index: computed once per analysed site.
const tagIndexes = new WeakMap<Site, TagEntry<NoteRecord>[]>();
function tagsOf(site: Site): TagEntry<NoteRecord>[] {
  let tags = tagIndexes.get(site);
  if (!tags) tagIndexes.set(site, (tags = tagIndex(site.notes)));
  return tags;
}

/** One page per tag used by a published note. */
export function tagPaths() {
  return tagsOf(getSite()).map((entry) => ({ params: { tag: entry.tag } }));
}

/** Props of TagPage. */
export interface TagView {
  entry: TagEntry<NoteRecord>;
  /** Progress over the tag's topics. */
  progress: Progress;
  related: { tag: string; shared: number }[];
  phaseTitle: (id: string) => string;
  overdue: ReadonlyMap<string, CalendarDate>;
}

export function tagPage(tag: string): Page<TagView> {
  const site = getSite();
  const entry = tagsOf(site).find((t) => t.tag === tag);
  if (!entry) throw new Error(`No published note is tagged "${tag}".`);
  return {
    layout: layoutView(site, {
      title: `Tag: ${entry.tag}`,
      section: 'tags',
      description: `Topics of ${site.roadmap.title} tagged ${entry.tag}, in roadmap order.`,
    }),
    content: {
      entry,
      progress: progressOf(entry.notes),
      related: relatedTags(entry.notes, entry.tag),
      phaseTitle: site.phaseTitle,
      overdue: site.overdue,
    },
  };
}

/** Props of ReviewPage. */
export interface ReviewView {
  /** Soonest next review first, each with its self-checks rendered. */
  reviews: { schedule: ReviewSchedule; checks: RenderedSelfCheck[] }[];
  /** Reviews due on the build's today. */
  due: number;
  /** Some answer has a formula: the page needs KaTeX's stylesheet. */
  hasMath: boolean;
  reviewIntervals: readonly number[];
  today: CalendarDate;
}

export function reviewPage(): Page<ReviewView> {
  const site = getSite();
  const reviews = site.reviews.map((schedule) => ({
    schedule,
    checks: renderedSelfChecks(site.graph.bySlug.get(schedule.slug)!, base),
  }));
  return {
    layout: layoutView(site, {
      title: 'Review',
      section: 'review',
      description: `Self-check questions of the finished topics of ${site.roadmap.title}, on a spaced-review schedule.`,
    }),
    content: {
      reviews,
      due: dueReviews(site.reviews, site.today).length,
      hasMath: reviews.some(({ checks }) => checks.some((check) => check.hasMath)),
      reviewIntervals: site.reviewIntervals,
      today: site.today,
    },
  };
}

/** The weekly digest's feed, for the `<link rel="alternate">` of the weeks pages. */
export interface WeeksFeed {
  title: string;
  href: string;
}

function weeksFeed(siteTitle: string): WeeksFeed {
  return { title: `${siteTitle}: weekly digest (RSS)`, href: absoluteUrl(siteOrigin, sitePath(base, 'weeks/rss.xml')) };
}

/** Props of WeeksPage. */
export interface WeeksView {
  /** Newest first, each with its hours against the reference. */
  weeks: { week: WeekDigest; pace: Pace | undefined }[];
  /** The busiest week's hours (at least 1): the bars' scale. */
  busiest: number;
  totalHours: number;
  pace: PaceReference | undefined;
}

export function weeksPage(): Page<WeeksView> & { feed: WeeksFeed } {
  const site = getSite();
  return {
    layout: layoutView(site, {
      title: 'Weeks',
      section: 'weeks',
      description: `Weekly digests of ${site.roadmap.title}: hours, sessions, topics started and completed, reviews.`,
    }),
    feed: weeksFeed(site.roadmap.title),
    content: {
      weeks: site.weeks.map((week) => ({ week, pace: paceOf(week.hours, site.pace) })).reverse(),
      ...weeksTotals(site.weeks),
      pace: site.pace,
    },
  };
}

/** One page per ISO week with logged study. */
export function weekPaths() {
  return getSite().weeks.map((week) => ({ params: { week: week.id } }));
}

/** Props of WeekPage. */
export interface WeekView {
  week: WeekDigest;
  previous: WeekDigest | undefined;
  next: WeekDigest | undefined;
  /** The week's hours against the plan or the average week. */
  pace: Pace | undefined;
  weekCount: number;
}

export function weekPage(id: string): Page<WeekView> & { feed: WeeksFeed } {
  const site = getSite();
  const week = site.weeks.find((w) => w.id === id);
  if (!week) throw new Error(`No week "${id}" has logged study.`);
  return {
    layout: layoutView(site, {
      title: weekTitle(week),
      section: 'weeks',
      ogType: 'article',
      description: weekSummary(week),
      image: { path: weekShareImagePath(base, week.id), alt: shareImageAlt(weekShareImageOf(site, week)) },
    }),
    feed: weeksFeed(site.roadmap.title),
    content: { week, ...weekNeighbours(site.weeks, week.id), pace: paceOf(week.hours, site.pace), weekCount: site.weeks.length },
  };
}

/** Props of PortfolioPage. */
export interface PortfolioView {
  phases: ReturnType<typeof portfolio<NoteRecord>>;
  topics: number;
  links: number;
}

export function portfolioPage(): Page<PortfolioView> {
  const site = getSite();
  const phases = portfolio(site.notes, site.roadmap.phases);
  return {
    layout: layoutView(site, {
      title: 'Portfolio',
      description: `What ${site.roadmap.author ?? 'the author'} built while studying ${site.roadmap.title}: repositories, notebooks, demos and posts, by phase.`,
    }),
    content: { phases, ...portfolioSize(phases) },
  };
}

/** The not-found page: served for every unknown URL, its own address is `404.html`. */
export function notFoundPage(): Page<{ homeHref: string; roadmapHref: string }> {
  return {
    layout: layoutView(getSite(), { title: 'Page not found', path: sitePath(base, '404.html') }),
    content: { homeHref: base, roadmapHref: sitePath(base, 'roadmap/') },
  };
}
