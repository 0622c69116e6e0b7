import { describe, expect, it } from 'vitest';
import {
  addDays,
  calendarDateProblem,
  daysBetween,
  daysInMonth,
  formatCalendarDate,
  formatMonth,
  formatShortCalendarDate,
  fromDayNumber,
  isCalendarDate,
  toDayNumber,
  todayCalendarDate,
} from '../../src/lib/calendar-date.ts';

describe('calendar dates', () => {
  it('formats 2026-03-01 as 1 March 2026', () => {
    expect(formatCalendarDate('2026-03-01')).toBe('1 March 2026');
  });

  it.each([
    ['a month that does not exist', '2026-13-01', '"2026-13-01" has no month 13'],
    ['month 0', '2026-00-10', '"2026-00-10" has no month 00'],
    ['the 30th of February', '2026-02-30', '"2026-02-30" does not exist: February 2026 has 28 days'],
    ['day 0', '2026-04-00', '"2026-04-00" does not exist: April 2026 has 30 days'],
    ['a date without leading zeros', '2026-3-1', '"2026-3-1" is not a date in the form YYYY-MM-DD'],
    ['a date with a time', '2026-03-01T10:00', '"2026-03-01T10:00" is not a date in the form YYYY-MM-DD'],
    ['empty text', '', '"" is not a date in the form YYYY-MM-DD'],
  ])('rejects %s', (_what, text, problem) => {
    expect(calendarDateProblem(text)).toBe(problem);
  });

  it('accepts the 29th of February in a leap year', () => {
    expect(calendarDateProblem('2028-02-29')).toBeUndefined();
  });

  it('round-trips day numbers', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(toDayNumber('2026-11-27'))).toBe('2026-11-27');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('calendar date helpers', () => {
  it('knows the length of every month, leap years included', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => daysInMonth(2026, month))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect([2024, 2028, 2000, 1900, 2100].map((year) => daysInMonth(year, 2))).toEqual([29, 29, 29, 28, 28]);
    expect(daysInMonth(2026, 13)).toBe(0);
  });

  it('tells real dates apart', () => {
    expect(['2026-01-31', '2026-04-31', '2026-02-29', '2024-02-29'].filter(isCalendarDate)).toEqual(['2026-01-31', '2024-02-29']);
  });

  it('formats short dates and months', () => {
    expect(formatShortCalendarDate('2026-09-05')).toBe('5 Sep 2026');
    expect(formatMonth('2026-12-31')).toBe('December 2026');
    expect(formatCalendarDate('2026-12-31')).toBe('31 December 2026');
  });

  it('counts the days between two dates across a leap day', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('round-trips every day of a leap year and around 1970', () => {
    for (let day = toDayNumber('2027-12-25'); day <= toDayNumber('2029-01-05'); day++) {
      expect(toDayNumber(fromDayNumber(day))).toBe(day);
    }
    expect(fromDayNumber(-1)).toBe('1969-12-31');
    expect(toDayNumber('2000-03-01')).toBe(11017);
  });

  it('takes today as the UTC calendar date, whatever the local time zone', () => {
    expect(todayCalendarDate(new Date('2026-03-01T23:30:00-05:00'))).toBe('2026-03-02');
    expect(todayCalendarDate(new Date('2026-03-01T00:30:00+02:00'))).toBe('2026-02-28');
  });

  it('lets a valid override pin today, and ignores an invalid one', () => {
    expect(todayCalendarDate(new Date('2026-03-01T12:00:00Z'), '2030-01-15')).toBe('2030-01-15');
    expect(todayCalendarDate(new Date('2026-03-01T12:00:00Z'), '2030-02-30')).toBe('2026-03-01');
  });
});
