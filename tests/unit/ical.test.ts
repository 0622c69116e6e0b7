import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  escapeText,
  foldLine,
  icalDate,
  PRODUCT_ID,
  reviewCalendarEvents,
  serializeCalendar,
  timelineCalendar,
} from '../../src/lib/ical.ts';
import { reviewSchedules } from '../../src/lib/review.ts';
import { timelineEvents } from '../../src/lib/timeline.ts';
import { timelineNote } from './note-record-fixture.ts';

const note = timelineNote;

const notes = [
  note('containers', {
    title: 'Containers',
    status: 'done',
    started: '2026-03-01',
    completed: '2026-03-04',
    target: '2026-03-02',
    log: [
      { date: '2026-03-01', note: 'Built an image; then, a second one.', hours: 2 },
      { date: '2026-03-01', note: 'Evening: cache \\ layers' },
    ],
  }),
  note('kubernetes', { title: 'Kubernetes', status: 'in-progress', started: '2026-03-05', target: '2026-03-20' }),
  note('pipelines', { title: 'Pipelines, "workflows" & más', target: '2026-12-31' }),
];
const options = {
  siteTitle: 'Fixture Roadmap',
  host: 'example.com',
  topicUrl: (slug: string) => `https://example.com/notes/topics/${slug}/`,
  phaseTitle: (id: string) => (id === 'basics' ? 'Basics' : id),
  today: '2026-03-10',
};
const feed = timelineCalendar(timelineEvents(notes), options);

