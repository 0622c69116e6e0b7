import { describe, expect, it } from 'vitest';
import { resolveToday } from '../../src/lib/today.ts';
import { clockProblem, readClock } from '../../src/node/clock.ts';

describe('today', () => {
  it("is STUDY_NOTES_TODAY when set, else the roadmap's asOf, else the build date", () => {
    expect(resolveToday({ date: '2027-02-01', pinned: true }, '2026-12-01')).toBe('2027-02-01');
    expect(resolveToday({ date: '2027-02-01', pinned: false }, '2026-12-01')).toBe('2026-12-01');
    expect(resolveToday({ date: '2027-02-01', pinned: false }, undefined)).toBe('2027-02-01');
  });

  it('reads the clock in UTC, and pins it only with a real calendar date', () => {
    const now = new Date('2026-03-01T23:30:00-05:00');
    expect(readClock({}, now)).toEqual({ date: '2026-03-02', pinned: false });
    expect(readClock({ STUDY_NOTES_TODAY: '2027-01-04' }, now)).toEqual({ date: '2027-01-04', pinned: true });
    expect(readClock({ STUDY_NOTES_TODAY: '2027-02-30' }, now)).toEqual({ date: '2026-03-02', pinned: false });
    expect(clockProblem({ STUDY_NOTES_TODAY: '2027-02-30' })).toBe(
      'STUDY_NOTES_TODAY="2027-02-30" is not a calendar date, so the build date is used. Write it as YYYY-MM-DD, e.g. STUDY_NOTES_TODAY=2027-02-01.',
    );
    expect(clockProblem({})).toBeUndefined();
  });
});
