/**
 * Remember, show and tell: the review page, the weekly digests and the portfolio, on a real build of the good
 * fixture (which has evidence, a logged review, a Sunday session and a draft with all three) under a negative-UTC
 * time zone, with "today" pinned.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, elementsOf, type Element } from '../quality/html.ts';
import { buildFixture } from './run-build.ts';

const TODAY = '2026-03-10';
/** The text of an element, with a space between child elements (as a reader sees separate boxes). */
const text = (el: Element): string =>
  el.childNodes
    .map((c) => ('value' in c && c.nodeName === '#text' ? c.value : 'tagName' in c ? ` ${text(c)} ` : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:)])/g, '$1')
    .trim();

let out = '';
const read = (file: string) => readFileSync(path.join(out, file), 'utf8');
const byClass = (html: string, name: string) => elementsOf(html).filter((e) => (attr(e, 'class') ?? '').split(' ').includes(name));
const hrefs = (html: string) => elementsOf(html).flatMap((e) => (e.tagName === 'a' ? [attr(e, 'href') ?? ''] : []));

beforeAll(() => {
  const result = buildFixture('good', { TZ: 'America/Los_Angeles', STUDY_NOTES_TODAY: TODAY });
  expect(result.stderr).not.toMatch(/^(?!Content check: 0 errors).*\berror/im);
  expect(result.status).toBe(0);
  out = result.outDir;
});

describe('the review page', () => {
  it('lists each done topic with its next review, its questions and hidden answers, ordered as of the build', () => {
    const html = read('review/index.html');
    const items = byClass(html, 'review-item');
    expect(items.map((i) => [attr(i, 'id'), attr(i, 'data-next-review')])).toEqual([['review-containers', '2026-03-18']]);
    // Completed 4 March, first review due the 7th, done the 8th: the next one is 10 days after the review.
    expect(text(items[0]!)).toContain('Next review 18 March 2026');
    expect(text(items[0]!)).toContain('Review 2 of 4');
    expect(text(items[0]!)).toContain('Self-check: Why copy the requirements file before the source code?');
    const answer = elementsOf(html).find((e) => e.tagName === 'details' && attr(e, 'data-nav-menu') === undefined)!;
    expect(text(answer)).toContain('The install layer is then cached until requirements.txt changes');
    expect(hrefs(html)).toContain('/topics/kubernetes/');
    // HTML inside an answer stays HTML; the answer's code is code.
    expect(html).toContain('<abbr title="Kubernetes">K8s</abbr>');
    expect(html).toContain('<code>requirements.txt</code>');
    // A formula is drawn by KaTeX, with its stylesheet, as on the topic page; its TeX never shows as text.
    expect(text(answer)).toContain('instructions the image has');
    expect(html).not.toContain('$n$');
    expect(html).toContain('class="katex"');
    expect(html).toMatch(/<link rel="stylesheet" href="\/_astro\/katex\.min\.[\w-]+\.css">/);
  });

  it('states the order and the day it was built for readers without JavaScript', () => {
    const summary = byClass(read('review/index.html'), 'review-summary')[0]!;
    expect(text(summary)).toBe(
      'Ordered by next review date as of 10 March 2026, the day this page was built: nothing was due, of 1 topic in review.',
    );
  });

  it('shows the next review on the topic page, linked to the review page', () => {
    const html = read('topics/containers/index.html');
    const facts = byClass(html, 'facts')[0]!;
    expect(text(facts)).toContain('Next review 18 March 2026');
    expect(hrefs(html)).toContain('/review/#review-containers');
    expect(text(byClass(read('topics/kubernetes/index.html'), 'facts')[0]!)).not.toContain('Next review');
  });

  it('puts a "Due for review" panel on the home page', () => {
    const html = read('index.html');
    const panel = elementsOf(html).find((e) => e.tagName === 'section' && attr(e, 'aria-labelledby') === 'due-for-review')!;
    expect(text(panel)).toContain('Due for review');
    expect(text(panel)).toContain('18 Mar 2026 Containers');
    expect(hrefs(html)).toEqual(expect.arrayContaining(['/review/', '/weeks/', '/portfolio/']));
  });

  it('adds every scheduled review to the calendar feed, and keeps review dates off the timeline page', () => {
    const calendar = new ICAL.Component(ICAL.parse(read('timeline.ics')));
    const reviews = calendar
      .getAllSubcomponents('vevent')
      .map((c) => new ICAL.Event(c))
      .filter((e) => e.uid.startsWith('review-'))
      .map((e) => [e.uid, e.startDate.toString(), e.summary]);
    expect(reviews).toEqual([
      ['review-containers-1@example.com', '2026-03-07', 'Review: Containers'],
      ['review-containers-2@example.com', '2026-03-18', 'Review: Containers'],
      ['review-containers-3@example.com', '2026-04-17', 'Review: Containers'],
      ['review-containers-4@example.com', '2026-07-16', 'Review: Containers'],
    ]);
    expect(read('timeline/index.html')).not.toContain('2026-03-18');
  });
});

