import { describe, expect, it } from 'vitest';
import { GANTT_LAYOUT, HOURS_LAYOUT, isoWeek, layoutGantt, layoutHoursPerWeek, niceStep, topicSpans } from '../../src/lib/study-chart.ts';
import { timelineEvents } from '../../src/lib/timeline.ts';
import { timelineNote } from './note-record-fixture.ts';

const note = timelineNote;

const phases = [
  { id: 'basics', title: 'Basics' },
  { id: 'platforms', title: 'Platforms' },
];

describe('isoWeek', () => {
  it('starts weeks on Monday and numbers them by ISO 8601', () => {
    expect(isoWeek('2026-03-10')).toEqual({ key: '2026-W11', year: 2026, week: 11, monday: '2026-03-09' });
    expect(isoWeek('2026-03-09').key).toBe('2026-W11');
    expect(isoWeek('2026-03-15').key).toBe('2026-W11');
    expect(isoWeek('2026-03-16').key).toBe('2026-W12');
  });

  it('puts days around new year in the week of that week’s Thursday', () => {
    // 2026-01-01 is a Thursday: the week of 29 December 2025 is week 1 of 2026.
    expect(isoWeek('2025-12-29')).toMatchObject({ key: '2026-W01', monday: '2025-12-29' });
    // 2027-01-01 is a Friday: it belongs to the last week of 2026, which has 53 weeks.
    expect(isoWeek('2027-01-01')).toMatchObject({ key: '2026-W53', monday: '2026-12-28' });
    expect(isoWeek('2027-01-04').key).toBe('2027-W01');
    expect(isoWeek('2024-12-30').key).toBe('2025-W01');
  });
});

describe('topicSpans', () => {
  it('draws the remaining plan: a scheduled start up to the target, or the scheduled target when there is none', () => {
    const scheduled = { start: '2026-03-10', target: '2026-03-16' };
    expect(
      topicSpans({ status: 'planned', started: undefined, completed: undefined, target: '2026-03-20' }, '2026-03-05', scheduled),
    ).toEqual({ planned: ['2026-03-10', '2026-03-20'] });
    expect(topicSpans({ status: 'planned', started: undefined, completed: undefined, target: undefined }, '2026-03-05', scheduled)).toEqual(
      { planned: ['2026-03-10', '2026-03-16'] },
    );
    expect(topicSpans({ status: 'done', started: undefined, completed: '2026-03-01', target: undefined }, '2026-03-05', scheduled)).toEqual(
      { marker: { kind: 'completed', date: '2026-03-01' } },
    );
  });

  const today = '2026-03-10';

  it('draws a done topic from started to completed', () => {
    expect(topicSpans({ status: 'done', started: '2026-03-01', completed: '2026-03-04', target: '2026-03-20' }, today)).toEqual({
      actual: ['2026-03-01', '2026-03-04'],
    });
  });

  it('draws an unfinished topic up to today, then a planned span to its target', () => {
    expect(topicSpans({ status: 'in-progress', started: '2026-03-05', completed: undefined, target: '2026-03-20' }, today)).toEqual({
      actual: ['2026-03-05', '2026-03-10'],
      planned: ['2026-03-11', '2026-03-20'],
    });
  });

  it('marks an overdue target with a diamond after the bar to today', () => {
    expect(topicSpans({ status: 'in-progress', started: '2026-03-01', completed: undefined, target: '2026-03-05' }, today)).toEqual({
      actual: ['2026-03-01', '2026-03-10'],
      marker: { kind: 'target', date: '2026-03-05' },
    });
  });

  it('shows a planned topic with only a target as a planned marker', () => {
    expect(topicSpans({ status: 'planned', started: undefined, completed: undefined, target: '2026-04-10' }, today)).toEqual({
      marker: { kind: 'target', date: '2026-04-10' },
    });
  });

  it('plans a topic whose start lies ahead from its start to its target', () => {
    expect(topicSpans({ status: 'planned', started: '2026-03-15', completed: undefined, target: '2026-03-20' }, today)).toEqual({
      planned: ['2026-03-15', '2026-03-20'],
    });
  });

  it('marks the completion of a done topic that has no start', () => {
    expect(topicSpans({ status: 'done', started: undefined, completed: '2026-03-02', target: undefined }, today)).toEqual({
      marker: { kind: 'completed', date: '2026-03-02' },
    });
  });

  it('has nothing to draw for a topic without dates', () => {
    expect(topicSpans({ status: 'planned', started: undefined, completed: undefined, target: undefined }, today)).toEqual({});
  });
});

