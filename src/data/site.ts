/**
 * The site as pages see it: plain records computed once per content state; it throws one error listing every
 * problem when the content is broken (seen in the dev overlay). It never imports `astro:*`, so the integrations can
 * read the same site before Astro builds (share images start from it); rendering a note's body is in note-content.ts.
 */
import { formatDiagnostic, hasErrors, sortDiagnostics } from '../lib/diagnostics.ts';
import { progressOf, type SiteGraph, type Progress } from '../lib/graph.ts';
import type { CalendarDate } from '../lib/calendar-date.ts';
import { forecastOf, overdueSince, type Forecast } from '../lib/forecast.ts';
import { DEFAULT_HOURS_PER_WEEK, remainingPlan, type ScheduledTopic } from '../lib/schedule.ts';
import { studyHours } from '../lib/study.ts';
import type { NoteRecord } from '../lib/note-record.ts';
import { DEFAULT_INTERVALS, reviewSchedules, type ReviewSchedule } from '../lib/review.ts';
import { paceReference, weeklyDigests, type PaceReference, type WeekDigest } from '../lib/weeks.ts';
import type { Phase, Roadmap } from '../schemas/roadmap.ts';
import { pathInRepository } from '../node/git-dates.ts';
import { requirePublishedSite, type PublishedSite } from '../node/site-store.ts';

export interface PhaseWithNotes extends Phase {
  notes: NoteRecord[];
  progress: Progress;
}

export interface Site {
  roadmap: Roadmap;
  /** Published notes (drafts too in `astro dev`), in roadmap order. */
  notes: NoteRecord[];
  graph: SiteGraph;
  progress: Progress;
  phases: PhaseWithNotes[];
  phaseTitle(id: string): string;
  /** The day the note's file was last committed; undefined outside a git checkout or for an uncommitted note. */
  lastChanged(note: NoteRecord): CalendarDate | undefined;
  /** The note's file from the repository's root, for "Edit this page" links. */
  pathInRepository(note: NoteRecord): string;
  /** The build's one today: `STUDY_NOTES_TODAY`, else the roadmap's `asOf`, else the build date. */
  today: CalendarDate;
  /** Pace, hours and finish dates, for the home page and the timeline. */
  forecast: Forecast;
  /** The remaining plan: a planned start and target for every topic not done (`remainingPlan` in src/lib/schedule.ts). */
  remainingPlan: ReadonlyMap<string, ScheduledTopic>;
  /** Topics whose target has passed while not done → that target. */
  overdue: ReadonlyMap<string, CalendarDate>;
  /** Days between spaced reviews (roadmap.yaml `review.intervals`, else the defaults). */
  reviewIntervals: readonly number[];
  /** Every done topic's review schedule, soonest next review first. */
  reviews: ReviewSchedule[];
  reviewOf(slug: string): ReviewSchedule | undefined;
  /** One digest per ISO week with log entries, oldest first. */
  weeks: WeekDigest[];
  /** What a week's hours are measured against (the plan, else the average logged week). */
  pace: PaceReference | undefined;
}

/** The rest of the plan for the study chart, at the plan's hours per week (else the learner's pace, else the default). */
function remainingPlanOf(notes: readonly NoteRecord[], roadmap: Roadmap, today: CalendarDate, pace: number): Map<string, ScheduledTopic> {
  const hoursPerWeek = roadmap.plan?.hoursPerWeek ?? (pace > 0 ? pace : DEFAULT_HOURS_PER_WEEK);
  const plan = remainingPlan(
    notes.map((note) => ({ ...note, loggedHours: studyHours(note.log).total })),
    // A plan that starts in the future starts there, not today.
    { from: roadmap.plan && roadmap.plan.start > today ? roadmap.plan.start : today, hoursPerWeek },
  );
  return new Map(plan.map((topic) => [topic.slug, topic]));
}

let cached: { published: PublishedSite; site: Site } | undefined;

export function getSite(): Site {
  // The analysed site the content-check integration published for this run (a new one per change in `astro dev`;
  // its diagram problems arrive in a second publication, so the publication is the key).
  const published = requirePublishedSite();
  if (cached?.published === published) return cached.site;

  const analysed = published.site;
  const errors = sortDiagnostics([...published.diagnostics]).filter((d) => d.severity === 'error');
  if (hasErrors(errors) || !analysed.roadmap || !analysed.graph) {
    throw new Error(`The content has errors:\n${errors.map(formatDiagnostic).join('\n')}`);
  }
  const roadmap = analysed.roadmap;
  // The graph of what this run publishes: a build leaves drafts out, `astro dev` shows them.
  const graph = analysed.graph;
  const titles = new Map(roadmap.phases.map((p) => [p.id, p.title]));
  const forecast = forecastOf(graph.ordered, analysed.today);
  const reviewIntervals = roadmap.review?.intervals ?? DEFAULT_INTERVALS;
  const reviews = reviewSchedules(graph.ordered, reviewIntervals);
  const reviewsBySlug = new Map(reviews.map((r) => [r.slug, r]));
  const weeks = weeklyDigests(graph.ordered);
  const site: Site = {
    roadmap,
    notes: graph.ordered,
    graph,
    progress: progressOf(graph.ordered),
    phases: roadmap.phases.map((phase) => {
      const notes = graph.ordered.filter((n) => n.phase === phase.id);
      return { ...phase, notes, progress: progressOf(notes) };
    }),
    phaseTitle: (id) => titles.get(id) ?? id,
    today: analysed.today,
    forecast,
    remainingPlan: remainingPlanOf(graph.ordered, roadmap, analysed.today, forecast.pace),
    overdue: new Map(
      graph.ordered.flatMap((note): [string, CalendarDate][] => {
        const since = overdueSince(note, analysed.today);
        return since ? [[note.slug, since]] : [];
      }),
    ),
    reviewIntervals,
    reviews,
    reviewOf: (slug) => reviewsBySlug.get(slug),
    weeks,
    pace: paceReference(roadmap, weeks),
    lastChanged: (note) => published.history.lastChanged.get(note.file),
    pathInRepository: (note) => pathInRepository(published.history, note.file),
  };
  cached = { published, site };
  return site;
}
