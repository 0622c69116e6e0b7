/**
 * The study chart as plain geometry: a bar per topic on a calendar axis, grouped by phase, with a today line,
 * and a bar chart of logged hours per ISO week. `StudyChart.astro` only draws what this module computes, so the
 * chart is unit-tested without a browser and renders as SVG at build time (no chart library in the page).
 *
 * Every x coordinate comes from day numbers (`toDayNumber`), never from `Date`, so the chart is identical in
 * every time zone. A topic occupies whole days: a bar from the 3rd to the 5th covers three day-widths.
 */
import type { NoteStatus } from '../schemas/note.ts';
import { addDays, daysBetween, daysInMonth, formatCalendarDate, formatShortCalendarDate, type CalendarDate } from './calendar-date.ts';
import type { TimelineEvent, TimelineNote } from './timeline.ts';
import { isoWeekOf } from './weeks.ts';
import { compareCodePoints } from './compare.ts';
import { countLabel, pluralWord } from './plural.ts';
import { truncate } from './truncate.ts';

// ---------- Topic chart ----------

/** Sizes of the topic chart, in SVG user units (CSS pixels at scale 1). */
export const GANTT_LAYOUT = {
  /** Room for topic titles left of the plot. */
  labelWidth: 220,
  /** Width of the calendar part; the scale stretches to fill it. */
  plotWidth: 780,
  right: 24,
  /** Month names above the plot. */
  axisHeight: 30,
  phaseHeight: 28,
  rowHeight: 24,
  barHeight: 12,
  /** Room for the "Today" label under the plot. */
  bottom: 26,
  /** Titles longer than this are shortened with an ellipsis (the full title is in the row's tooltip and the table). */
  labelMaxChars: 30,
} as const;

/** A span of whole days drawn as a bar. */
export interface DaySpan {
  from: CalendarDate;
  /** Inclusive. */
  to: CalendarDate;
  x: number;
  width: number;
}

/** How a topic row is drawn; the same words as statuses, so the legend and the text table agree. */
export interface TopicRow {
  slug: string;
  title: string;
  /** `title`, shortened to fit the label column. */
  label: string;
  phase: string;
  status: NoteStatus;
  started: CalendarDate | undefined;
  completed: CalendarDate | undefined;
  /** The target, only while the note is not done (a done note's plan is history). */
  target: CalendarDate | undefined;
  /** Logged hours. */
  hours: number;
  /** Top of the row. */
  y: number;
  /** Vertical centre of the bar. */
  centerY: number;
  /** What was studied: started → completed, or started → today while unfinished. */
  actual: DaySpan | undefined;
  /** What is planned: from the end of the actual bar (or a future start) to the target. */
  planned: DaySpan | undefined;
  /** A single day: the target of a topic without a planned span, or the completion of a topic with no start. */
  marker: { kind: 'target' | 'completed'; date: CalendarDate; x: number } | undefined;
  /** The target has passed while the topic is unfinished. */
  overdue: boolean;
}

export interface PhaseBand {
  id: string;
  title: string;
  /** Top of the phase heading row. */
  y: number;
  /** Heading plus rows. */
  height: number;
  rows: TopicRow[];
}

export interface MonthTick {
  /** The first day of the month (or the first day shown). */
  date: CalendarDate;
  x: number;
  /** `Aug`, or `Jan 2027` at a year's start and on the first tick. */
  label: string;
}

export interface GanttChart {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** First and last day of the axis (whole months). */
  range: { from: CalendarDate; to: CalendarDate } | undefined;
  pixelsPerDay: number;
  phases: PhaseBand[];
  months: MonthTick[];
  /** The today line, when today falls on the axis. */
  today: { date: CalendarDate; x: number } | undefined;
  /** Titles of topics with no date at all, which have no place on a calendar. */
  unscheduled: string[];
  /** A sentence for `<desc>`. */
  description: string;
}

export interface GanttInput {
  /** Notes in roadmap order. Drafts are left out. */
  notes: readonly TimelineNote[];
  /** Phases in roadmap order. */
  phases: readonly { id: string; title: string }[];
  today: CalendarDate;
  /**
   * The remaining plan (src/lib/schedule.ts): where a topic not done has no `started` or no `target`, its
   * scheduled start and target are drawn in the planned style.
   */
  plan?: ReadonlyMap<string, { start: CalendarDate; target: CalendarDate }>;
}

