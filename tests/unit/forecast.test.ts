import { describe, expect, it } from 'vitest';
import {
  forecastOf,
  forecastSentence,
  overdueLabel,
  overdueNotice,
  overdueSince,
  paceOf,
  type ForecastNote,
} from '../../src/lib/forecast.ts';

const note = (slug: string, fields: Partial<ForecastNote> = {}): ForecastNote => ({
  slug,
  status: 'planned',
  prerequisites: [],
  log: [],
  ...fields,
});

describe('paceOf', () => {
  it('is the hours per week of the last four weeks of log, today included', () => {
    const notes = [
      note('a', {
        log: [
          { date: '2026-11-03', hours: 10 },
          { date: '2026-11-04', hours: 4 },
          { date: '2026-12-01', hours: 2 },
        ],
      }),
      note('b', { log: [{ date: '2026-11-20', hours: 14 }, { date: '2026-12-02', hours: 99 }, { date: '2026-11-10' }] }),
    ];
    // The window is 2026-11-04 to 2026-12-01 (28 days): 4 + 2 + 14 = 20 h over 4 weeks.
    expect(paceOf(notes, '2026-12-01')).toBe(5);
  });
});

describe('forecastOf', () => {
  const today = '2026-12-01';
  const notes = [
    note('done', { status: 'done', completed: '2026-11-20', estimate: 10, log: [{ date: '2026-11-20', hours: 20 }] }),
    note('doing', {
      status: 'in-progress',
      started: '2026-11-25',
      estimate: 10,
      target: '2026-12-10',
      log: [{ date: '2026-11-26', hours: 10 }],
    }),
    note('next', { estimate: 15, target: '2026-12-20', prerequisites: ['doing'] }),
  ];

  it('gives the pace, hours done against estimated, the plan finish and the projected finish', () => {
    const forecast = forecastOf(notes, today);
    // Pace 30 h / 4 weeks = 7.5 h/week; what is left: 1 h of "doing" (its estimate is used up) and 15 h of "next".
    expect(forecast).toEqual({
      pace: 7.5,
      hoursDone: 30,
      hoursEstimated: 35,
      planFinish: '2026-12-20',
      projectedFinish: '2026-12-15',
      daysAfterPlan: -5,
      remainingTopics: 2,
    });
    expect(forecastSentence(forecast)).toBe('At 7.5 h/week you finish on 15 December 2026, 5 days before your plan.');
  });

  it('says so when there is no pace to project from, or nothing left', () => {
    const idle = forecastOf([note('a', { target: '2027-03-14' })], today);
    expect(idle.projectedFinish).toBeUndefined();
    expect(forecastSentence(idle)).toBe(
      'No study hours logged in the last 4 weeks, so there is no pace to project a finish from yet. Your plan ends on 14 March 2027.',
    );
    expect(forecastSentence(forecastOf([notes[0]!], today))).toBe('Every topic is done.');
  });

  it('counts a day in the singular', () => {
    const forecast = {
      pace: 7.5,
      hoursDone: 0,
      hoursEstimated: 0,
      planFinish: '2027-03-13',
      projectedFinish: '2027-03-14',
      daysAfterPlan: 1,
      remainingTopics: 1,
    };
    expect(forecastSentence(forecast)).toBe('At 7.5 h/week you finish on 14 March 2027, 1 day after your plan.');
  });
});

describe('overdue', () => {
  it('is a passed target of a topic not done, dated by that target', () => {
    expect(overdueSince({ status: 'planned', target: '2026-11-30' }, '2026-12-01')).toBe('2026-11-30');
    expect(overdueSince({ status: 'in-progress', target: '2026-12-01' }, '2026-12-01')).toBeUndefined();
    expect(overdueSince({ status: 'done', target: '2026-11-30' }, '2026-12-01')).toBeUndefined();
    expect(overdueLabel('2026-11-30')).toBe('Overdue since 30 November 2026');
    expect(overdueNotice({ file: 'content/notes/kserve.mdx', title: 'KServe' }, 6, '2026-11-30', '2026-12-01')).toBe(
      'info: content/notes/kserve.mdx:6 target: "KServe" is overdue since 30 November 2026 (today is 1 December 2026). Re-plan what is left with npm run plan, or move its target.',
    );
  });
});
