import { describe, expect, it } from 'vitest';
import {
  dayInWeekLabel,
  isoWeekday,
  isoWeekOf,
  paceOf,
  paceReference,
  parseWeekId,
  weekRangeLabel,
  weeklyDigests,
  weekSummary,
  weekNeighbours,
  weeksTotals,
  weekTitle,
} from '../../src/lib/weeks.ts';
import { titleFromSlug } from '../../src/lib/scaffold.ts';
import { noteRecord } from './note-record-fixture.ts';

/** A note titled from its slug, as `npm run new` titles it (`docker` → Docker), for the sentences that name it. */
const titled = (slug: string, fields: Parameters<typeof noteRecord>[1]) => noteRecord(slug, { title: titleFromSlug(slug), ...fields });

describe('ISO weeks', () => {
  it('runs Monday to Sunday', () => {
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(isoWeekOf('2026-11-23')).toEqual({ year: 2026, week: 48, id: '2026-W48', start: '2026-11-23', end: '2026-11-29' });
    // A Sunday session belongs to the week that began the Monday before, not the next one.
    expect(isoWeekOf('2026-11-29').id).toBe('2026-W48');
    expect(isoWeekOf('2026-11-30').id).toBe('2026-W49');
  });

  it('puts the first days of January in the last week of the year before when the week has no Thursday in January', () => {
    // 1 January 2027 is a Friday: that week is 2026-W53.
    expect(isoWeekOf('2027-01-01')).toMatchObject({ year: 2026, week: 53, start: '2026-12-28', end: '2027-01-03' });
    expect(isoWeekOf('2027-01-04')).toMatchObject({ year: 2027, week: 1, id: '2027-W01' });
    // 1 January 2026 is a Thursday: week 1 of 2026 starts on 29 December 2025.
    expect(isoWeekOf('2025-12-29')).toMatchObject({ year: 2026, week: 1, start: '2025-12-29', end: '2026-01-04' });
    expect(isoWeekOf('2021-01-03')).toMatchObject({ year: 2020, week: 53 });
  });

  it('parses week ids and rejects weeks a year does not have', () => {
    expect(parseWeekId('2026-W53')).toMatchObject({ start: '2026-12-28' });
    expect(parseWeekId('2025-W53')).toBeUndefined();
    expect(parseWeekId('2026-W00')).toBeUndefined();
    expect(parseWeekId('2026-48')).toBeUndefined();
    expect(parseWeekId('2026-W01')).toMatchObject({ start: '2025-12-29' });
  });

  it('names weeks and their days', () => {
    expect(weekTitle(isoWeekOf('2026-11-25'))).toBe('Week 48, 2026');
    expect(weekRangeLabel(isoWeekOf('2026-11-25'))).toBe('23–29 November 2026');
    expect(weekRangeLabel(isoWeekOf('2026-12-01'))).toBe('30 November – 6 December 2026');
    expect(weekRangeLabel(isoWeekOf('2027-01-01'))).toBe('28 December 2026 – 3 January 2027');
    expect(dayInWeekLabel('2026-11-29')).toBe('Sun 29 Nov');
    expect(dayInWeekLabel('2026-11-23')).toBe('Mon 23 Nov');
  });

  it('gives the same weeks in a negative-UTC time zone, because no local-time Date is involved', () => {
    const before = process.env['TZ'];
    const dates = ['2026-11-29', '2026-11-30', '2027-01-01', '2027-01-03', '2027-01-04'];
    try {
      process.env['TZ'] = 'UTC';
      const inUtc = dates.map((d) => isoWeekOf(d));
      process.env['TZ'] = 'America/Los_Angeles';
      // The zone took effect: midnight UTC on Monday 30 November is still Sunday in Los Angeles.
      expect(new Date('2026-11-30T00:00:00Z').getDay()).toBe(0);
      expect(dates.map((d) => isoWeekOf(d))).toEqual(inUtc);
      expect(isoWeekOf('2026-11-30').start).toBe('2026-11-30');
    } finally {
      if (before === undefined) delete process.env['TZ'];
      else process.env['TZ'] = before;
    }
  });
});