const round = (value: number) => Math.round(value * 10) / 10;

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function firstOfMonth(date: CalendarDate): CalendarDate {
  return `${date.slice(0, 7)}-01`;
}

function lastOfMonth(date: CalendarDate): CalendarDate {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return `${date.slice(0, 7)}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

const later = (a: CalendarDate, b: CalendarDate) => (a > b ? a : b);

/** The spans and marker of one topic, in dates; `layoutGantt` turns them into coordinates. */
export function topicSpans(
  note: Pick<TimelineNote, 'status' | 'started' | 'completed' | 'target'>,
  today: CalendarDate,
  scheduled?: { start: CalendarDate; target: CalendarDate },
): {
  actual?: [CalendarDate, CalendarDate];
  planned?: [CalendarDate, CalendarDate];
  marker?: { kind: 'target' | 'completed'; date: CalendarDate };
} {
  const unfinished = note.status !== 'done';
  const target = unfinished ? (note.target ?? scheduled?.target) : undefined;
  // An unfinished topic has been studied up to today, unless its start itself lies ahead.
  const actualEnd = note.completed ?? (note.started && note.started <= today ? today : undefined);
  const actual: [CalendarDate, CalendarDate] | undefined =
    note.started && actualEnd ? [note.started, later(note.started, actualEnd)] : undefined;
  const plannedFrom = actual ? addDays(actual[1], 1) : (note.started ?? (unfinished ? scheduled?.start : undefined));
  const planned: [CalendarDate, CalendarDate] | undefined =
    target && plannedFrom && target >= plannedFrom ? [plannedFrom, target] : undefined;
  const marker =
    target && !planned
      ? { kind: 'target' as const, date: target }
      : !note.started && note.completed
        ? { kind: 'completed' as const, date: note.completed }
        : undefined;
  return { ...(actual ? { actual } : {}), ...(planned ? { planned } : {}), ...(marker ? { marker } : {}) };
}

/**
 * Lays out the topic chart: phases in roadmap order, each a heading row and one row per dated topic; the axis
 * covers whole months from the earliest to the latest drawn day. Topics with no date are listed in `unscheduled`.
 */
export function layoutGantt({ notes, phases, today, plan }: GanttInput): GanttChart {
  const L = GANTT_LAYOUT;
  const published = notes.filter((n) => !n.draft);
  const spans = new Map(published.map((n) => [n.slug, topicSpans(n, today, plan?.get(n.slug))]));
  const drawnDays = [...spans.values()]
    .flatMap((s) => [...(s.actual ?? []), ...(s.planned ?? []), ...(s.marker ? [s.marker.date] : [])])
    .sort(compareCodePoints);
  const scheduled = published.filter((n) => {
    const s = spans.get(n.slug)!;
    return s.actual || s.planned || s.marker;
  });
  const unscheduled = published.filter((n) => !scheduled.includes(n)).map((n) => n.title);

  const range = drawnDays.length > 0 ? { from: firstOfMonth(drawnDays[0]!), to: lastOfMonth(drawnDays.at(-1)!) } : undefined;
  const days = range ? daysBetween(range.from, range.to) + 1 : 1;
  const pixelsPerDay = L.plotWidth / days;
  const left = L.labelWidth;
  const xOf = (date: CalendarDate) => round(left + daysBetween(range!.from, date) * pixelsPerDay);
  const span = (pair: [CalendarDate, CalendarDate] | undefined): DaySpan | undefined =>
    pair && { from: pair[0], to: pair[1], x: xOf(pair[0]), width: round((daysBetween(pair[0], pair[1]) + 1) * pixelsPerDay) };
  const dayCentre = (date: CalendarDate) => round(xOf(date) + pixelsPerDay / 2);

  let y = L.axisHeight;
  const bands: PhaseBand[] = [];
  const knownPhases = [...phases, ...unknownPhases(scheduled, phases)];
  for (const phase of knownPhases) {
    const members = scheduled.filter((n) => n.phase === phase.id);
    if (members.length === 0) continue;
    const top = y;
    y += L.phaseHeight;
    const rows = members.map((note): TopicRow => {
      const s = spans.get(note.slug)!;
      const row: TopicRow = {
        slug: note.slug,
        title: note.title,
        label: truncate(note.title, L.labelMaxChars),
        phase: note.phase,
        status: note.status,
        started: note.started,
        completed: note.completed,
        target: note.status !== 'done' ? (note.target ?? plan?.get(note.slug)?.target) : undefined,
        hours: round(note.log.reduce((sum, entry) => sum + (entry.hours ?? 0), 0)),
        y,
        centerY: y + L.rowHeight / 2,
        actual: span(s.actual),
        planned: span(s.planned),
        marker: s.marker && { ...s.marker, x: dayCentre(s.marker.date) },
        overdue: note.status !== 'done' && note.target !== undefined && note.target < today,
      };
      y += L.rowHeight;
      return row;
    });
    bands.push({ id: phase.id, title: phase.title, y: top, height: y - top, rows });
  }

  const months: MonthTick[] = [];
  if (range) {
    for (let date = range.from; date <= range.to; date = addDays(lastOfMonth(date), 1)) {
      const [year, month] = date.split('-').map(Number) as [number, number];
      const label = months.length === 0 || month === 1 ? `${SHORT_MONTHS[month - 1]} ${year}` : SHORT_MONTHS[month - 1]!;
      months.push({ date, x: xOf(date), label });
    }
  }
  const todayOnAxis = range && today >= range.from && today <= range.to ? { date: today, x: dayCentre(today) } : undefined;
  const height = y + L.bottom;
  const rows = bands.flatMap((b) => b.rows);
  return {
    width: L.labelWidth + L.plotWidth + L.right,
    height,
    plot: { left, top: L.axisHeight, right: left + L.plotWidth, bottom: y },
    range,
    pixelsPerDay: Math.round(pixelsPerDay * 1000) / 1000,
    phases: bands,
    months,
    today: todayOnAxis,
    unscheduled,
    description: ganttDescription(rows, range, today, unscheduled.length),
  };
}

// Notes whose phase is not in the roadmap cannot pass the site check; kept so the chart never drops a topic.
function unknownPhases(notes: readonly TimelineNote[], phases: readonly { id: string }[]): { id: string; title: string }[] {
  const known = new Set(phases.map((p) => p.id));
  return [...new Set(notes.map((n) => n.phase).filter((id) => !known.has(id)))].sort(compareCodePoints).map((id) => ({ id, title: id }));
}

function ganttDescription(rows: readonly TopicRow[], range: GanttChart['range'], today: CalendarDate, unscheduled: number): string {
  if (!range) return 'No topic has a date yet, so the chart is empty.';
  const count = (status: NoteStatus) => rows.filter((r) => r.status === status).length;
  return (
    `${countLabel(rows.length, 'topic')} from ${formatCalendarDate(range.from)} to ${formatCalendarDate(range.to)}: ` +
    `${count('done')} done, ${count('in-progress')} in progress, ${count('planned')} planned. ` +
    `Solid bars run from started to completed, or to today while unfinished; dashed bars and diamonds are plans up to the target, from the study plan's scheduled starts. ` +
    `Today is ${formatCalendarDate(today)}.` +
    (unscheduled > 0 ? ` ${countLabel(unscheduled, 'topic')} without dates ${pluralWord(unscheduled, 'is', 'are')} not shown.` : '')
  );
}

