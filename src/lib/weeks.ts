/**
 * Weekly digests: the log grouped by ISO 8601 week (Monday to Sunday; week 1 is the week with the year's first
 * Thursday). Weeks are computed from calendar dates with day numbers, never a local-time `Date`, so a session on a
 * Sunday is in the same week whatever time zone the build runs in.
 */
import { formatCalendarDate, fromDayNumber, toDayNumber, type CalendarDate } from './calendar-date.ts';
import type { LogKind } from '../schemas/note.ts';
import type { NoteRecord } from './note-record.ts';
import { countLabel } from './plural.ts';
import { compareCodePoints } from './compare.ts';

/** An ISO week: `2026-W48`. */
export interface IsoWeek {
  /** The ISO week-numbering year, which differs from the calendar year around New Year. */
  year: number;
  week: number;
  /** `2026-W48`: the URL segment of the week's page. */
  id: string;
  /** Its Monday. */
  start: CalendarDate;
  /** Its Sunday. */
  end: CalendarDate;
}

// 1970-01-01, day number 0, was a Thursday: ISO weekday 4.
const EPOCH_WEEKDAY = 4;

/** ISO weekday of a date: Monday 1 … Sunday 7. */
export function isoWeekday(date: CalendarDate): number {
  return ((((toDayNumber(date) + EPOCH_WEEKDAY - 1) % 7) + 7) % 7) + 1;
}

