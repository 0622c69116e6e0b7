/**
 * The study-plan scheduler: turns the topics that are not done into planned starts and targets.
 *
 * The learner studies one topic at a time, `hoursPerWeek` spread evenly over the seven days of every week. Topics
 * are taken in roadmap order, except that a topic never starts before its prerequisites are finished: when a
 * prerequisite comes later in the roadmap, it is pulled forward (a stable topological order). Topics already in
 * progress come first, because that is what the learner is doing now.
 *
 * Pure calendar arithmetic over `YYYY-MM-DD` strings: no `Date`, so the plan is the same in every time zone.
 */
import { addDays, toDayNumber, type CalendarDate } from './calendar-date.ts';

/** What the scheduler needs to know about a note. */
export interface SchedulableNote {
  slug: string;
  status: 'planned' | 'in-progress' | 'done';
  prerequisites: readonly string[];
  /** Expected hours; `DEFAULT_ESTIMATE_HOURS` (or `defaultEstimate`) when missing. */
  estimate?: number | undefined;
  started?: string | undefined;
  target?: string | undefined;
  completed?: string | undefined;
  /** Hours already logged; an in-progress topic only needs what is left of its estimate. */
  loggedHours?: number | undefined;
}

/** A planned start and target, both calendar dates `YYYY-MM-DD`. */
export interface ScheduledTopic {
  slug: string;
  start: string;
  target: string;
}

export interface ScheduleOptions {
  /** The first day of study. */
  start: string;
  /** Hours of study per week, spread evenly over its seven days. */
  hoursPerWeek: number;
  /** Hours for a topic without an `estimate`. */
  defaultEstimate?: number;
}

/** Hours assumed for a topic that has no `estimate`: one week at the default pace. */
export const DEFAULT_ESTIMATE_HOURS = 6;

/** The pace `init` plans with when none is given. */
export const DEFAULT_HOURS_PER_WEEK = 6;

/** An in-progress topic whose estimate is used up still needs some time before it is done. */
const MINIMUM_REMAINING_HOURS = 1;

// Floating-point hours divided into days must not turn 7 days into 7.000000001 (and a target one day late).
function snap(days: number): number {
  const nearest = Math.round(days);
  return Math.abs(days - nearest) < 1e-9 ? nearest : days;
}

/** Hours still to study for a topic that is not done. */
export function remainingHours(note: SchedulableNote, defaultEstimate = DEFAULT_ESTIMATE_HOURS): number {
  const estimate = note.estimate ?? defaultEstimate;
  if (note.status !== 'in-progress') return estimate;
  return Math.max(estimate - (note.loggedHours ?? 0), Math.min(estimate, MINIMUM_REMAINING_HOURS));
}

/**
 * The order topics are studied in: in-progress first, then roadmap order, but never before a prerequisite that
 * is not done yet (Kahn's algorithm, always taking the earliest ready topic). Done topics are left out.
 */
export function studyOrder(notesInRoadmapOrder: readonly SchedulableNote[]): SchedulableNote[] {
  const open = notesInRoadmapOrder.filter((note) => note.status !== 'done');
  const openSlugs = new Set(open.map((note) => note.slug));
  const roadmapPosition = new Map<SchedulableNote, number>();
  for (const [i, note] of notesInRoadmapOrder.entries()) if (!roadmapPosition.has(note)) roadmapPosition.set(note, i);
  const priority = (note: SchedulableNote): number =>
    (note.status === 'in-progress' ? 0 : notesInRoadmapOrder.length) + roadmapPosition.get(note)!;
  const waitingOn = new Map(
    open.map((note) => [note.slug, new Set(note.prerequisites.filter((p) => openSlugs.has(p) && p !== note.slug))]),
  );
  // Topics by priority; each is named by its rank here from now on.
  const ranked = [...open].sort((a, b) => priority(a) - priority(b));
  // Prerequisite slug → ranks of the topics waiting on it, so taking a topic touches only the topics it frees.
  const waiters = new Map<string, number[]>();
  for (const [rank, note] of ranked.entries()) {
    for (const prerequisite of waitingOn.get(note.slug)!) {
      const list = waiters.get(prerequisite);
      if (list) list.push(rank);
      else waiters.set(prerequisite, [rank]);
    }
  }
  const ready = new MinHeap();
  for (const [rank, note] of ranked.entries()) if (waitingOn.get(note.slug)!.size === 0) ready.push(rank);
  const taken = new Uint8Array(ranked.length);
  // The earliest topic not taken yet: what a prerequisite cycle falls back to.
  let earliest = 0;
  const ordered: SchedulableNote[] = [];
  while (ordered.length < ranked.length) {
    let rank = ready.pop();
    while (rank !== undefined && taken[rank]) rank = ready.pop();
    if (rank === undefined) {
      // A cycle is reported by the content check; here it must not stall the plan, so take the earliest topic then.
      while (taken[earliest]) earliest++;
      rank = earliest;
    }
    taken[rank] = 1;
    const next = ranked[rank]!;
    ordered.push(next);
    for (const waiter of waiters.get(next.slug) ?? []) {
      const waits = waitingOn.get(ranked[waiter]!.slug)!;
      if (waits.delete(next.slug) && waits.size === 0 && !taken[waiter]) ready.push(waiter);
    }
  }
  return ordered;
}