// ---------- Hours per week ----------

/** An ISO 8601 week: weeks start on Monday, and week 1 is the week with the year's first Thursday. */
export interface IsoWeek {
  /** `2026-W09`. */
  key: string;
  year: number;
  week: number;
  /** The Monday that starts the week. */
  monday: CalendarDate;
}

/** The ISO week of a calendar date, in the chart's terms; the arithmetic is `isoWeekOf` of weeks.ts. */
export function isoWeek(date: CalendarDate): IsoWeek {
  const week = isoWeekOf(date);
  return { key: week.id, year: week.year, week: week.week, monday: week.start };
}

export interface WeekBar extends IsoWeek {
  hours: number;
  sessions: number;
  x: number;
  /** Top of the bar (the bar ends on the baseline). */
  y: number;
  width: number;
  height: number;
  /** Under the bar: `W36`. */
  label: string;
  /** Under the label, where a new month starts: `Sep`. */
  monthLabel: string | undefined;
}

/** Sizes of the hours chart. */
export const HOURS_LAYOUT = {
  /** Room for the hour scale. */
  left: 44,
  right: 16,
  top: 16,
  plotHeight: 160,
  /** Week and month labels. */
  bottom: 44,
  /** Horizontal space per week. */
  pitch: 30,
  barWidth: 20,
  /** The chart is at least this wide, so a short log does not shrink into a sliver. */
  minPlotWidth: 300,
} as const;

