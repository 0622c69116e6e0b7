import { describe, expect, it } from 'vitest';
import { dueReviews, isReviewDue, loggedReviews, reviewSchedule, reviewSchedules } from '../../src/lib/review.ts';
import type { LogEntry } from '../../src/schemas/note.ts';
import { noteRecord } from './note-record-fixture.ts';

const done = (slug: string, completed: string, log: LogEntry[] = []) =>
  noteRecord(slug, { status: 'done', started: '2026-01-01', completed, log });
const review = (date: string): LogEntry => ({ date, note: 'Answered the self-checks.', kind: 'review' });

describe('reviewSchedule', () => {
  it('plans the first review one interval after completed, then the rest of the default intervals', () => {
    const schedule = reviewSchedule(done('docker', '2026-03-01'))!;
    expect(schedule.next).toEqual({ number: 1, due: '2026-03-04' });
    expect(schedule.reviews.map((r) => r.due)).toEqual(['2026-03-04', '2026-03-14', '2026-04-13', '2026-07-12']);
    expect(schedule.reviewsDone).toBe(0);
  });

  it('uses the intervals of the roadmap', () => {
    expect(reviewSchedule(done('docker', '2026-03-01'), [1, 7])!.reviews.map((r) => r.due)).toEqual(['2026-03-02', '2026-03-09']);
  });

  it('moves each logged review to the next interval, counted from the day of that review', () => {
    // Due 4 March, reviewed late on 6 March: the next one is 10 days after the 6th.
    const schedule = reviewSchedule(done('docker', '2026-03-01', [review('2026-03-06')]))!;
    expect(schedule.reviews[0]).toEqual({ number: 1, due: '2026-03-04', done: '2026-03-06' });
    expect(schedule.next).toEqual({ number: 2, due: '2026-03-16' });
    expect(schedule.reviewsDone).toBe(1);
  });

  it('counts a review logged early from its own date', () => {
    const schedule = reviewSchedule(done('docker', '2026-03-01', [review('2026-03-02')]))!;
    expect(schedule.next.due).toBe('2026-03-12');
  });

  it('repeats the last interval after the last one', () => {
    const log = [review('2026-03-04'), review('2026-03-14'), review('2026-04-13'), review('2026-07-12')];
    const schedule = reviewSchedule(done('docker', '2026-03-01', log), [3, 10, 30, 90])!;
    expect(schedule.next).toEqual({ number: 5, due: '2026-10-10' });
    // Past the last interval nothing more is planned than the next review.
    expect(schedule.reviews.at(-1)).toBe(schedule.next);
    const again = reviewSchedule(done('docker', '2026-03-01', [...log, review('2026-10-10')]))!;
    expect(again.next).toEqual({ number: 6, due: '2027-01-08' });
  });

  it('reads reviews in date order whatever the order of the log, and ignores study sessions and reviews before completed', () => {
    const log: LogEntry[] = [
      review('2026-03-14'),
      { date: '2026-03-10', note: 'Read more.', hours: 1 },
      { date: '2026-03-05', note: 'Studied again.', kind: 'study' },
      review('2026-02-20'),
      review('2026-03-04'),
    ];
    const note = done('docker', '2026-03-01', log);
    expect(loggedReviews(note)).toEqual(['2026-03-04', '2026-03-14']);
    expect(reviewSchedule(note)!.next).toEqual({ number: 3, due: '2026-04-13' });
  });

  it('plans the first review three days out for a topic completed today, and it is not due yet', () => {
    const today = '2026-12-01';
    const schedule = reviewSchedule(done('docker', today))!;
    expect(schedule.next.due).toBe('2026-12-04');
    expect(isReviewDue(schedule.next.due, today)).toBe(false);
  });

  it('has no schedule for topics that are not done, have no completed date, or are drafts', () => {
    expect(reviewSchedule(noteRecord('a', { status: 'in-progress', started: '2026-03-01' }))).toBeUndefined();
    expect(reviewSchedule(noteRecord('b', { status: 'done' }))).toBeUndefined();
    expect(reviewSchedule(noteRecord('c', { status: 'done', completed: '2026-03-01', draft: true }))).toBeUndefined();
  });

  it('counts calendar days across month ends and leap days', () => {
    expect(reviewSchedule(done('docker', '2028-02-27'))!.next.due).toBe('2028-03-01');
  });
});

describe('due now', () => {
  it('is due on its day and after it, not before', () => {
    expect(isReviewDue('2026-03-04', '2026-03-03')).toBe(false);
    expect(isReviewDue('2026-03-04', '2026-03-04')).toBe(true);
    expect(isReviewDue('2026-03-04', '2027-01-01')).toBe(true);
  });

  it('stops being due once the review is logged', () => {
    const today = '2026-03-10';
    const before = reviewSchedules([done('docker', '2026-03-01')]);
    expect(dueReviews(before, today).map((s) => s.slug)).toEqual(['docker']);
    const after = reviewSchedules([done('docker', '2026-03-01', [review('2026-03-10')])]);
    expect(dueReviews(after, today)).toEqual([]);
  });

  it('orders schedules by next review, then roadmap order', () => {
    const schedules = reviewSchedules([
      done('late', '2026-03-05'),
      noteRecord('planned'),
      done('early', '2026-03-01'),
      done('same-day-first', '2026-03-05'),
    ]);
    expect(schedules.map((s) => [s.slug, s.next.due])).toEqual([
      ['early', '2026-03-04'],
      ['late', '2026-03-08'],
      ['same-day-first', '2026-03-08'],
    ]);
  });
});
