/**
 * The timeline: every dated event of every published note, in one deterministic order, split at today and
 * grouped by month. Pure data in, pure data out; the pages, the study chart, the home panels and the
 * iCalendar feed all read from `timelineEvents`, so they can never disagree about what happened when.
 */
import type { NoteStatus } from '../schemas/note.ts';
import { formatMonth, type CalendarDate } from './calendar-date.ts';
import type { NoteRecord } from './note-record.ts';
import { cssString } from './escape.ts';
import { compareCodePoints } from './compare.ts';

/** What happened on a date: study began, a session was logged, the topic was finished, or a finish is planned. */
export type TimelineEventKind = 'started' | 'session' | 'completed' | 'target';

/** The order of kinds on one day: a topic starts, is studied, is finished; plans come last. */
export const EVENT_KIND_ORDER: readonly TimelineEventKind[] = ['started', 'session', 'completed', 'target'];

/** The word shown for each kind; a target is a plan, so readers see "Planned". */
export const EVENT_KIND_LABELS: Record<TimelineEventKind, string> = {
  started: 'Started',
  session: 'Session',
  completed: 'Completed',
  target: 'Planned',
};

/** The verb before a topic's title in short activity lists: "Studied Kubeflow", "Finish Kubeflow" (a plan). */
export const EVENT_KIND_VERBS: Record<TimelineEventKind, string> = {
  started: 'Started',
  session: 'Studied',
  completed: 'Completed',
  target: 'Finish',
};

/** The fields of a note the timeline reads. */
export type TimelineNote = Pick<NoteRecord, 'slug' | 'title' | 'phase' | 'status' | 'started' | 'completed' | 'target' | 'log' | 'draft'>;

export interface TimelineEvent {
  /** Unique within a site and stable across builds: `started-kubeflow`, `session-kubeflow-2026-03-01-1`. */
  id: string;
  kind: TimelineEventKind;
  date: CalendarDate;
  slug: string;
  /** The topic's title, for the link text. */
  title: string;
  phase: string;
  /** The note's current status (what the status filter matches). */
  status: NoteStatus;
  /** Position of the note in the input (roadmap) order: the tie-break after date and kind. */
  roadmapIndex: number;
  /** Sessions only: what was studied. */
  sessionNote?: string;
  /** Sessions only: hours spent, when logged. */
  hours?: number;
  /** Sessions only: 1-based position among the note's sessions on the same date, in log order. */
  sessionNumber?: number;
}

/**
 * Every dated event of `notes` (taken to be in roadmap order), oldest first.
 *
 * - Drafts are left out: a draft appears nowhere on the timeline.
 * - A `target` is an event only while the note is not done: a finished topic shows when it was completed,
 *   not when it was meant to be.
 * - `started`, `completed` and every log entry are always events.
 */
export function timelineEvents(notes: readonly TimelineNote[]): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  notes.forEach((note, roadmapIndex) => {
    if (note.draft) return;
    const base = { slug: note.slug, title: note.title, phase: note.phase, status: note.status, roadmapIndex };
    if (note.started) events.push({ ...base, id: `started-${note.slug}`, kind: 'started', date: note.started });
    const sessionsOnDate = new Map<CalendarDate, number>();
    for (const entry of note.log) {
      const sessionNumber = (sessionsOnDate.get(entry.date) ?? 0) + 1;
      sessionsOnDate.set(entry.date, sessionNumber);
      events.push({
        ...base,
        id: `session-${note.slug}-${entry.date}-${sessionNumber}`,
        kind: 'session',
        date: entry.date,
        sessionNote: entry.note,
        ...(entry.hours !== undefined ? { hours: entry.hours } : {}),
        sessionNumber,
      });
    }
    if (note.completed) events.push({ ...base, id: `completed-${note.slug}`, kind: 'completed', date: note.completed });
    if (note.target && note.status !== 'done') events.push({ ...base, id: `target-${note.slug}`, kind: 'target', date: note.target });
  });
  return sortTimelineEvents(events);
}

/**
 * Timeline order: date, then kind (started < session < completed < target), then roadmap order, then slug,
 * then the session's position in its note's log. No two events compare equal, so every build agrees.
 */
export function compareTimelineEvents(a: TimelineEvent, b: TimelineEvent): number {
  return (
    compareCodePoints(a.date, b.date) ||
    EVENT_KIND_ORDER.indexOf(a.kind) - EVENT_KIND_ORDER.indexOf(b.kind) ||
    a.roadmapIndex - b.roadmapIndex ||
    compareCodePoints(a.slug, b.slug) ||
    (a.sessionNumber ?? 0) - (b.sessionNumber ?? 0) ||
    compareCodePoints(a.id, b.id)
  );
}

/** A sorted copy, oldest first. */
export function sortTimelineEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(compareTimelineEvents);
}

/**
 * Whether an event belongs after the "today" marker: anything dated after today, and a target due today
 * (a plan is still ahead until the day is over). Past sessions, starts and completions of today stay before it.
 */
export function isAfterToday(event: Pick<TimelineEvent, 'date' | 'kind'>, today: CalendarDate): boolean {
  return event.date > today || (event.date === today && event.kind === 'target');
}

/** A target whose day has passed while its note is still not done. */
export function isOverdue(event: Pick<TimelineEvent, 'date' | 'kind'>, today: CalendarDate): boolean {
  return event.kind === 'target' && event.date < today;
}

