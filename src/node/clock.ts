/**
 * The only module that reads the clock. Everything else takes "today" from the analysed site
 * (`resolveToday` in src/lib/today.ts adds the roadmap's `asOf`), so a build has one today.
 */
import { isCalendarDate, todayCalendarDate } from '../lib/calendar-date.ts';
import type { ClockReading } from '../lib/today.ts';

/** The name of the variable that pins today, e.g. `STUDY_NOTES_TODAY=2027-02-01 npm run build`. */
export const TODAY_VARIABLE = 'STUDY_NOTES_TODAY';

/** Today's UTC date, or the valid `STUDY_NOTES_TODAY`. */
export function readClock(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): ClockReading {
  const override = env[TODAY_VARIABLE];
  const pinned = override !== undefined && isCalendarDate(override);
  return { date: todayCalendarDate(now, pinned ? override : undefined), pinned };
}

/** Why `STUDY_NOTES_TODAY` is ignored, or undefined when it is unset or valid. */
export function clockProblem(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const override = env[TODAY_VARIABLE];
  if (override === undefined || override === '' || isCalendarDate(override)) return undefined;
  return `${TODAY_VARIABLE}="${override}" is not a calendar date, so the build date is used. Write it as YYYY-MM-DD, e.g. ${TODAY_VARIABLE}=2027-02-01.`;
}
