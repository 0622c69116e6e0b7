import { afterEach, describe, expect, it } from 'vitest';
import {
  compareTimelineEvents,
  isAfterToday,
  recentEvents,
  sortTimelineEvents,
  splitAtToday,
  timelineByMonth,
  timelineEvents,
  timelineFilterCss,
  upcomingTargets,
  type TimelineEvent,
  type TimelineNote,
} from '../../src/lib/timeline.ts';
import { formatShortCalendarDate } from '../../src/lib/calendar-date.ts';
import { timelineNote } from './note-record-fixture.ts';

/** A note with only what the timeline reads, titled in capitals so that titles and slugs are told apart. */
const note = (slug: string, fields: Partial<TimelineNote> = {}): TimelineNote =>
  timelineNote(slug, { title: slug.toUpperCase(), ...fields });

/** `date kind slug` per event, the shape most assertions read best in. */
const rows = (events: readonly TimelineEvent[]) => events.map((e) => `${e.date} ${e.kind} ${e.slug}`);

const docker = note('docker', {
  status: 'done',
  started: '2026-03-01',
  completed: '2026-03-04',
  target: '2026-03-10',
  log: [
    { date: '2026-03-01', note: 'First image', hours: 2 },
    { date: '2026-03-03', note: 'Multi-stage', hours: 1.5 },
  ],
});
const kubernetes = note('kubernetes', {
  status: 'in-progress',
  started: '2026-03-05',
  target: '2026-03-20',
  log: [{ date: '2026-03-05', note: 'Pods' }],
});
const pipelines = note('pipelines', { target: '2026-04-10' });
const draft = note('secret', { draft: true, started: '2026-03-02', target: '2026-05-01', log: [{ date: '2026-03-02', note: 'Hidden' }] });

