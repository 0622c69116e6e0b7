/**
 * Calendar dates as `YYYY-MM-DD` strings, end to end.
 *
 * A date-only value must never pass through a local-time `Date`: west of UTC it shows the previous day.
 * Everything here is string and integer arithmetic, so the result is the same in every time zone.
 */

/** A `YYYY-MM-DD` string that names a real day. */
export type CalendarDate = string;

// Four-digit year, two-digit month, two-digit day; nothing before or after.
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Why `raw` is not a calendar date, or `undefined` when it is one. */
export function calendarDateProblem(raw: string): string | undefined {
  const match = CALENDAR_DATE.exec(raw);
  if (!match) return `"${raw}" is not a date in the form YYYY-MM-DD`;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return `"${raw}" has no month ${match[2]}`;
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    return `"${raw}" does not exist: ${MONTH_NAMES[month - 1]} ${year} has ${lastDay} days`;
  }
  return undefined;
}

export function isCalendarDate(raw: string): raw is CalendarDate {
  return calendarDateProblem(raw) === undefined;
}

/** `2026-03-01` → `1 March 2026`. */
export function formatCalendarDate(date: CalendarDate): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

/** `2026-03-01` → `1 Mar 2026`, for dense lists. */
export function formatShortCalendarDate(date: CalendarDate): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTH_NAMES[month - 1]!.slice(0, 3)} ${year}`;
}

/** `2026-03-01` → `March 2026`. */
export function formatMonth(date: CalendarDate): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return `${MONTH_NAMES[month - 1]} ${year}`;
}

/** Days since 1970-01-01 (proleptic Gregorian), computed without `Date` so no time zone can shift it. */
export function toDayNumber(date: CalendarDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // Howard Hinnant's days_from_civil: shift the year to start in March so leap days fall at the end.
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The inverse of `toDayNumber`. */
export function fromDayNumber(dayNumber: number): CalendarDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * The calendar date of an instant in UTC. Used for "today" so a build gives the same answer in every time zone;
 * `STUDY_NOTES_TODAY=YYYY-MM-DD` pins it (tests, reproducible builds).
 */
export function todayCalendarDate(now: Date = new Date(), override?: string): CalendarDate {
  if (override && isCalendarDate(override)) return override;
  return now.toISOString().slice(0, 10);
}
