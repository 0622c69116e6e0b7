import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ESTIMATE_HOURS,
  nextMonday,
  remainingPlan,
  scheduleStudyPlan,
  studyOrder,
  type SchedulableNote,
} from '../../src/lib/schedule.ts';

const note = (slug: string, fields: Partial<SchedulableNote> = {}): SchedulableNote => ({
  slug,
  status: 'planned',
  prerequisites: [],
  ...fields,
});

describe('scheduleStudyPlan', () => {
  it('spreads the week over topics in roadmap order, one after another', () => {
    const plan = scheduleStudyPlan([note('a', { estimate: 8 }), note('b', { estimate: 4 }), note('c', { estimate: 8 })], {
      start: '2027-01-04',
      hoursPerWeek: 8,
    });
    // 8 h/week: a takes the whole first week, b half the second, c the rest of it and half the third.
    expect(plan).toEqual([
      { slug: 'a', start: '2027-01-04', target: '2027-01-10' },
      { slug: 'b', start: '2027-01-11', target: '2027-01-14' },
      { slug: 'c', start: '2027-01-14', target: '2027-01-21' },
    ]);
  });

  it('never starts a topic before its prerequisites are finished, even when they come later in the roadmap', () => {
    const notes = [
      note('serving', { prerequisites: ['kubernetes'], estimate: 6 }),
      note('intro', { estimate: 3 }),
      note('kubernetes', { estimate: 10 }),
    ];
    const plan = scheduleStudyPlan(notes, { start: '2027-01-04', hoursPerWeek: 6 });
    expect(plan.map((topic) => topic.slug)).toEqual(['intro', 'kubernetes', 'serving']);
    const bySlug = new Map(plan.map((topic) => [topic.slug, topic]));
    expect(bySlug.get('serving')!.start >= bySlug.get('kubernetes')!.target).toBe(true);
  });

  it(`uses ${DEFAULT_ESTIMATE_HOURS} hours, or the given default, for a topic without an estimate`, () => {
    expect(scheduleStudyPlan([note('a')], { start: '2027-01-04', hoursPerWeek: 6 })).toEqual([
      { slug: 'a', start: '2027-01-04', target: '2027-01-10' },
    ]);
    expect(scheduleStudyPlan([note('a')], { start: '2027-01-04', hoursPerWeek: 6, defaultEstimate: 12 })).toEqual([
      { slug: 'a', start: '2027-01-04', target: '2027-01-17' },
    ]);
  });

  it('leaves done topics out, and a done prerequisite holds nothing back', () => {
    const plan = scheduleStudyPlan(
      [note('a', { status: 'done', completed: '2026-11-01', estimate: 20 }), note('b', { prerequisites: ['a'], estimate: 6 })],
      { start: '2027-01-04', hoursPerWeek: 6 },
    );
    expect(plan).toEqual([{ slug: 'b', start: '2027-01-04', target: '2027-01-10' }]);
  });

  it('plans an in-progress topic first, keeps its started date and counts only the hours left', () => {
    const plan = scheduleStudyPlan(
      [note('a', { estimate: 6 }), note('b', { status: 'in-progress', started: '2026-12-01', estimate: 9, loggedHours: 6 })],
      { start: '2027-01-04', hoursPerWeek: 6 },
    );
    expect(plan).toEqual([
      { slug: 'b', start: '2026-12-01', target: '2027-01-07' },
      { slug: 'a', start: '2027-01-07', target: '2027-01-14' },
    ]);
  });

  it('still gives an in-progress topic whose estimate is used up some time to finish', () => {
    const [only] = scheduleStudyPlan([note('a', { status: 'in-progress', started: '2026-12-01', estimate: 4, loggedHours: 10 })], {
      start: '2027-01-04',
      hoursPerWeek: 7,
    });
    expect(only).toEqual({ slug: 'a', start: '2026-12-01', target: '2027-01-04' });
  });

  it('crosses month, year and leap-day boundaries by the calendar', () => {
    const plan = scheduleStudyPlan([note('a', { estimate: 7 })], { start: '2028-02-26', hoursPerWeek: 7 });
    expect(plan).toEqual([{ slug: 'a', start: '2028-02-26', target: '2028-03-03' }]);
  });

  it('gives the same dates in a time zone west of UTC', () => {
    // A fresh process, because Node reads TZ once per process for Date; the scheduler must not care.
    const script = `import('./src/lib/schedule.ts').then((m) => console.log(JSON.stringify(m.scheduleStudyPlan(
      [{ slug: 'a', status: 'planned', prerequisites: [], estimate: 3 }, { slug: 'b', status: 'planned', prerequisites: ['a'], estimate: 8 }],
      { start: '2027-01-04', hoursPerWeek: 8 }))))`;
    const inZone = (tz: string): unknown =>
      JSON.parse(
        execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' }),
      );
    const plan = [
      { slug: 'a', start: '2027-01-04', target: '2027-01-06' },
      { slug: 'b', start: '2027-01-06', target: '2027-01-13' },
    ];
    expect(inZone('America/Los_Angeles')).toEqual(plan);
    expect(inZone('Pacific/Honolulu')).toEqual(plan);
    expect(inZone('Pacific/Kiritimati')).toEqual(plan);
  });

  it('refuses a pace of zero hours', () => {
    expect(() => scheduleStudyPlan([note('a')], { start: '2027-01-04', hoursPerWeek: 0 })).toThrow(/more than 0/);
  });
});