/** `2026-W48`; weeks below 10 get a leading zero (`2026-W05`). */
export function weekId(year: number, week: number): string {
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

/** The ISO week a calendar date falls in. */
export function isoWeekOf(date: CalendarDate): IsoWeek {
  const day = toDayNumber(date);
  const monday = day - (isoWeekday(date) - 1);
  // The week belongs to the year of its Thursday.
  const thursday = fromDayNumber(monday + 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((monday + 3 - toDayNumber(`${thursday.slice(0, 4)}-01-01`)) / 7) + 1;
  return { year, week, id: weekId(year, week), start: fromDayNumber(monday), end: fromDayNumber(monday + 6) };
}

// `2026-W48`: a four-digit year, "-W", a two-digit week.
const WEEK_ID = /^(\d{4})-W(\d{2})$/;

/** The week named by `2026-W48`, or undefined when there is no such week (`2026-W54`, `2026-48`). */
export function parseWeekId(id: string): IsoWeek | undefined {
  const match = WEEK_ID.exec(id);
  if (!match) return undefined;
  const [year, week] = [Number(match[1]), Number(match[2])];
  // Week 1 holds 4 January; step from its Monday.
  const firstMonday = isoWeekOf(`${match[1]}-01-04`).start;
  const candidate = isoWeekOf(fromDayNumber(toDayNumber(firstMonday) + (week - 1) * 7));
  return week >= 1 && candidate.year === year && candidate.week === week ? candidate : undefined;
}

/** `Week 48, 2026`. */
export function weekTitle(week: Pick<IsoWeek, 'year' | 'week'>): string {
  return `Week ${week.week}, ${week.year}`;
}

/** `23–29 November 2026`, `30 November – 6 December 2026`, `29 December 2025 – 4 January 2026`. */
export function weekRangeLabel(week: Pick<IsoWeek, 'start' | 'end'>): string {
  const [startDay, startMonth, startYear] = formatCalendarDate(week.start).split(' ');
  const end = formatCalendarDate(week.end);
  if (startYear !== week.end.slice(0, 4)) return `${formatCalendarDate(week.start)} – ${end}`;
  if (week.start.slice(5, 7) !== week.end.slice(5, 7)) return `${startDay} ${startMonth} – ${end}`;
  return `${startDay}–${end}`;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** `Sun 29 Nov`: a day within a week whose page already names the year. */
export function dayInWeekLabel(date: CalendarDate): string {
  const [day, month] = formatCalendarDate(date).split(' ') as [string, string];
  return `${WEEKDAYS[isoWeekday(date) - 1]} ${day} ${month.slice(0, 3)}`;
}

/** One log entry in a week. */
export interface WeekSession {
  date: CalendarDate;
  slug: string;
  title: string;
  note: string;
  hours?: number;
  kind: LogKind;
  evidence?: string;
  /** Position in the note's log, for a deterministic order within a day. */
  logIndex: number;
}

/** A topic started or completed in the week. */
export interface WeekMilestone {
  date: CalendarDate;
  slug: string;
  title: string;
}

export interface WeekDigest extends IsoWeek {
  /** Every log entry's hours, reviews included, rounded to a tenth. */
  hours: number;
  /** Every log entry of the week, oldest first (then roadmap order, then log order). */
  sessions: WeekSession[];
  /** The sessions with `kind: review`. */
  reviews: WeekSession[];
  started: WeekMilestone[];
  completed: WeekMilestone[];
  /** Distinct topics with a session this week, in order of their first session. */
  topics: { slug: string; title: string }[];
}

/** The fields of a note the digests read. */
export type WeekNote = Pick<NoteRecord, 'slug' | 'title' | 'started' | 'completed' | 'log' | 'draft'>;

const roundTenth = (hours: number) => Math.round(hours * 10) / 10;

/**
 * One digest per ISO week that has log entries, oldest first. Drafts are left out. Topics started or completed in
 * a week are listed on it; a week with only those and no session has no digest (the log is the digest).
 */
export function weeklyDigests(notes: readonly WeekNote[]): WeekDigest[] {
  const sessions = new Map<string, (WeekSession & { roadmapIndex: number })[]>();
  const milestones = new Map<string, { started: WeekMilestone[]; completed: WeekMilestone[] }>();
  const published = notes.filter((note) => !note.draft);
  published.forEach((note, roadmapIndex) => {
    note.log.forEach((entry, logIndex) => {
      const id = isoWeekOf(entry.date).id;
      const list = sessions.get(id) ?? [];
      list.push({
        date: entry.date,
        slug: note.slug,
        title: note.title,
        note: entry.note,
        ...(entry.hours !== undefined ? { hours: entry.hours } : {}),
        kind: entry.kind ?? 'study',
        ...(entry.evidence !== undefined ? { evidence: entry.evidence } : {}),
        logIndex,
        roadmapIndex,
      });
      sessions.set(id, list);
    });
    for (const field of ['started', 'completed'] as const) {
      const date = note[field];
      if (!date) continue;
      const id = isoWeekOf(date).id;
      const entry = milestones.get(id) ?? { started: [], completed: [] };
      entry[field].push({ date, slug: note.slug, title: note.title });
      milestones.set(id, entry);
    }
  });

  return [...sessions.keys()].sort(compareCodePoints).map((id): WeekDigest => {
    const week = parseWeekId(id)!;
    const ordered = sessions
      .get(id)!
      .sort((a, b) => compareCodePoints(a.date, b.date) || a.roadmapIndex - b.roadmapIndex || a.logIndex - b.logIndex)
      .map(({ roadmapIndex: _roadmapIndex, ...session }) => session);
    const topics: WeekDigest['topics'] = [];
    for (const s of ordered) if (!topics.some((t) => t.slug === s.slug)) topics.push({ slug: s.slug, title: s.title });
    const byDate = (a: WeekMilestone, b: WeekMilestone) => compareCodePoints(a.date, b.date);
    return {
      ...week,
      hours: roundTenth(ordered.reduce((sum, s) => sum + (s.hours ?? 0), 0)),
      sessions: ordered,
      reviews: ordered.filter((s) => s.kind === 'review'),
      started: [...(milestones.get(id)?.started ?? [])].sort(byDate),
      completed: [...(milestones.get(id)?.completed ?? [])].sort(byDate),
      topics,
    };
  });
}

/** What a week's hours are measured against. */
export type PaceReference = { kind: 'plan'; hoursPerWeek: number } | { kind: 'average'; hoursPerWeek: number; weeks: number };

/**
 * The weekly hours to measure against: the plan's `hoursPerWeek` when roadmap.yaml has one, else the average of
 * the logged weeks. Read leniently (any object, any shape), so it works whether or not the roadmap schema knows
 * `plan` yet; this is the one place that decides.
 */
export function paceReference(roadmap: unknown, weeks: readonly Pick<WeekDigest, 'hours'>[]): PaceReference | undefined {
  const planned = (roadmap as { plan?: { hoursPerWeek?: unknown } } | undefined)?.plan?.hoursPerWeek;
  if (typeof planned === 'number' && Number.isFinite(planned) && planned > 0) return { kind: 'plan', hoursPerWeek: planned };
  const total = weeks.reduce((sum, w) => sum + w.hours, 0);
  if (weeks.length === 0 || total === 0) return undefined;
  return { kind: 'average', hoursPerWeek: roundTenth(total / weeks.length), weeks: weeks.length };
}

export interface Pace {
  /** Hours of the week ÷ the reference, as a whole percentage. */
  percent: number;
  /** `6 h of the planned 8 h a week (75%)`, `6 h against an average of 4.5 h a week over 6 weeks (133%)`. */
  label: string;
  /** Whether the week reached its reference. */
  onPace: boolean;
}

/** A week's hours against the reference; undefined when there is nothing to compare with. */
export function paceOf(hours: number, reference: PaceReference | undefined): Pace | undefined {
  if (!reference) return undefined;
  const percent = Math.round((hours / reference.hoursPerWeek) * 100);
  const label =
    reference.kind === 'plan'
      ? `${hours} h of the planned ${reference.hoursPerWeek} h a week (${percent}%)`
      : `${hours} h against an average of ${reference.hoursPerWeek} h a week over ${countLabel(reference.weeks, 'logged week')} (${percent}%)`;
  return { percent, label, onPace: hours >= reference.hoursPerWeek };
}

/** `6.5 h in 4 sessions on Docker and Kubernetes; completed Docker; 1 review.`: one line about a week. */
export function weekSummary(week: WeekDigest): string {
  const list = (items: readonly { title: string }[]) =>
    new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }).format(items.map((i) => i.title));
  const parts = [`${week.hours} h in ${countLabel(week.sessions.length, 'session')} on ${list(week.topics)}`];
  if (week.started.length) parts.push(`started ${list(week.started)}`);
  if (week.completed.length) parts.push(`completed ${list(week.completed)}`);
  if (week.reviews.length) parts.push(countLabel(week.reviews.length, 'review'));
  return `${parts.join('; ')}.`;
}

/** The weeks before and after `id` among the digests (oldest first); undefined at either end. */
export function weekNeighbours<W extends Pick<IsoWeek, 'id'>>(
  weeks: readonly W[],
  id: string,
): { previous: W | undefined; next: W | undefined } {
  const index = weeks.findIndex((w) => w.id === id);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: weeks[index - 1], next: weeks[index + 1] };
}

/** The weeks page's totals: hours of the busiest week (at least 1, the bars' scale) and of every session. */
export function weeksTotals(weeks: readonly Pick<WeekDigest, 'hours' | 'sessions'>[]): { busiest: number; totalHours: number } {
  return {
    busiest: Math.max(1, ...weeks.map((w) => w.hours)),
    // From the sessions, not the weeks: each week's hours are rounded to a tenth, and rounded weeks do not add up to the log.
    totalHours: roundTenth(weeks.flatMap((w) => w.sessions).reduce((sum, s) => sum + (s.hours ?? 0), 0)),
  };
}
