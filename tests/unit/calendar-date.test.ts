import { describe, expect, it } from 'vitest';
import { addDays, calendarDateProblem, formatCalendarDate, fromDayNumber, toDayNumber } from '../../src/lib/calendar-date.ts';

describe('calendar dates', () => {
  it('formats 2026-03-01 as 1 March 2026', () => {
    expect(formatCalendarDate('2026-03-01')).toBe('1 March 2026');
  });

  it('rejects a month that does not exist', () => {
    expect(calendarDateProblem('2026-13-01')).toBe('"2026-13-01" has no month 13');
  });

  it('rejects the 30th of February', () => {
    expect(calendarDateProblem('2026-02-30')).toBe('"2026-02-30" does not exist: February 2026 has 28 days');
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
