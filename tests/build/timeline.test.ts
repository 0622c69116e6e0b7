/**
 * The timeline of the good fixture, built west and east of UTC (Honolulu is UTC−10, Kiritimati UTC+14): the
 * same events on the same days, the draft nowhere, and a calendar feed that parses.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from './run-build.ts';

const TODAY = '2026-03-10';
const ZONES = ['Pacific/Honolulu', 'Pacific/Kiritimati'] as const;
const outDirs: Record<string, string> = {};

const read = (tz: string, file: string) => readFileSync(path.join(outDirs[tz]!, file), 'utf8');
/** Every `<time>` of a page as `datetime text`, in document order. */
const times = (html: string) => [...html.matchAll(/<time datetime="([^"]+)">([^<]+)<\/time>/g)].map((m) => `${m[1]} ${m[2]}`);
/** The timeline's rows in document order: `date kind slug` for events, `today date` for the marker. */
function timelineRows(html: string): string[] {
  const rows = html.matchAll(/<li class="(tl-event|tl-today)[^"]*"([^>]*)>(.*?)<\/li>/gs);
  return [...rows].map(([, type, attributes, body]) => {
    const date = /<time datetime="([^"]+)">/.exec(body!)?.[1];
    if (type === 'tl-today') return `today ${date}`;
    const kind = /data-kind="([^"]+)"/.exec(attributes!)?.[1];
    const slug = /href="\/topics\/([^/]+)\/"/.exec(body!)?.[1];
    return `${date} ${kind} ${slug}`;
  });
}

beforeAll(() => {
  for (const tz of ZONES) {
    const result = buildFixture('good', { TZ: tz, STUDY_NOTES_TODAY: TODAY });
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status, result.stderr).toBe(0);
    outDirs[tz] = result.outDir;
  }
});

describe('the timeline of the good fixture', () => {
  it("lists exactly the fixture's events, oldest first, with today between the past and the plan", () => {
    expect(timelineRows(read('Pacific/Honolulu', 'timeline/index.html'))).toEqual([
      '2026-03-01 started containers',
      '2026-03-01 session containers',
      '2026-03-03 session containers',
      '2026-03-04 completed containers',
      '2026-03-05 started kubernetes',
      '2026-03-05 session kubernetes',
      '2026-03-08 session containers',
      `today ${TODAY}`,
      '2026-03-20 target kubernetes',
      '2026-04-10 target pipelines',
    ]);
  });

  it('shows the same <time> values and texts when built in Honolulu and in Kiritimati', () => {
    const [west, east] = ZONES.map((tz) => times(read(tz, 'timeline/index.html')));
    expect(west).toEqual(east);
    expect(west).toContain('2026-03-01 1 Mar 2026');
    expect(west).toContain('2026-04-10 10 Apr 2026');
    expect(west).toContain(`${TODAY} 10 March 2026`);
  });

  it('groups the events under month headings', () => {
    const html = read('Pacific/Kiritimati', 'timeline/index.html');
    expect([...html.matchAll(/<h3 class="tl-month__title"[^>]*>\s*([^<]+?)\s*<\//g)].map((m) => m[1])).toEqual([
      'March 2026',
      'April 2026',
    ]);
  });

  it('shows each session with its note and hours, and leaves the draft out', () => {
    const html = read('Pacific/Honolulu', 'timeline/index.html');
    expect(html).toContain('Built a first image.');
    expect(html).toMatch(/<span class="tl-card__hours">2 h<\/span>/);
    expect(html).not.toContain('Secret plans');
    expect(html).not.toContain('secret-plans');
  });

  it('draws the study chart as SVG with a text alternative and the data as tables', () => {
    const html = read('Pacific/Honolulu', 'timeline/index.html');
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="gantt-title gantt-desc"/);
    expect(html).toContain('<desc id="gantt-desc">3 topics from 1 March 2026 to 30 April 2026: 1 done, 1 in progress, 1 planned.');
    expect(html).toContain('<caption>Study hours per week</caption>');
    expect(html).toContain('<th scope="row">2026-W09</th>');
    expect(html).not.toContain('<script src="http');
  });

  it('links the calendar feed', () => {
    expect(read('Pacific/Honolulu', 'timeline/index.html')).toMatch(
      /<a class="subscribe-link" href="\/timeline\.ics"[^>]*>.*Subscribe to the plan/s,
    );
  });

  it('shows a topic its own history, with the sessions and the target after today', () => {
    const html = read('Pacific/Kiritimati', 'topics/kubernetes/index.html');
    const history = html.slice(html.indexOf('id="study-history"'));
    expect(timelineRows(history).map((row) => row.replace(/ undefined$/, ''))).toEqual([
      '2026-03-05 started',
      '2026-03-05 session',
      `today ${TODAY}`,
      '2026-03-20 target',
    ]);
    expect(history).toContain('Pods and deployments.');
    expect(read('Pacific/Kiritimati', 'topics/pipelines/index.html')).toContain('No sessions logged yet.');
  });

  it('shows recent activity and the targets coming up on the home page', () => {
    const html = read('Pacific/Honolulu', 'index.html');
    const recent = html.slice(html.indexOf('id="recent"'), html.indexOf('id="coming-up"'));
    const comingUp = html.slice(html.indexOf('id="coming-up"'));
    expect(times(recent)).toEqual([
      '2026-03-08 8 Mar 2026',
      '2026-03-05 5 Mar 2026',
      '2026-03-04 4 Mar 2026',
      '2026-03-03 3 Mar 2026',
      '2026-03-01 1 Mar 2026',
    ]);
    expect(times(comingUp).slice(0, 2)).toEqual(['2026-03-20 20 Mar 2026', '2026-04-10 10 Apr 2026']);
  });

  it('writes a calendar feed that parses, with the same events in both time zones', () => {
    const feeds = ZONES.map((tz) => read(tz, 'timeline.ics'));
    expect(feeds[0]).toBe(feeds[1]);
    const calendar = new ICAL.Component(ICAL.parse(feeds[0]!));
    const events = calendar.getAllSubcomponents('vevent').map((c) => {
      const event = new ICAL.Event(c);
      return `${event.startDate.toString()} ${event.uid} ${c.getFirstPropertyValue('url')}`;
    });
    expect(events).toEqual([
      '2026-03-01 session-containers-2026-03-01-1@example.com https://example.com/topics/containers/',
      '2026-03-03 session-containers-2026-03-03-1@example.com https://example.com/topics/containers/',
      '2026-03-05 session-kubernetes-2026-03-05-1@example.com https://example.com/topics/kubernetes/',
      '2026-03-08 session-containers-2026-03-08-1@example.com https://example.com/topics/containers/',
      '2026-03-20 target-kubernetes@example.com https://example.com/topics/kubernetes/',
      '2026-04-10 target-pipelines@example.com https://example.com/topics/pipelines/',
      // Spaced reviews of the done topic: the first one was done on 8 March, so the second is 10 days later.
      '2026-03-07 review-containers-1@example.com https://example.com/topics/containers/',
      '2026-03-18 review-containers-2@example.com https://example.com/topics/containers/',
      '2026-04-17 review-containers-3@example.com https://example.com/topics/containers/',
      '2026-07-16 review-containers-4@example.com https://example.com/topics/containers/',
    ]);
    expect(feeds[0]).toContain('DTSTAMP:20260310T000000Z\r\n');
  });
});
