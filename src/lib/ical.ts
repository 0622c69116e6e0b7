/**
 * The timeline as an iCalendar feed (RFC 5545), so a reader can subscribe to the plan in a calendar app:
 * one all-day event per target of an unfinished topic and per logged study session.
 *
 * Everything here is text: CRLF line endings, lines folded at 75 octets, TEXT values escaped. Dates stay
 * calendar dates (`DTSTART;VALUE=DATE`), so no time zone can move an event to another day.
 */
import { addDays, formatCalendarDate, type CalendarDate } from './calendar-date.ts';
import type { ReviewSchedule } from './review.ts';
import type { TimelineEvent } from './timeline.ts';
import { compareCodePoints } from './compare.ts';

/** Identifies the program that wrote the feed (RFC 5545 §3.7.3). */
export const PRODUCT_ID = '-//MLOps Study Notes//Timeline//EN';

/** One all-day event. */
export interface CalendarEvent {
  /** Globally unique and stable across builds, so calendar apps update events instead of duplicating them. */
  uid: string;
  date: CalendarDate;
  summary: string;
  description?: string;
  /** Absolute URL of the page about the event. */
  url?: string;
}

export interface CalendarOptions {
  /** Shown by calendar apps as the calendar's name (`X-WR-CALNAME`). */
  name: string;
  /** One line about the calendar (`X-WR-CALDESC`). */
  description?: string;
  /**
   * The day the feed was written, used for every `DTSTAMP` at 00:00 UTC. A day rather than the build's instant,
   * so building twice on one day gives the same bytes.
   */
  stampDate: CalendarDate;
}

/** Escapes a TEXT value: backslash, semicolon, comma, and newlines as `\n` (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

// Octets a code point takes in UTF-8.
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line so no physical line exceeds 75 octets (RFC 5545 §3.1): each continuation starts with one
 * space, which counts toward its 75. Splits between code points, never inside a multi-byte UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  let limit = 75;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0)!);
    if (octets + size > limit) {
      pieces.push(piece);
      piece = '';
      octets = 0;
      // The leading space of a continuation line is one of its 75 octets.
      limit = 74;
    }
    piece += character;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join('\r\n ');
}

/** `2026-03-01` → `20260301`, the DATE value form. */
export function icalDate(date: CalendarDate): string {
  return date.replace(/-/g, '');
}

/** A whole calendar: folded lines joined and ended by CRLF. */
export function serializeCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const stamp = `${icalDate(options.stampDate)}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    ...(options.description ? [`X-WR-CALDESC:${escapeText(options.description)}`] : []),
    ...events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icalDate(event.date)}`,
      // All-day events end (exclusively) on the next day.
      `DTEND;VALUE=DATE:${icalDate(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      ...(event.url ? [`URL:${event.url}`] : []),
      // A study plan should not mark the reader as busy.
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}

export interface TimelineCalendarOptions {
  /** The site title; the calendar is called "<title>: study plan". */
  siteTitle: string;
  /** The site's host name (`example.com`), the domain part of every UID. */
  host: string;
  /** Absolute URL of a topic page. */
  topicUrl(slug: string): string;
  /** A phase id's title. */
  phaseTitle(id: string): string;
  /** The build's today, for `DTSTAMP`. */
  today: CalendarDate;
}

/**
 * One all-day event per scheduled review, past and upcoming, soonest first: `Review: Advanced Kubernetes`.
 * UIDs number the reviews of a topic (`review-kubeflow-2@example.com`), so a review done late moves its event.
 */
export function reviewCalendarEvents(
  schedules: readonly ReviewSchedule[],
  options: Pick<TimelineCalendarOptions, 'host' | 'topicUrl'>,
): CalendarEvent[] {
  return schedules
    .flatMap((schedule) =>
      schedule.reviews.map((review): CalendarEvent & { slug: string } => ({
        slug: schedule.slug,
        uid: `review-${schedule.slug}-${review.number}@${options.host}`,
        date: review.due,
        summary: `Review: ${schedule.title}`,
        description:
          `Review ${review.number} of the self-check questions of ${schedule.title}, finished on ${formatCalendarDate(schedule.completed)}.` +
          (review.done ? ` Done on ${formatCalendarDate(review.done)}.` : ''),
        url: options.topicUrl(schedule.slug),
      })),
    )
    .sort((a, b) => compareCodePoints(a.date, b.date) || compareCodePoints(a.slug, b.slug) || compareCodePoints(a.uid, b.uid))
    .map(({ slug: _slug, ...event }) => event);
}

/**
 * The feed of a timeline: its targets (which `timelineEvents` keeps only for unfinished notes) and its sessions,
 * in timeline order, then the `reviews` (see `reviewCalendarEvents`). UIDs are the events' stable ids at the site's host: `target-kubeflow@example.com`,
 * `session-kubeflow-2026-03-01-1@example.com`.
 */
export function timelineCalendar(
  events: readonly TimelineEvent[],
  options: TimelineCalendarOptions,
  reviews: readonly CalendarEvent[] = [],
): string {
  const calendarEvents = events.flatMap((event): CalendarEvent[] => {
    const common = { uid: `${event.id}@${options.host}`, date: event.date, url: options.topicUrl(event.slug) };
    if (event.kind === 'target') {
      return [
        {
          ...common,
          summary: `Target: ${event.title}`,
          description: `Planned finish of ${event.title}, in the ${options.phaseTitle(event.phase)} phase.`,
        },
      ];
    }
    if (event.kind === 'session') {
      const hours = event.hours === undefined ? '' : ` (${event.hours} h)`;
      return [{ ...common, summary: `Study: ${event.title}`, description: `${event.sessionNote ?? ''}${hours}` }];
    }
    return [];
  });
  return serializeCalendar([...calendarEvents, ...reviews], {
    name: `${options.siteTitle}: study plan`,
    description: reviews.length
      ? 'Planned finish dates, logged study sessions and spaced reviews.'
      : 'Planned finish dates and logged study sessions.',
    stampDate: options.today,
  });
}
