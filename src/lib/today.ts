/**
 * What "today" is for a build, decided in one place: `STUDY_NOTES_TODAY` when it is set, else the roadmap's
 * `asOf` (a demo roadmap describes a fixed day, so it reads the same whenever it is built), else the build date.
 */
import type { CalendarDate } from './calendar-date.ts';

/** What the clock says: the build date in UTC, or the day `STUDY_NOTES_TODAY` pins. */
export interface ClockReading {
  date: CalendarDate;
  /** True when `STUDY_NOTES_TODAY` set the date: it then wins over the roadmap's `asOf`. */
  pinned: boolean;
}

/** The build's today: a pinned clock, else the roadmap's `asOf`, else the clock. */
export function resolveToday(clock: ClockReading, asOf: CalendarDate | undefined): CalendarDate {
  if (clock.pinned || asOf === undefined) return clock.date;
  return asOf;
}
