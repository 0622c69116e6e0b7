import { describe, expect, it } from 'vitest';
import { analyzeSite } from '../../src/lib/site-check.ts';
import { publishedSite, publishSite, requirePublishedSite } from '../../src/node/site-store.ts';

const site = analyzeSite(
  {
    roadmapFile: 'content/roadmap.yaml',
    roadmapSource: 'title: T\ndescription: D\nphases:\n  - id: p\n    title: P\n',
    notesDir: 'content/notes',
    notes: [],
    today: '2026-06-01',
  },
  { production: true },
);
const history = { repositoryRoot: undefined, lastChanged: new Map<string, string>() };

describe('the site store', () => {
  it('says which integration publishes the site when a consumer runs before anything was published', () => {
    expect(publishedSite()).toBeUndefined();
    expect(() => requirePublishedSite()).toThrow(/content-check integration \(src\/integration\/content-check\.ts\)/);
  });

  it('hands every consumer the same published site, which nobody can change', () => {
    publishSite({ mode: 'build', site, diagnostics: [], history });
    const published = requirePublishedSite();
    expect(published.site).toBe(site);
    expect(publishedSite()).toBe(published);
    expect(Object.isFrozen(published)).toBe(true);
    expect(Object.isFrozen(published.diagnostics)).toBe(true);
  });

  it('replaces the site on the next publication (the dev server publishes one per content change)', () => {
    const before = requirePublishedSite();
    publishSite({ mode: 'dev', site, diagnostics: [], history });
    expect(requirePublishedSite()).not.toBe(before);
    expect(requirePublishedSite().mode).toBe('dev');
  });
});
