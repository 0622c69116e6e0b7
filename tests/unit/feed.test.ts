import { describe, expect, it } from 'vitest';
import { feedDate, feedItems, isSitemapPage, sitemapIndexUrl, startOfDayUtc } from '../../src/lib/feed.ts';
import type { NoteRecord } from '../../src/lib/note-record.ts';
import { noteRecord } from './note-record-fixture.ts';

function note(slug: string, fields: Partial<NoteRecord> = {}): NoteRecord {
  return noteRecord(slug, { summary: `About ${slug}.`, phase: 'basics', ...fields });
}
const context = { origin: 'https://notes.example.org', base: '/sub/', phaseTitle: (id: string) => `Phase ${id}` };

describe('startOfDayUtc', () => {
  it('is 00:00 UTC of the calendar day, whatever the time zone', () => {
    expect(startOfDayUtc('2026-03-01').toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(startOfDayUtc('2026-03-01').toUTCString()).toBe('Sun, 01 Mar 2026 00:00:00 GMT');
  });
});

describe('feedDate', () => {
  it('is the completion date, else the start date, else none', () => {
    expect(feedDate({ started: '2026-03-01', completed: '2026-03-04' })).toBe('2026-03-04');
    expect(feedDate({ started: '2026-03-01', completed: undefined })).toBe('2026-03-01');
    expect(feedDate({ started: undefined, completed: undefined })).toBeUndefined();
  });
});

describe('feedItems', () => {
  const notes = [
    note('first', { tags: ['a', 'b'], started: '2026-03-01', completed: '2026-03-04', status: 'done' }),
    note('second', { started: '2026-03-10', status: 'in-progress' }),
    note('undated'),
    note('same-day', { started: '2026-03-10', status: 'in-progress' }),
    note('secret', { started: '2026-04-01', draft: true }),
  ];

  it('gives each note an absolute link, its summary, its phase and tags as categories', () => {
    expect(feedItems(notes, context).find((i) => i.title === 'first')).toEqual({
      title: 'first',
      link: 'https://notes.example.org/sub/topics/first/',
      description: 'About first.',
      pubDate: new Date('2026-03-04T00:00:00Z'),
      categories: ['Phase basics', 'a', 'b'],
    });
  });

  it('lists the newest first, same days in roadmap order, undated notes last', () => {
    expect(feedItems(notes, context).map((i) => i.title)).toEqual(['second', 'same-day', 'first', 'undated']);
  });

  it('never lists a draft', () => {
    expect(feedItems(notes, context).map((i) => i.title)).not.toContain('secret');
  });

  it('leaves the date out of a note without one', () => {
    expect(feedItems(notes, context).find((i) => i.title === 'undated')).not.toHaveProperty('pubDate');
  });
});

describe('isSitemapPage', () => {
  const options = { base: '/sub/', aliases: new Set(['docker-basics']) };

  it('keeps pages and topics', () => {
    expect(isSitemapPage('https://n.org/sub/', options)).toBe(true);
    expect(isSitemapPage('https://n.org/sub/topics/docker/', options)).toBe(true);
    expect(isSitemapPage('https://n.org/sub/tags/docker-basics/', options)).toBe(true);
  });

  it('leaves out the redirect pages of aliases and the not-found page', () => {
    expect(isSitemapPage('https://n.org/sub/topics/docker-basics/', options)).toBe(false);
    expect(isSitemapPage('https://n.org/sub/404/', options)).toBe(false);
    expect(isSitemapPage('https://n.org/sub/404.html', options)).toBe(false);
  });

  it('works without a base path', () => {
    expect(isSitemapPage('https://n.org/topics/docker-basics/', { base: '/', aliases: options.aliases })).toBe(false);
  });
});

describe('sitemapIndexUrl', () => {
  it('is absolute, under the base path', () => {
    expect(sitemapIndexUrl('https://notes.example.org', '/sub/')).toBe('https://notes.example.org/sub/sitemap-index.xml');
  });
});
