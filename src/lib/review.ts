/**
 * Spaced review: when each finished topic's self-check questions come back.
 *
 * The first review is due one interval after `completed`. Each logged review (a `log` entry with `kind: review`)
 * moves the topic to its next interval, counted from that review's date; after the last interval, reviews repeat
 * at the last one. A review whose date is today or earlier, with no review logged since, is due now.
 * Everything is calendar-date arithmetic, so the schedule is the same in every time zone.
 */
import { addDays, type CalendarDate } from './calendar-date.ts';
import type { NoteRecord } from './note-record.ts';
import { compareCodePoints } from './compare.ts';

/** The fields of a note the schedule reads. */
export type ReviewNote = Pick<NoteRecord, 'slug' | 'title' | 'status' | 'completed' | 'log' | 'draft'>;

/** One scheduled review of a topic. */
export interface ScheduledReview {
  /** 1-based: the first review after completion is 1. Stable across builds, so it names calendar events. */
  number: number;
  /** The day it is (or was) due. */
  due: CalendarDate;
  /** The day it was done, when a review was logged for it. */
  done?: CalendarDate;
}

export interface ReviewSchedule {
  slug: string;
  title: string;
  completed: CalendarDate;
  /** Reviews already logged, each with the day it was due, then the next one, then the rest of the intervals as
   *  a plan (as if each were done on its day). */
  reviews: ScheduledReview[];
  /** The next review not yet done. */
  next: ScheduledReview;
  /** How many reviews have been logged. */
  reviewsDone: number;
}

/** Days between reviews when roadmap.yaml does not set `review.intervals`. */
export const DEFAULT_INTERVALS: readonly number[] = [3, 10, 30, 90];

/** The interval before review `number` (1-based); the last one repeats. */
function intervalBefore(intervals: readonly number[], number: number): number {
  return intervals[Math.min(number, intervals.length) - 1]!;
}

/** The days of the logged reviews of a note, on or after its completion, oldest first. */
export function loggedReviews(note: Pick<NoteRecord, 'completed' | 'log'>): CalendarDate[] {
  const completed = note.completed;
  if (!completed) return [];
  return note.log
    .filter((entry) => entry.kind === 'review' && entry.date >= completed)
    .map((entry) => entry.date)
    .sort(compareCodePoints);
}

/**
 * The review schedule of one note, or undefined when it has none (not done, no completed date, or a draft).
 * `reviews` ends with the next review and the ones planned after it through the last interval (at least one).
 */
export function reviewSchedule(note: ReviewNote, intervals: readonly number[] = DEFAULT_INTERVALS): ReviewSchedule | undefined {
  if (note.draft || note.status !== 'done' || !note.completed || intervals.length === 0) return undefined;
  const done = loggedReviews(note);
  const reviews: ScheduledReview[] = [];
  let from = note.completed;
  done.forEach((day, i) => {
    reviews.push({ number: i + 1, due: addDays(from, intervalBefore(intervals, i + 1)), done: day });
    from = day;
  });
  const next: ScheduledReview = { number: done.length + 1, due: addDays(from, intervalBefore(intervals, done.length + 1)) };
  reviews.push(next);
  // The plan after the next review: the remaining intervals, as if each review were done on its day.
  for (let number = next.number + 1; number <= intervals.length; number++) {
    reviews.push({ number, due: addDays(reviews.at(-1)!.due, intervalBefore(intervals, number)) });
  }
  return { slug: note.slug, title: note.title, completed: note.completed, reviews, next, reviewsDone: done.length };
}

/** Whether a review due on `due` is due now on `today` (due today counts). */
export function isReviewDue(due: CalendarDate, today: CalendarDate): boolean {
  return due <= today;
}

/**
 * The schedules of every note that has one, soonest next review first (then roadmap order: the input order).
 * This is the order `/review/` shows without JavaScript, as of the build's today.
 */
export function reviewSchedules(notes: readonly ReviewNote[], intervals: readonly number[] = DEFAULT_INTERVALS): ReviewSchedule[] {
  return notes
    .map((note, index) => ({ schedule: reviewSchedule(note, intervals), index }))
    .filter((s): s is { schedule: ReviewSchedule; index: number } => s.schedule !== undefined)
    .sort((a, b) => compareCodePoints(a.schedule.next.due, b.schedule.next.due) || a.index - b.index)
    .map((s) => s.schedule);
}

/** The schedules whose next review is due on `today`. */
export function dueReviews(schedules: readonly ReviewSchedule[], today: CalendarDate): ReviewSchedule[] {
  return schedules.filter((s) => isReviewDue(s.next.due, today));
}