/** A binary min-heap of numbers: the ready topic with the earliest rank, in O(log n). */
class MinHeap {
  private readonly items: number[] = [];

  push(value: number): void {
    const items = this.items;
    let i = items.push(value) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent]! <= value) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = value;
  }

  pop(): number | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= items.length) break;
      const child = left + 1 < items.length && items[left + 1]! < items[left]! ? left + 1 : left;
      if (items[child]! >= last) break;
      items[i] = items[child]!;
      i = child;
    }
    items[i] = last;
    return top;
  }
}

/**
 * Plans every topic that is not done, from `options.start` at `options.hoursPerWeek`: one topic after another
 * in `studyOrder`, each starting on the day the previous one's hours run out. An in-progress topic keeps its
 * `started` date. Returns topics in study order.
 */
export function scheduleStudyPlan(notesInRoadmapOrder: readonly SchedulableNote[], options: ScheduleOptions): ScheduledTopic[] {
  if (!(options.hoursPerWeek > 0)) throw new RangeError(`hoursPerWeek must be more than 0, got ${options.hoursPerWeek}`);
  const defaultEstimate = options.defaultEstimate ?? DEFAULT_ESTIMATE_HOURS;
  const daysFor = (hours: number): number => snap((hours * 7) / options.hoursPerWeek);
  let hoursBefore = 0;
  return studyOrder(notesInRoadmapOrder).map((note) => {
    const hoursAfter = hoursBefore + remainingHours(note, defaultEstimate);
    // The first hour falls on day floor(before); the last one is finished on day ceil(after) - 1.
    const start = addDays(options.start, Math.floor(daysFor(hoursBefore)));
    const target = addDays(options.start, Math.max(Math.ceil(daysFor(hoursAfter)) - 1, Math.floor(daysFor(hoursBefore))));
    hoursBefore = hoursAfter;
    const keptStart = note.status === 'in-progress' && note.started !== undefined && note.started < start ? note.started : start;
    return { slug: note.slug, start: keptStart, target };
  });
}

/** The Monday on or after `date` (`date` itself when it is a Monday) (ISO weeks start on Monday): the default first day of a new plan. */
export function nextMonday(date: CalendarDate): CalendarDate {
  // 1970-01-01 was a Thursday: day number 0 is weekday 3 when Monday is 0.
  const weekday = (((toDayNumber(date) + 3) % 7) + 7) % 7;
  return addDays(date, weekday === 0 ? 0 : 7 - weekday);
}

/**
 * The rest of the plan as written, for the study chart: every topic not done gets a planned start, and a target
 * when it has none. Topics keep their own `target` (and `started`); one without a start begins the day after the
 * topic studied before it ends (never before `from`: today, or a plan's later first day), one without a target takes its estimate at `hoursPerWeek`.
 * Unlike `scheduleStudyPlan`, it does not move a target the learner wrote down.
 */
export function remainingPlan(
  notesInRoadmapOrder: readonly SchedulableNote[],
  options: { from: string; hoursPerWeek: number; defaultEstimate?: number },
): ScheduledTopic[] {
  if (!(options.hoursPerWeek > 0)) throw new RangeError(`hoursPerWeek must be more than 0, got ${options.hoursPerWeek}`);
  const defaultEstimate = options.defaultEstimate ?? DEFAULT_ESTIMATE_HOURS;
  let nextFree = options.from;
  return studyOrder(notesInRoadmapOrder).map((note) => {
    const days = Math.max(1, Math.ceil(snap((remainingHours(note, defaultEstimate) * 7) / options.hoursPerWeek)));
    const earliest = nextFree > options.from ? nextFree : options.from;
    // A written target earlier than the previous topic's end (an out-of-order plan) makes a one-day span.
    const start = note.started ?? (note.target !== undefined && note.target < earliest ? note.target : earliest);
    const target = note.target ?? addDays(start > earliest ? start : earliest, days - 1);
    if (target >= nextFree) nextFree = addDays(target, 1);
    return { slug: note.slug, start, target };
  });
}