describe('timelineEvents', () => {
  it('turns every started, completed, target and log entry into one event, oldest first', () => {
    expect(rows(timelineEvents([docker, kubernetes, pipelines]))).toEqual([
      '2026-03-01 started docker',
      '2026-03-01 session docker',
      '2026-03-03 session docker',
      '2026-03-04 completed docker',
      '2026-03-05 started kubernetes',
      '2026-03-05 session kubernetes',
      '2026-03-20 target kubernetes',
      '2026-04-10 target pipelines',
    ]);
  });

  it('loses no event and invents none: each dated field of each published note appears exactly once', () => {
    const notes = [docker, kubernetes, pipelines];
    const expected = notes.flatMap((n) => [
      ...(n.started ? [`${n.started} started ${n.slug}`] : []),
      ...(n.completed ? [`${n.completed} completed ${n.slug}`] : []),
      ...(n.target && n.status !== 'done' ? [`${n.target} target ${n.slug}`] : []),
      ...n.log.map((entry) => `${entry.date} session ${n.slug}`),
    ]);
    expect(rows(timelineEvents(notes)).sort()).toEqual(expected.sort());
  });

  it('leaves drafts out entirely', () => {
    const events = timelineEvents([docker, draft, pipelines]);
    expect(events.some((e) => e.slug === 'secret')).toBe(false);
    expect(events).toHaveLength(timelineEvents([docker, pipelines]).length);
  });

  it('shows the target of an unfinished note, and never the target of a done one', () => {
    const events = timelineEvents([docker, kubernetes]);
    expect(events.filter((e) => e.kind === 'target').map((e) => e.slug)).toEqual(['kubernetes']);
    expect(events.filter((e) => e.kind === 'completed').map((e) => e.slug)).toEqual(['docker']);
  });

  it('keeps the session note and hours, and numbers sessions of one day in log order', () => {
    const twice = note('twice', {
      log: [
        { date: '2026-03-02', note: 'Morning', hours: 1 },
        { date: '2026-03-02', note: 'Evening' },
      ],
    });
    const sessions = timelineEvents([twice]);
    expect(sessions.map((s) => [s.id, s.sessionNote, s.hours])).toEqual([
      ['session-twice-2026-03-02-1', 'Morning', 1],
      ['session-twice-2026-03-02-2', 'Evening', undefined],
    ]);
  });

  it('gives every event a unique id', () => {
    const events = timelineEvents([docker, kubernetes, pipelines]);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('carries the note status and phase for the filters', () => {
    const [event] = timelineEvents([kubernetes]);
    expect(event).toMatchObject({ status: 'in-progress', phase: 'basics', title: 'KUBERNETES' });
  });
});

describe('timeline order', () => {
  it('orders one day as started, session, completed, target', () => {
    const date = '2026-03-01';
    const day = note('day', { status: 'in-progress', started: date, completed: date, target: date, log: [{ date, note: 'x' }] });
    expect(timelineEvents([day]).map((e) => e.kind)).toEqual(['started', 'session', 'completed', 'target']);
  });

  it('breaks ties of date and kind by roadmap order, not by slug', () => {
    const zebra = note('zebra', { started: '2026-03-01' });
    const alpha = note('alpha', { started: '2026-03-01' });
    expect(rows(timelineEvents([zebra, alpha]))).toEqual(['2026-03-01 started zebra', '2026-03-01 started alpha']);
    expect(rows(timelineEvents([alpha, zebra]))).toEqual(['2026-03-01 started alpha', '2026-03-01 started zebra']);
  });

  it('breaks ties of date, kind and roadmap position by slug', () => {
    const base = { kind: 'started', date: '2026-03-01', title: '', phase: 'p', status: 'planned', roadmapIndex: 0 } as const;
    const a = { ...base, id: 'started-a', slug: 'a' };
    const b = { ...base, id: 'started-b', slug: 'b' };
    expect(sortTimelineEvents([b, a]).map((e) => e.slug)).toEqual(['a', 'b']);
  });

  it('gives the same order whatever order the events come in', () => {
    const events = timelineEvents([docker, kubernetes, pipelines]);
    const shuffled = [...events].reverse();
    expect(sortTimelineEvents(shuffled)).toEqual(events);
    for (let i = 0; i < events.length; i++) expect(compareTimelineEvents(events[i]!, events[i]!)).toBe(0);
  });
});

describe('splitting at today', () => {
  const events = timelineEvents([docker, kubernetes, pipelines]);

  it('puts what happened up to today before the marker and what is planned after it', () => {
    const { past, upcoming } = splitAtToday(events, '2026-03-10');
    expect(rows(past).at(-1)).toBe('2026-03-05 session kubernetes');
    expect(rows(upcoming)).toEqual(['2026-03-20 target kubernetes', '2026-04-10 target pipelines']);
  });

  it('keeps a session of today in the past and a target of today in the plan', () => {
    const today = '2026-03-10';
    const topic = note('today', { status: 'in-progress', started: today, target: today, log: [{ date: today, note: 'x' }] });
    const { past, upcoming } = splitAtToday(timelineEvents([topic]), today);
    expect(past.map((e) => e.kind)).toEqual(['started', 'session']);
    expect(upcoming.map((e) => e.kind)).toEqual(['target']);
    expect(isAfterToday({ date: today, kind: 'target' }, today)).toBe(true);
    expect(isAfterToday({ date: today, kind: 'session' }, today)).toBe(false);
  });

  it('leaves an overdue target before the marker', () => {
    const { past } = splitAtToday(events, '2026-03-25');
    expect(rows(past)).toContain('2026-03-20 target kubernetes');
  });
});

describe('timelineByMonth', () => {
  const events = timelineEvents([docker, kubernetes, pipelines]);

  it('groups events by month, oldest first, with readable headings', () => {
    const months = timelineByMonth(events, '2026-03-10');
    expect(months.map((m) => [m.key, m.label])).toEqual([
      ['2026-03', 'March 2026'],
      ['2026-04', 'April 2026'],
    ]);
  });

  it('places one today marker between the past and the planned events of its month', () => {
    const [march] = timelineByMonth(events, '2026-03-10');
    const kinds = march!.items.map((i) => (i.type === 'today' ? `today ${i.date}` : `${i.event.date} ${i.event.kind}`));
    expect(kinds).toEqual([
      '2026-03-01 started',
      '2026-03-01 session',
      '2026-03-03 session',
      '2026-03-04 completed',
      '2026-03-05 started',
      '2026-03-05 session',
      'today 2026-03-10',
      '2026-03-20 target',
    ]);
    expect(march!.holdsToday).toBe(true);
  });

  it('marks events after today as upcoming and passed targets as overdue', () => {
    const items = timelineByMonth(events, '2026-03-25').flatMap((m) => m.items);
    const flags = items.flatMap((i) =>
      i.type === 'event' && i.event.kind === 'target' ? [`${i.event.slug} upcoming=${i.upcoming} overdue=${i.overdue}`] : [],
    );
    expect(flags).toEqual(['kubernetes upcoming=false overdue=true', 'pipelines upcoming=true overdue=false']);
  });

  it("adds today's month when nothing happens in it, so the marker always has a place", () => {
    const months = timelineByMonth(events, '2026-06-15');
    expect(months.map((m) => m.key)).toEqual(['2026-03', '2026-04', '2026-06']);
    expect(months.at(-1)!.items).toEqual([{ type: 'today', date: '2026-06-15' }]);
  });

  it('puts the marker first when everything is still ahead', () => {
    const months = timelineByMonth(timelineEvents([pipelines]), '2026-04-01');
    expect(months[0]!.items[0]).toEqual({ type: 'today', date: '2026-04-01' });
  });

  it('is empty for a site without dates', () => {
    expect(timelineByMonth([], '2026-03-10')).toEqual([]);
  });

  it('contains every event exactly once', () => {
    const items = timelineByMonth(events, '2026-03-10').flatMap((m) => m.items);
    expect(items.flatMap((i) => (i.type === 'event' ? [i.event] : []))).toEqual(events);
    expect(items.filter((i) => i.type === 'today')).toHaveLength(1);
  });
});

describe('home page lists', () => {
  const events = timelineEvents([docker, kubernetes, pipelines]);

  it('lists recent activity newest first, never a plan', () => {
    expect(rows(recentEvents(events, '2026-03-10', 10))).toEqual([
      '2026-03-05 session kubernetes',
      '2026-03-04 completed docker',
      '2026-03-03 session docker',
      '2026-03-01 session docker',
    ]);
  });

  it('shows one entry per topic and day, the one that says the most', () => {
    const rows2 = rows(recentEvents(events, '2026-03-10', 10));
    expect(rows2).not.toContain('2026-03-05 started kubernetes');
    expect(rows2).not.toContain('2026-03-01 started docker');
  });

  it('leaves out what happens after today, and stops at the limit', () => {
    expect(rows(recentEvents(events, '2026-03-03', 1))).toEqual(['2026-03-03 session docker']);
  });

  it('lists the next targets from today on, soonest first', () => {
    expect(rows(upcomingTargets(events, '2026-03-20', 5))).toEqual(['2026-03-20 target kubernetes', '2026-04-10 target pipelines']);
    expect(rows(upcomingTargets(events, '2026-03-21', 5))).toEqual(['2026-04-10 target pipelines']);
    expect(upcomingTargets(events, '2026-03-01', 1)).toHaveLength(1);
  });
});

describe('time zones', () => {
  const originalTz = process.env['TZ'];
  afterEach(() => {
    process.env['TZ'] = originalTz;
  });

  it('gives the same events, months and shown dates in Honolulu, UTC and Kiritimati', () => {
    const render = () =>
      timelineByMonth(timelineEvents([docker, kubernetes, pipelines]), '2026-03-10').map((m) => ({
        label: m.label,
        items: m.items.map((i) => (i.type === 'event' ? `${i.event.date} ${formatShortCalendarDate(i.event.date)}` : `today ${i.date}`)),
      }));
    const localDays: number[] = [];
    const results = ['Pacific/Honolulu', 'UTC', 'Pacific/Kiritimati'].map((tz) => {
      process.env['TZ'] = tz;
      // The zone really changed: a local-time Date of UTC midnight falls on another day in each.
      localDays.push(new Date('2026-03-01T00:00:00Z').getDate());
      return render();
    });
    expect(localDays).toEqual([28, 1, 1]);
    expect(results[0]).toEqual(results[1]);
    expect(results[2]).toEqual(results[1]);
    expect(results[1]![0]!.items[0]).toBe('2026-03-01 1 Mar 2026');
  });
});

describe('timelineFilterCss', () => {
  const css = timelineFilterCss(['foundations', 'platforms'], ['done', 'in-progress', 'planned']);

  it('hides events of other phases and statuses when one is chosen', () => {
    expect(css).toContain(
      '.tl:has(input[name="phase"][value="foundations"]:checked) .tl-event:not([data-phase="foundations"]){display:none}',
    );
    expect(css).toContain(
      '.tl:has(input[name="status"][value="in-progress"]:checked) .tl-event:not([data-status="in-progress"]){display:none}',
    );
  });

  it('hides months without a matching event, except the month of today', () => {
    expect(css).toContain(
      '.tl:has(input[name="phase"][value="platforms"]:checked):has(input[name="status"][value="done"]:checked) .tl-month:not(.tl-month--today):not(:has(.tl-event[data-phase="platforms"][data-status="done"])){display:none}',
    );
  });

  it('shows the empty state when nothing matches', () => {
    expect(css).toContain(
      '.tl:has(input[name="status"][value="planned"]:checked):not(:has(.tl-event[data-status="planned"])) .tl-empty{display:block}',
    );
  });

  it('has a rule for every pair of choices but none for "all and all"', () => {
    // 2 phase rules + 3 status rules + (3 × 4 − 1) pairs × (month + empty).
    expect(css.split('\n')).toHaveLength(2 + 3 + 11 * 2);
  });

  it('escapes quotes in values', () => {
    expect(timelineFilterCss(['a"b'], [])).toContain('[value="a\\"b"]');
  });
});