/** The events of a feed as ical.js reads them. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      return {
        uid: event.uid,
        summary: event.summary,
        description: event.description,
        start: event.startDate.toString(),
        end: event.endDate.toString(),
        allDay: event.startDate.isDate,
        url: component.getFirstPropertyValue('url'),
        stamp: component.getFirstPropertyValue('dtstamp')?.toString(),
      };
    }),
  };
}

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('leaves colons and quotes alone', () => {
    expect(escapeText('Note: "quoted"')).toBe('Note: "quoted"');
  });
});

describe('foldLine', () => {
  const octets = (s: string) => new TextEncoder().encode(s).length;

  it('leaves a line of 75 octets as it is', () => {
    const line = 'X'.repeat(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds longer lines into 75-octet pieces, continuations starting with one space', () => {
    const folded = foldLine('D'.repeat(200));
    const lines = folded.split('\r\n');
    // 200 octets: 75 on the first line, 74 after each continuation space.
    expect(lines.map(octets)).toEqual([75, 75, 52]);
    expect(lines.slice(1).every((l) => l.startsWith(' ') && !l.startsWith('  '))).toBe(true);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe('D'.repeat(200));
  });

  it('counts octets, not characters, and never splits a multi-byte character', () => {
    const line = `SUMMARY:${'é'.repeat(40)}${'😀'.repeat(10)}`;
    const lines = foldLine(line).split('\r\n');
    for (const l of lines) expect(octets(l)).toBeLessThanOrEqual(75);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line);
    expect(lines.join('')).not.toContain('\uFFFD');
  });
});

describe('serializeCalendar', () => {
  const text = serializeCalendar(
    [
      {
        uid: 'a@example.com',
        date: '2026-02-28',
        summary: 'Plan, then; do',
        description: 'Line one\nline two',
        url: 'https://example.com/a/',
      },
    ],
    {
      name: 'My plan',
      stampDate: '2026-03-10',
    },
  );

  it('ends every line with CRLF and has no bare LF', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes the calendar header and an all-day event ending the next day', () => {
    const lines = text.split('\r\n');
    expect(lines.slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      `PRODID:${PRODUCT_ID}`,
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:My plan',
    ]);
    expect(lines).toContain('DTSTART;VALUE=DATE:20260228');
    expect(lines).toContain('DTEND;VALUE=DATE:20260301');
    expect(lines).toContain('DTSTAMP:20260310T000000Z');
    expect(lines).toContain('SUMMARY:Plan\\, then\\; do');
    expect(lines).toContain('DESCRIPTION:Line one\\nline two');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('writes dates without separators', () => {
    expect(icalDate('2026-03-01')).toBe('20260301');
  });
});

describe('timelineCalendar', () => {
  it('has one event per target of an unfinished note and per session, and nothing else', () => {
    const { events } = parse(feed);
    expect(events.map((e) => e.uid)).toEqual([
      'session-containers-2026-03-01-1@example.com',
      'session-containers-2026-03-01-2@example.com',
      'target-kubernetes@example.com',
      'target-pipelines@example.com',
    ]);
  });

  it('parses with ical.js into all-day events on the right days', () => {
    const { calendar, events } = parse(feed);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Fixture Roadmap: study plan');
    expect(events.every((e) => e.allDay)).toBe(true);
    expect(events.map((e) => [e.start, e.end])).toEqual([
      ['2026-03-01', '2026-03-02'],
      ['2026-03-01', '2026-03-02'],
      ['2026-03-20', '2026-03-21'],
      ['2026-12-31', '2027-01-01'],
    ]);
    expect(events.every((e) => e.stamp === '2026-03-10T00:00:00Z')).toBe(true);
  });

  it('round-trips summaries and descriptions with commas, semicolons, backslashes and accents', () => {
    const { events } = parse(feed);
    expect(events[0]).toMatchObject({ summary: 'Study: Containers', description: 'Built an image; then, a second one. (2 h)' });
    expect(events[1]).toMatchObject({ description: 'Evening: cache \\ layers' });
    expect(events[3]).toMatchObject({
      summary: 'Target: Pipelines, "workflows" & más',
      description: 'Planned finish of Pipelines, "workflows" & más, in the Basics phase.',
    });
  });

  it('links every event to its topic with an absolute URL', () => {
    const { events } = parse(feed);
    expect(events.map((e) => e.url)).toEqual([
      'https://example.com/notes/topics/containers/',
      'https://example.com/notes/topics/containers/',
      'https://example.com/notes/topics/kubernetes/',
      'https://example.com/notes/topics/pipelines/',
    ]);
  });

  it('keeps UIDs stable when other notes change', () => {
    const more = [...notes, note('aaa-first', { target: '2026-03-01', log: [{ date: '2026-03-01', note: 'x' }] })];
    const uids = parse(timelineCalendar(timelineEvents(more), options)).events.map((e) => e.uid);
    expect(uids).toEqual(expect.arrayContaining(parse(feed).events.map((e) => e.uid)));
  });

  it('is byte-for-byte the same for the same content and day', () => {
    expect(timelineCalendar(timelineEvents(notes), options)).toBe(feed);
  });

  it('folds every physical line to at most 75 octets', () => {
    for (const line of feed.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});

describe('review events', () => {
  const reviewed = [
    ...notes
      .slice(0, 1)
      .map((n) => ({ ...n, log: [...n.log, { date: '2026-03-08', note: 'Answered the self-checks.', kind: 'review' as const }] })),
    note('later', { title: 'Later', status: 'done', completed: '2026-03-06' }),
  ];
  const events = reviewCalendarEvents(reviewSchedules(reviewed, [3, 10]), options);
  const parsed = parse(timelineCalendar(timelineEvents(reviewed), options, events));

  it('adds one all-day event per scheduled review, past and upcoming, soonest first', () => {
    const reviews = parsed.events.filter((e) => e.uid.startsWith('review-'));
    expect(reviews.map((e) => [e.uid, e.start, e.summary])).toEqual([
      ['review-containers-1@example.com', '2026-03-07', 'Review: Containers'],
      ['review-later-1@example.com', '2026-03-09', 'Review: Later'],
      ['review-containers-2@example.com', '2026-03-18', 'Review: Containers'],
      ['review-later-2@example.com', '2026-03-19', 'Review: Later'],
    ]);
    expect(reviews.every((e) => e.allDay)).toBe(true);
    expect(reviews[0]!.description).toBe(
      'Review 1 of the self-check questions of Containers, finished on 4 March 2026. Done on 8 March 2026.',
    );
    expect(reviews[0]!.url).toBe('https://example.com/notes/topics/containers/');
    expect(timelineCalendar(timelineEvents(reviewed), options, events).replace(/\r\n /g, '')).toContain(
      'X-WR-CALDESC:Planned finish dates\\, logged study sessions and spaced reviews.',
    );
  });

  it('keeps the timeline events as they were', () => {
    expect(parsed.events.filter((e) => !e.uid.startsWith('review-')).map((e) => e.uid)).toContain(
      'session-containers-2026-03-08-1@example.com',
    );
  });
});