/**
 * Sorted events split at today. Because targets sort last on their day, `isAfterToday` is monotonic over the
 * sorted list and the split is one index.
 */
export function splitAtToday(events: readonly TimelineEvent[], today: CalendarDate): { past: TimelineEvent[]; upcoming: TimelineEvent[] } {
  const sorted = sortTimelineEvents(events);
  const index = sorted.findIndex((event) => isAfterToday(event, today));
  const cut = index === -1 ? sorted.length : index;
  return { past: sorted.slice(0, cut), upcoming: sorted.slice(cut) };
}

/** One row of the timeline: an event, or the marker for today. */
export type TimelineItem =
  { type: 'event'; event: TimelineEvent; upcoming: boolean; overdue: boolean } | { type: 'today'; date: CalendarDate };

export interface TimelineMonth {
  /** `2026-03`. */
  key: string;
  /** `March 2026`. */
  label: string;
  /** Events in timeline order, with the today marker in its place when today falls in this month. */
  items: TimelineItem[];
  /** True for the month that holds the today marker. */
  holdsToday: boolean;
}

/**
 * Events grouped by month, oldest month first, with one "today" marker between the past and the upcoming events.
 * Today's month is always present (with only the marker when nothing happens in it), so the marker has a place
 * even in a quiet month. An empty timeline stays empty: there is nothing to place today between.
 */
export function timelineByMonth(events: readonly TimelineEvent[], today: CalendarDate): TimelineMonth[] {
  if (events.length === 0) return [];
  const { past, upcoming } = splitAtToday(events, today);
  const items: TimelineItem[] = [
    ...past.map((event): TimelineItem => ({ type: 'event', event, upcoming: false, overdue: isOverdue(event, today) })),
    { type: 'today', date: today },
    ...upcoming.map((event): TimelineItem => ({ type: 'event', event, upcoming: true, overdue: false })),
  ];
  const months: TimelineMonth[] = [];
  for (const item of items) {
    const date = item.type === 'event' ? item.event.date : item.date;
    const key = date.slice(0, 7);
    let month = months.at(-1);
    if (month?.key !== key) {
      month = { key, label: formatMonth(date), items: [], holdsToday: false };
      months.push(month);
    }
    month.items.push(item);
    if (item.type === 'today') month.holdsToday = true;
  }
  return months;
}

/**
 * What already happened, newest first (the reverse of timeline order): starts, sessions and completions up to
 * today, never plans, at most `limit`. One entry per topic and day, the one that says the most: completed over
 * session over started.
 */
export function recentEvents(events: readonly TimelineEvent[], today: CalendarDate, limit: number): TimelineEvent[] {
  const seen = new Set<string>();
  // Newest first puts a day's completed before its sessions before its start, so the first one seen is kept.
  return splitAtToday(events, today)
    .past.filter((event) => event.kind !== 'target')
    .reverse()
    .filter((event) => {
      const key = `${event.slug} ${event.date}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, limit);
}

/** The plan ahead, soonest first: targets of unfinished notes due today or later, at most `limit`. */
export function upcomingTargets(events: readonly TimelineEvent[], today: CalendarDate, limit: number): TimelineEvent[] {
  return splitAtToday(events, today)
    .upcoming.filter((event) => event.kind === 'target')
    .slice(0, limit);
}

/** The names of the two filter radio groups on the timeline page; "all" is the value that filters nothing. */
export const TIMELINE_FILTERS = { phase: 'phase', status: 'status', all: 'all' } as const;

/**
 * The stylesheet that makes the timeline filters work without JavaScript: radio buttons in the container
 * `.tl` select a phase and a status, and `:has()` hides the events that do not match, the months left without a
 * matching event (except today's), and shows `.tl-empty` when nothing matches at all.
 *
 * Month and empty-state rules are generated for every phase/status pair. A pair where one side is "all" simply
 * omits that condition; such a rule only fires when its stricter pair's rule fires too, so it never hides a month
 * that still has a match.
 */
export function timelineFilterCss(phaseIds: readonly string[], statuses: readonly NoteStatus[]): string {
  const checked = (group: string, value: string) => `:has(input[name=${cssString(group)}][value=${cssString(value)}]:checked)`;
  const rules: string[] = [];
  for (const phase of phaseIds) {
    rules.push(`.tl${checked(TIMELINE_FILTERS.phase, phase)} .tl-event:not([data-phase=${cssString(phase)}]){display:none}`);
  }
  for (const status of statuses) {
    rules.push(`.tl${checked(TIMELINE_FILTERS.status, status)} .tl-event:not([data-status=${cssString(status)}]){display:none}`);
  }
  for (const phase of [undefined, ...phaseIds]) {
    for (const status of [undefined, ...statuses]) {
      if (phase === undefined && status === undefined) continue;
      const selection = (phase ? checked(TIMELINE_FILTERS.phase, phase) : '') + (status ? checked(TIMELINE_FILTERS.status, status) : '');
      const match = `.tl-event${phase ? `[data-phase=${cssString(phase)}]` : ''}${status ? `[data-status=${cssString(status)}]` : ''}`;
      rules.push(`.tl${selection} .tl-month:not(.tl-month--today):not(:has(${match})){display:none}`);
      rules.push(`.tl${selection}:not(:has(${match})) .tl-empty{display:block}`);
    }
  }
  return rules.join('\n');
}