describe('the weekly digests', () => {
  it('has one page per ISO week with log entries, the Sunday session in the week that ends that day', () => {
    const index = read('weeks/index.html');
    expect(hrefs(index).filter((h) => /^\/weeks\/\d{4}-W\d{2}\/$/.test(h))).toEqual(['/weeks/2026-W10/', '/weeks/2026-W09/']);
    // 1 March 2026 is a Sunday: its session belongs to 23 February – 1 March, in every time zone.
    const week9 = read('weeks/2026-W09/index.html');
    expect(text(elementsOf(week9).find((e) => e.tagName === 'h1')!)).toBe('Week 9, 2026');
    expect(week9).toContain('23 February – 1 March 2026');
    expect(text(elementsOf(week9).find((e) => e.tagName === 'ol' && attr(e, 'class') === 'week-sessions')!)).toContain('Sun 1 Mar');
  });

  it('adds up the hours of every log entry, reviews included, and leaves drafts out', () => {
    const week = read('weeks/2026-W10/index.html');
    const stats = Object.fromEntries(
      byClass(week, 'week-stats')[0]!
        .childNodes.filter((c): c is Element => 'tagName' in c)
        .map((div) => {
          const [dt, dd] = div.childNodes.filter((c): c is Element => 'tagName' in c);
          return [text(dt!), text(dd!)];
        }),
    );
    // 1.5 h (containers) + 1 h (kubernetes) + 0.5 h (review); the draft's 9 h session on 2 March is not there.
    expect(stats).toEqual({ Hours: '3 h', Sessions: '3', Topics: '2', Reviews: '1' });
    expect(week).not.toMatch(/xylophon/i);
    expect(text(elementsOf(week).find((e) => e.tagName === 'section' && attr(e, 'aria-labelledby') === 'completed')!)).toContain(
      'Containers',
    );
    expect(text(elementsOf(week).find((e) => e.tagName === 'section' && attr(e, 'aria-labelledby') === 'started')!)).toContain(
      'Kubernetes',
    );
    expect(text(elementsOf(week).find((e) => e.tagName === 'section' && attr(e, 'aria-labelledby') === 'pace')!)).toContain(
      '3 h against an average of 2.5 h a week over 2 logged weeks (120%).',
    );
  });

  it('gives each week its own share image and Open Graph tags', () => {
    const week = read('weeks/2026-W10/index.html');
    const meta = (key: string) =>
      attr(
        elementsOf(week).find((e) => e.tagName === 'meta' && attr(e, 'property') === key)!,
        'content',
      );
    expect(meta('og:image')).toBe('https://example.com/og/weeks/2026-W10.png');
    expect(meta('og:title')).toBe('Week 10, 2026');
    expect(meta('og:url')).toBe('https://example.com/weeks/2026-W10/');
    const png = readFileSync(path.join(out, 'og/weeks/2026-W10.png'));
    expect([png.subarray(1, 4).toString('latin1'), png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual(['PNG', 1200, 630]);
  });

  it('publishes a feed with one item per week, newest first', () => {
    const feed = new XMLParser({ isArray: (name) => name === 'item' }).parse(read('weeks/rss.xml')) as {
      rss: { channel: { item: { title: string; link: string; pubDate: string; description: string }[] } };
    };
    expect(feed.rss.channel.item.map((i) => [i.title, i.link, i.pubDate])).toEqual([
      ['Week 10, 2026: 3 h', 'https://example.com/weeks/2026-W10/', 'Mon, 02 Mar 2026 00:00:00 GMT'],
      ['Week 9, 2026: 2 h', 'https://example.com/weeks/2026-W09/', 'Mon, 23 Feb 2026 00:00:00 GMT'],
    ]);
    expect(feed.rss.channel.item[0]!.description).toBe(
      '2–8 March 2026. 3 h in 3 sessions on Containers and Kubernetes; started Kubernetes; completed Containers; 1 review.',
    );
  });
});

describe('the portfolio', () => {
  it('lists the done topics with evidence by phase, with their links and completion date', () => {
    const html = read('portfolio/index.html');
    const entries = byClass(html, 'portfolio-entry');
    expect(entries).toHaveLength(1);
    expect(text(entries[0]!)).toContain('Containers');
    expect(text(entries[0]!)).toContain('Completed 4 March 2026');
    expect(hrefs(html)).toEqual(
      expect.arrayContaining([
        'https://example.org/test-author/containers',
        'https://example.org/posts/layer-caching',
        'https://example.org/test-author/containers/pull/1',
      ]),
    );
    expect(html).not.toMatch(/xylophon/i);
  });

  it('shows "What I built" on the topic page', () => {
    const section = elementsOf(read('topics/containers/index.html')).find(
      (e) => e.tagName === 'section' && attr(e, 'aria-labelledby') === 'what-i-built',
    )!;
    expect(text(section)).toContain('Repository Multi-stage image for a model server');
    expect(text(section)).toContain('Post What layer caching taught me');
  });
});

describe('everywhere', () => {
  it('lists the new pages in the sitemap, and nothing of the draft', () => {
    const sitemap = read('sitemap-0.xml');
    for (const page of ['review/', 'weeks/', 'weeks/2026-W09/', 'weeks/2026-W10/', 'portfolio/'])
      expect(sitemap).toContain(`https://example.com/${page}<`);
    expect(existsSync(path.join(out, 'topics/secret-plans/index.html'))).toBe(false);
    expect(read('timeline.ics')).not.toMatch(/xylophon|secret-plans/i);
  });

  it('links the review and weekly pages from the header of every page', () => {
    const nav = elementsOf(read('topics/containers/index.html')).find((e) => e.tagName === 'nav' && attr(e, 'aria-label') === 'Main')!;
    expect(text(nav)).toContain('Weeks');
    expect(text(nav)).toContain('Review');
  });
});