export interface HoursChart {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  bars: WeekBar[];
  /** Gridlines of the hour scale, from 0 up. */
  ticks: { value: number; y: number; label: string }[];
  totalHours: number;
  totalSessions: number;
  /** Sessions logged without hours: counted as sessions, not as time. */
  sessionsWithoutHours: number;
  description: string;
}

/** A round scale step that gives at most five gridlines above zero. */
export function niceStep(max: number): number {
  for (const step of [1, 2, 5, 10, 20, 25, 50, 100]) if (max / step <= 5) return step;
  return Math.ceil(max / 5 / 100) * 100;
}

/**
 * Hours per ISO week from the session events (other kinds are ignored), one bar per week from the first
 * session's week to the last, empty weeks included so the axis is continuous.
 */
export function layoutHoursPerWeek(events: readonly Pick<TimelineEvent, 'kind' | 'date' | 'hours'>[]): HoursChart {
  const L = HOURS_LAYOUT;
  const sessions = events.filter((e) => e.kind === 'session');
  const byWeek = new Map<string, { hours: number; sessions: number }>();
  for (const session of sessions) {
    const { key } = isoWeek(session.date);
    const week = byWeek.get(key) ?? { hours: 0, sessions: 0 };
    week.hours += session.hours ?? 0;
    week.sessions += 1;
    byWeek.set(key, week);
  }
  const dates = sessions.map((s) => s.date).sort(compareCodePoints);
  const weeks: IsoWeek[] = [];
  if (dates.length > 0) {
    const last = isoWeek(dates.at(-1)!).monday;
    for (let monday = isoWeek(dates[0]!).monday; monday <= last; monday = addDays(monday, 7)) weeks.push(isoWeek(monday));
  }
  const maxHours = Math.max(0, ...[...byWeek.values()].map((w) => w.hours));
  const step = niceStep(Math.max(maxHours, 1));
  const scaleMax = Math.max(step, Math.ceil(maxHours / step) * step);
  const plotWidth = Math.max(L.minPlotWidth, weeks.length * L.pitch);
  const top = L.top;
  const baseline = top + L.plotHeight;
  const yOf = (hours: number) => round(baseline - (hours / scaleMax) * L.plotHeight);

  const bars = weeks.map((week, i): WeekBar => {
    const totals = byWeek.get(week.key) ?? { hours: 0, sessions: 0 };
    const hours = round(totals.hours);
    const previousMonth = i > 0 ? weeks[i - 1]!.monday.slice(0, 7) : undefined;
    const month = week.monday.slice(0, 7);
    return {
      ...week,
      hours,
      sessions: totals.sessions,
      x: round(L.left + i * L.pitch + (L.pitch - L.barWidth) / 2),
      y: yOf(hours),
      width: L.barWidth,
      height: round(baseline - yOf(hours)),
      label: `W${week.week}`,
      monthLabel: month !== previousMonth ? SHORT_MONTHS[Number(month.slice(5)) - 1] : undefined,
    };
  });
  const ticks = [];
  for (let value = 0; value <= scaleMax; value += step) ticks.push({ value, y: yOf(value), label: `${value} h` });

  const totalHours = round(sessions.reduce((sum, s) => sum + (s.hours ?? 0), 0));
  const sessionsWithoutHours = sessions.filter((s) => s.hours === undefined).length;
  const busiest = [...bars].sort((a, b) => b.hours - a.hours || compareCodePoints(a.key, b.key))[0];
  return {
    width: L.left + plotWidth + L.right,
    height: baseline + L.bottom,
    plot: { left: L.left, top, right: L.left + plotWidth, bottom: baseline },
    bars,
    ticks,
    totalHours,
    totalSessions: sessions.length,
    sessionsWithoutHours,
    description:
      bars.length === 0
        ? 'No study sessions logged yet.'
        : `${totalHours} hours in ${countLabel(sessions.length, 'session')} over ${countLabel(bars.length, 'week')}, from the week of ${formatShortCalendarDate(bars[0]!.monday)} ` +
          `to the week of ${formatShortCalendarDate(bars.at(-1)!.monday)}; the busiest week was ${busiest!.key} with ${busiest!.hours} hours.`,
  };
}