describe('studyOrder', () => {
  it('does not stall on a prerequisite cycle (the content check reports it)', () => {
    expect(studyOrder([note('a', { prerequisites: ['b'] }), note('b', { prerequisites: ['a'] })]).map((n) => n.slug)).toEqual(['a', 'b']);
  });
});

describe('nextMonday', () => {
  it('is the Monday on or after a day', () => {
    expect(nextMonday('2026-12-01')).toBe('2026-12-07');
    expect(nextMonday('2026-12-07')).toBe('2026-12-07');
    expect(nextMonday('2026-12-31')).toBe('2027-01-04');
  });
});

describe('remainingPlan', () => {
  it('keeps written targets and starts each topic the day after the one before it ends, never before today', () => {
    const plan = remainingPlan(
      [
        note('done', { status: 'done', completed: '2026-11-20' }),
        note('doing', { status: 'in-progress', started: '2026-11-25', target: '2026-12-04' }),
        note('next', { target: '2026-12-10', prerequisites: ['doing'] }),
        note('unplanned', { estimate: 6 }),
        note('behind', { target: '2026-12-05' }),
      ],
      { from: '2026-12-01', hoursPerWeek: 6 },
    );
    expect(plan).toEqual([
      { slug: 'doing', start: '2026-11-25', target: '2026-12-04' },
      { slug: 'next', start: '2026-12-05', target: '2026-12-10' },
      { slug: 'unplanned', start: '2026-12-11', target: '2026-12-17' },
      // Its target lies before the previous topic's end: a one-day plan on that target.
      { slug: 'behind', start: '2026-12-05', target: '2026-12-05' },
    ]);
  });
});

describe('studyOrder on a large roadmap', () => {
  // Kahn's algorithm as it was written first, scanning every remaining topic at each step: the order must not change.
  function studyOrderByScan(notesInRoadmapOrder: readonly SchedulableNote[]): SchedulableNote[] {
    const open = notesInRoadmapOrder.filter((n) => n.status !== 'done');
    const openSlugs = new Set(open.map((n) => n.slug));
    const priority = (n: SchedulableNote) => (n.status === 'in-progress' ? 0 : notesInRoadmapOrder.length) + notesInRoadmapOrder.indexOf(n);
    const waitingOn = new Map(open.map((n) => [n.slug, new Set(n.prerequisites.filter((p) => openSlugs.has(p) && p !== n.slug))]));
    const remaining = [...open].sort((a, b) => priority(a) - priority(b));
    const ordered: SchedulableNote[] = [];
    while (remaining.length > 0) {
      const index = Math.max(
        0,
        remaining.findIndex((n) => waitingOn.get(n.slug)!.size === 0),
      );
      const [next] = remaining.splice(index, 1) as [SchedulableNote];
      ordered.push(next);
      for (const waits of waitingOn.values()) waits.delete(next.slug);
    }
    return ordered;
  }

  // 400 topics in every status, on earlier and later ones (so the roadmap order is not a study order), with cycles.
  function roadmap(seed: number): SchedulableNote[] {
    let state = seed;
    const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const statuses = ['planned', 'planned', 'in-progress', 'done'] as const;
    return Array.from({ length: 400 }, (_, i) =>
      note(`n${i}`, {
        status: statuses[Math.floor(random() * statuses.length)]!,
        prerequisites: Array.from({ length: Math.floor(random() * 4) }, () => `n${Math.floor(random() * 400)}`),
      }),
    );
  }

  it('takes the same order as a scan of every remaining topic', () => {
    for (const seed of [7, 8, 9]) {
      const notes = roadmap(seed);
      expect(studyOrder(notes).map((n) => n.slug)).toEqual(studyOrderByScan(notes).map((n) => n.slug));
    }
  });
});