describe('layoutGantt', () => {
  const notes = [
    note('containers', { status: 'done', started: '2026-03-01', completed: '2026-03-04' }),
    note('kubernetes', {
      status: 'in-progress',
      started: '2026-03-05',
      target: '2026-03-20',
      log: [{ date: '2026-03-05', note: 'x', hours: 1.5 }],
    }),
    note('pipelines', { phase: 'platforms', target: '2026-04-10' }),
    note('someday', { phase: 'platforms' }),
    note('secret', { draft: true, started: '2026-01-01' }),
  ];
  const chart = layoutGantt({ notes, phases, today: '2026-03-10' });
  const L = GANTT_LAYOUT;

  it('covers whole months from the first to the last drawn day', () => {
    expect(chart.range).toEqual({ from: '2026-03-01', to: '2026-04-30' });
    expect(chart.months.map((m) => [m.date, m.label])).toEqual([
      ['2026-03-01', 'Mar 2026'],
      ['2026-04-01', 'Apr'],
    ]);
    expect(chart.pixelsPerDay).toBeCloseTo(L.plotWidth / 61, 3);
  });

  it('groups rows by phase in roadmap order, each row below the last', () => {
    expect(chart.phases.map((p) => [p.title, p.rows.map((r) => r.slug)])).toEqual([
      ['Basics', ['containers', 'kubernetes']],
      ['Platforms', ['pipelines']],
    ]);
    const ys = chart.phases.flatMap((p) => [p.y, ...p.rows.map((r) => r.y)]);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(chart.phases[0]!.y).toBe(L.axisHeight);
    expect(chart.phases[0]!.rows[0]!.y).toBe(L.axisHeight + L.phaseHeight);
    expect(chart.height).toBe(L.axisHeight + 2 * L.phaseHeight + 3 * L.rowHeight + L.bottom);
  });

  it('places bars by day: x at the start day, width in whole days', () => {
    const containers = chart.phases[0]!.rows[0]!;
    expect(containers.actual).toEqual({
      from: '2026-03-01',
      to: '2026-03-04',
      x: L.labelWidth,
      width: expect.closeTo(4 * chart.pixelsPerDay, 0),
    });
    const kubernetes = chart.phases[0]!.rows[1]!;
    expect(kubernetes.actual!.x).toBeCloseTo(L.labelWidth + 4 * (L.plotWidth / 61), 0);
    // The planned part starts where the studied part ends.
    expect(kubernetes.planned!.x).toBeCloseTo(kubernetes.actual!.x + kubernetes.actual!.width, 0);
    expect(kubernetes.hours).toBe(1.5);
  });

  it('draws the today line in the middle of today', () => {
    expect(chart.today!.date).toBe('2026-03-10');
    expect(chart.today!.x).toBeCloseTo(L.labelWidth + 9.5 * (L.plotWidth / 61), 0);
  });

  it('leaves out drafts, lists topics without dates, and says so in the description', () => {
    expect(chart.phases.flatMap((p) => p.rows).some((r) => r.slug === 'secret')).toBe(false);
    expect(chart.unscheduled).toEqual(['someday']);
    expect(chart.description).toContain('3 topics from 1 March 2026 to 30 April 2026: 1 done, 1 in progress, 1 planned.');
    expect(chart.description).toContain('1 topic without dates is not shown.');
  });

  it('keeps every bar and marker inside the plot', () => {
    for (const row of chart.phases.flatMap((p) => p.rows)) {
      for (const span of [row.actual, row.planned]) {
        if (!span) continue;
        expect(span.x).toBeGreaterThanOrEqual(chart.plot.left);
        expect(span.x + span.width).toBeLessThanOrEqual(chart.plot.right + 0.1);
      }
      if (row.marker) expect(row.marker.x).toBeLessThanOrEqual(chart.plot.right);
    }
  });

  it('has no range and no today line when no topic has a date', () => {
    const empty = layoutGantt({ notes: [note('someday')], phases, today: '2026-03-10' });
    expect(empty.range).toBeUndefined();
    expect(empty.today).toBeUndefined();
    expect(empty.phases).toEqual([]);
  });

  it('does not stretch the axis to today when every topic is long finished', () => {
    const old = layoutGantt({
      notes: [note('old', { status: 'done', started: '2024-01-02', completed: '2024-01-05' })],
      phases,
      today: '2026-03-10',
    });
    expect(old.range).toEqual({ from: '2024-01-01', to: '2024-01-31' });
    expect(old.today).toBeUndefined();
  });
});