describe('weeklyDigests', () => {
  const notes = [
    titled('docker', {
      status: 'done',
      started: '2026-11-23',
      completed: '2026-11-29',
      log: [
        { date: '2026-11-29', note: 'Multi-stage builds.', hours: 1.5, evidence: 'https://example.org/docker' },
        { date: '2026-11-23', note: 'First image.', hours: 2 },
        { date: '2026-12-02', note: 'Answered the self-checks.', hours: 0.5, kind: 'review' },
      ],
    }),
    titled('kubernetes', {
      status: 'in-progress',
      started: '2026-11-30',
      log: [
        { date: '2026-11-30', note: 'Pods.', hours: 1 },
        { date: '2026-12-06', note: 'Services, no hours.' },
      ],
    }),
    noteRecord('secret', { draft: true, log: [{ date: '2026-11-24', note: 'Hidden.', hours: 9 }] }),
  ];
  const weeks = weeklyDigests(notes);

  it('has one digest per week with log entries, oldest first, and leaves drafts out', () => {
    expect(weeks.map((w) => w.id)).toEqual(['2026-W48', '2026-W49']);
    expect(weeks[0]!.sessions.map((s) => s.slug)).toEqual(['docker', 'docker']);
  });

  it('adds up every log entry, reviews included', () => {
    expect(weeks.map((w) => w.hours)).toEqual([3.5, 1.5]);
    const logged = notes
      .filter((n) => !n.draft)
      .flatMap((n) => n.log)
      .reduce((sum, e) => sum + (e.hours ?? 0), 0);
    expect(weeks.reduce((sum, w) => sum + w.hours, 0)).toBe(logged);
  });

  it('lists sessions by date, with the Sunday session in its Monday-to-Sunday week', () => {
    expect(weeks[0]!.sessions.map((s) => [s.date, s.note, s.kind])).toEqual([
      ['2026-11-23', 'First image.', 'study'],
      ['2026-11-29', 'Multi-stage builds.', 'study'],
    ]);
    expect(weeks[0]!.sessions[1]!.evidence).toBe('https://example.org/docker');
  });

  it('lists topics started and completed, and the reviews of the week', () => {
    expect(weeks[0]!.started.map((m) => m.slug)).toEqual(['docker']);
    expect(weeks[0]!.completed.map((m) => m.slug)).toEqual(['docker']);
    expect(weeks[1]!.started.map((m) => m.slug)).toEqual(['kubernetes']);
    expect(weeks[1]!.reviews.map((r) => r.slug)).toEqual(['docker']);
    expect(weeks[1]!.topics.map((t) => t.slug)).toEqual(['kubernetes', 'docker']);
  });
});

describe('weekNeighbours and weeksTotals', () => {
  // 0.14 h in each of three weeks, then a session without hours: each week rounds to 0.1 h, their sum does not.
  const sessions = ['2026-11-23', '2026-12-01', '2026-12-09'].map((date) => ({ date, note: 'Studied.', hours: 0.14 }));
  const weeks = weeklyDigests([noteRecord('docker', { log: [...sessions, { date: '2026-12-10', note: 'No hours.' }] })]);

  it('finds the weeks before and after a week, and none at either end or for a week without digest', () => {
    expect(weeks.map((w) => w.id)).toEqual(['2026-W48', '2026-W49', '2026-W50']);
    const ids = (id: string) => Object.values(weekNeighbours(weeks, id)).map((w) => w?.id);
    expect(ids('2026-W49')).toEqual(['2026-W48', '2026-W50']);
    expect(ids('2026-W48')).toEqual([undefined, '2026-W49']);
    expect(ids('2026-W50')).toEqual(['2026-W49', undefined]);
    expect(ids('2026-W01')).toEqual([undefined, undefined]);
  });

  it('adds up the hours of the sessions, not of the rounded weeks, and scales the bars to at least 1 hour', () => {
    expect(weeks.map((w) => w.hours)).toEqual([0.1, 0.1, 0.1]);
    expect(weeksTotals(weeks)).toEqual({ busiest: 1, totalHours: 0.4 });
    const long = weeklyDigests([noteRecord('k8s', { log: [{ date: '2026-11-23', note: 'Pods.', hours: 3.5 }] })]);
    expect(weeksTotals(long)).toEqual({ busiest: 3.5, totalHours: 3.5 });
    expect(weeksTotals([])).toEqual({ busiest: 1, totalHours: 0 });
  });
});

describe('weekSummary', () => {
  it('says in one line what the week held', () => {
    const [first, second] = weeklyDigests([
      titled('docker', {
        status: 'done',
        started: '2026-11-23',
        completed: '2026-11-25',
        log: [
          { date: '2026-11-23', note: 'a', hours: 2 },
          { date: '2026-11-24', note: 'b', hours: 1 },
        ],
      }),
      titled('kubernetes', { log: [{ date: '2026-11-24', note: 'c', hours: 1.5 }] }),
      titled('helm', {
        status: 'done',
        completed: '2026-11-01',
        log: [{ date: '2026-12-01', note: 'r', kind: 'review' }],
      }),
    ]);
    expect(weekSummary(first!)).toBe('4.5 h in 3 sessions on Docker and Kubernetes; started Docker; completed Docker.');
    expect(weekSummary(second!)).toBe('0 h in 1 session on Helm; 1 review.');
  });
});

describe('pace', () => {
  it('measures against the plan when the roadmap has one', () => {
    const reference = paceReference({ plan: { start: '2026-11-02', hoursPerWeek: 8 } }, [{ hours: 2 }]);
    expect(reference).toEqual({ kind: 'plan', hoursPerWeek: 8 });
    expect(paceOf(6, reference)).toEqual({ percent: 75, label: '6 h of the planned 8 h a week (75%)', onPace: false });
  });

  it('falls back to the average of the logged weeks without a plan', () => {
    const reference = paceReference({ title: 'x' }, [{ hours: 2 }, { hours: 4 }]);
    expect(reference).toEqual({ kind: 'average', hoursPerWeek: 3, weeks: 2 });
    expect(paceOf(4, reference)!.label).toBe('4 h against an average of 3 h a week over 2 logged weeks (133%)');
    expect(paceOf(4, reference)!.onPace).toBe(true);
  });

  it('ignores a plan that is not a positive number, and has no pace without hours', () => {
    expect(paceReference({ plan: { hoursPerWeek: 'eight' } }, [{ hours: 2 }])).toMatchObject({ kind: 'average' });
    expect(paceReference(undefined, [{ hours: 0 }])).toBeUndefined();
    expect(paceOf(3, undefined)).toBeUndefined();
  });
});
