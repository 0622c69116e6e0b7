/**
 * Pace and forecast: how fast the learner studies (hours per week over the last four weeks of `log`), how much
 * of the estimated work is done, when the plan ends (its last target) and when it would end at that pace.
 * Build-time and pure: "today" is passed in.
 */
import { addDays, daysBetween, formatCalendarDate, type CalendarDate } from './calendar-date.ts';
import { DEFAULT_ESTIMATE_HOURS, scheduleStudyPlan, type SchedulableNote } from './schedule.ts';
import { compareCodePoints } from './compare.ts';
import { countLabel } from './plural.ts';

/** The window the pace is measured over. */
export const PACE_WEEKS = 4;

/** What the forecast needs of a note. */
export interface ForecastNote extends Omit<SchedulableNote, 'loggedHours'> {
  log: readonly { date: string; hours?: number | undefined }[];
}

export interface Forecast {
  /** Hours per week over the last `PACE_WEEKS` weeks up to today, rounded to 0.1. */
  pace: number;
  /** Hours logged in all, and the estimated hours of every topic (the default for those without an estimate). */
  hoursDone: number;
  hoursEstimated: number;
  /** The last target of a topic not done, when any has one. */
  planFinish: CalendarDate | undefined;
  /** When the topics not done would be finished, studying from today at `pace`; undefined at pace 0. */
  projectedFinish: CalendarDate | undefined;
  /** Days the projection lies after the plan's finish (negative: before). */
  daysAfterPlan: number | undefined;
  /** Topics still to do. */
  remainingTopics: number;
}

const round1 = (value: number): number => Math.round(value * 10) / 10;

function loggedHours(note: ForecastNote): number {
  return note.log.reduce((sum, entry) => sum + (entry.hours ?? 0), 0);
}

/** Hours per week over the `PACE_WEEKS` weeks that end today (today included). */
export function paceOf(notes: readonly ForecastNote[], today: CalendarDate): number {
  const from = addDays(today, -7 * PACE_WEEKS + 1);
  const hours = notes
    .flatMap((note) => note.log)
    .filter((entry) => entry.date >= from && entry.date <= today)
    .reduce((sum, entry) => sum + (entry.hours ?? 0), 0);
  return round1(hours / PACE_WEEKS);
}

/** The forecast for notes in roadmap order. */
export function forecastOf(
  notesInRoadmapOrder: readonly ForecastNote[],
  today: CalendarDate,
  defaultEstimate = DEFAULT_ESTIMATE_HOURS,
): Forecast {
  const pace = paceOf(notesInRoadmapOrder, today);
  const open = notesInRoadmapOrder.filter((note) => note.status !== 'done');
  const planFinish = open
    .map((note) => note.target)
    .filter((target): target is string => target !== undefined)
    .sort(compareCodePoints)
    .at(-1);
  const projected =
    pace > 0 && open.length > 0
      ? scheduleStudyPlan(
          notesInRoadmapOrder.map((note) => ({ ...note, loggedHours: loggedHours(note) })),
          { start: today, hoursPerWeek: pace, defaultEstimate },
        )
          .map((topic) => topic.target)
          .sort(compareCodePoints)
          .at(-1)
      : undefined;
  return {
    pace,
    hoursDone: round1(notesInRoadmapOrder.reduce((sum, note) => sum + loggedHours(note), 0)),
    hoursEstimated: round1(notesInRoadmapOrder.reduce((sum, note) => sum + (note.estimate ?? defaultEstimate), 0)),
    planFinish,
    projectedFinish: projected,
    daysAfterPlan: projected && planFinish ? daysBetween(planFinish, projected) : undefined,
    remainingTopics: open.length,
  };
}

const days = (count: number): string => countLabel(count, 'day');

/** `7.5 h/week`. */
export function formatPace(pace: number): string {
  return `${pace} h/week`;
}

/** The forecast in one plain sentence: "At 7.5 h/week you finish on 14 March 2027, 9 days after your plan." */
export function forecastSentence(forecast: Forecast): string {
  if (forecast.remainingTopics === 0) return 'Every topic is done.';
  if (forecast.projectedFinish === undefined) {
    const plan = forecast.planFinish ? ` Your plan ends on ${formatCalendarDate(forecast.planFinish)}.` : '';
    return `No study hours logged in the last ${PACE_WEEKS} weeks, so there is no pace to project a finish from yet.${plan}`;
  }
  const at = `At ${formatPace(forecast.pace)} you finish on ${formatCalendarDate(forecast.projectedFinish)}`;
  const offset = forecast.daysAfterPlan;
  if (offset === undefined) return `${at}.`;
  if (offset === 0) return `${at}, the day your plan ends.`;
  return `${at}, ${days(Math.abs(offset))} ${offset > 0 ? 'after' : 'before'} your plan.`;
}

/** The day a topic became overdue: its target, when that has passed and the topic is not done. */
export function overdueSince(note: Pick<SchedulableNote, 'status' | 'target'>, today: CalendarDate): CalendarDate | undefined {
  return note.status !== 'done' && note.target !== undefined && note.target < today ? note.target : undefined;
}

/** `Overdue since 30 November 2026`. */
export function overdueLabel(since: CalendarDate): string {
  return `Overdue since ${formatCalendarDate(since)}`;
}

/**
 * The informational line `npm run check -- --verbose` prints for an overdue topic: never an error, a late topic
 * is not a broken site.
 */
export function overdueNotice(note: { file: string; title: string }, line: number, since: CalendarDate, today: CalendarDate): string {
  return (
    `info: ${note.file}:${line} target: "${note.title}" is overdue since ${formatCalendarDate(since)} (today is ${formatCalendarDate(today)}). ` +
    'Re-plan what is left with npm run plan, or move its target.'
  );
}