describe('layoutHoursPerWeek', () => {
  const events = timelineEvents([
    note('a', {
      log: [
        { date: '2026-03-02', note: 'x', hours: 2 },
        { date: '2026-03-08', note: 'x', hours: 1.5 },
        { date: '2026-03-24', note: 'x', hours: 4 },
        { date: '2026-03-25', note: 'x' },
      ],
      started: '2026-03-02',
    }),
  ]);
  const chart = layoutHoursPerWeek(events);

  it('sums hours per ISO week and keeps empty weeks so the axis is continuous', () => {
    expect(chart.bars.map((b) => [b.key, b.hours, b.sessions])).toEqual([
      ['2026-W10', 3.5, 2],
      ['2026-W11', 0, 0],
      ['2026-W12', 0, 0],
      ['2026-W13', 4, 2],
    ]);
    expect(chart.totalHours).toBe(7.5);
    expect(chart.totalSessions).toBe(4);
    expect(chart.sessionsWithoutHours).toBe(1);
  });

  it('scales bars to a round maximum and stands them on the baseline', () => {
    expect(chart.ticks.map((t) => t.value)).toEqual([0, 1, 2, 3, 4]);
    const tallest = chart.bars[3]!;
    expect(tallest.y).toBe(chart.plot.top);
    expect(tallest.height).toBe(HOURS_LAYOUT.plotHeight);
    for (const bar of chart.bars) expect(bar.y + bar.height).toBeCloseTo(chart.plot.bottom, 5);
    expect(chart.bars[1]!.height).toBe(0);
  });

  it('spaces weeks evenly and labels the first week of each month', () => {
    const xs = chart.bars.map((b) => b.x);
    expect(xs[1]! - xs[0]!).toBe(HOURS_LAYOUT.pitch);
    expect(chart.bars.map((b) => b.label)).toEqual(['W10', 'W11', 'W12', 'W13']);
    expect(chart.bars.map((b) => b.monthLabel)).toEqual(['Mar', undefined, undefined, undefined]);
  });

  it('describes the data in a sentence', () => {
    expect(chart.description).toBe(
      '7.5 hours in 4 sessions over 4 weeks, from the week of 2 Mar 2026 to the week of 23 Mar 2026; the busiest week was 2026-W13 with 4 hours.',
    );
  });

  it('is empty without sessions', () => {
    const empty = layoutHoursPerWeek([]);
    expect(empty.bars).toEqual([]);
    expect(empty.description).toBe('No study sessions logged yet.');
  });
});

describe('helpers', () => {
  it('picks round scale steps', () => {
    expect([1, 5, 6, 10, 11, 24, 60].map(niceStep)).toEqual([1, 1, 2, 2, 5, 5, 20]);
  });
});
