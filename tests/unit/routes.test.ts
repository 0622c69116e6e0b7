import { describe, expect, it } from 'vitest';
import { isSitemapPage } from '../../src/lib/feed.ts';
import { buildLinkIndex, resolveHref } from '../../src/lib/links.ts';
import { checkPublicLink } from '../../src/lib/note-files.ts';
import { currentUrls } from '../../src/lib/permalinks.ts';
import {
  parseRoute,
  phaseAnchor,
  phaseHref,
  publishedPages,
  reviewAnchor,
  reviewTopicHref,
  ROUTE_KINDS,
  routeDefinition,
  routeHref,
  routePath,
  routeUrl,
  timelineHref,
  type Route,
  type RouteKind,
} from '../../src/lib/routes.ts';

// One path of every kind of route under the root: the site's URLs as readers and hosts see them.
const PAGES = { home: '/', roadmap: '/roadmap/', timeline: '/timeline/', tags: '/tags/', review: '/review/', weeks: '/weeks/' };
const MORE_PAGES = { portfolio: '/portfolio/', notFound: '/404.html', tag: '/tags/feature-store/', topic: '/topics/kubeflow/' };
const FEEDS = { week: '/weeks/2026-W48/', rss: '/rss.xml', weeksRss: '/weeks/rss.xml', calendar: '/timeline.ics', robots: '/robots.txt' };
const SITEMAP = { sitemapIndex: '/sitemap-index.xml', sitemapPart: '/sitemap-0.xml', redirectRules: '/_redirects' };
const IMAGES = { topicShareImage: '/og/topics/kubeflow.png', weekShareImage: '/og/weeks/2026-W48.png', siteShareImage: '/og/site.png' };
const SCRIPTS = {
  topicPreview: '/topics/kubeflow/preview.json',
  linkPreviewScript: '/scripts/link-preview.js',
  search: '/pagefind/pagefind.js',
};
const PATHS: Record<RouteKind, string> = { ...PAGES, ...MORE_PAGES, ...FEEDS, ...SITEMAP, ...IMAGES, ...SCRIPTS };

/** The route of every example path, with its parameters. */
const examples = ROUTE_KINDS.map((kind): [Route, string] => [parseRoute('/', PATHS[kind])!, PATHS[kind]]);

describe('the route table', () => {
  it('has an example here for every kind it defines, which parses to that kind', () => {
    expect(Object.keys(PATHS).sort()).toEqual([...ROUTE_KINDS].sort());
    expect(examples.map(([route]) => route.kind)).toEqual(ROUTE_KINDS);
  });

  it('reads the parameters out of a path', () => {
    const params = examples.filter(([route]) => Object.keys(route).length > 1).map(([route]) => route);
    expect(params).toEqual([
      { kind: 'tag', tag: 'feature-store' },
      { kind: 'topic', slug: 'kubeflow' },
      { kind: 'week', week: '2026-W48' },
      { kind: 'sitemapPart', part: '0' },
      { kind: 'topicPreview', slug: 'kubeflow' },
      { kind: 'topicShareImage', slug: 'kubeflow' },
      { kind: 'weekShareImage', week: '2026-W48' },
      { kind: 'search', file: 'pagefind.js' },
    ]);
  });

  it.each(examples)('builds %o at %s', (route, path) => {
    expect(routeHref('/', route)).toBe(path);
    expect(routePath(route)).toBe(path.slice(1));
  });

  it.each(['/', '/sub/'])('parses every URL it builds back to the same route under %s', (base) => {
    for (const [route, path] of examples) {
      const href = routeHref(base, route);
      expect(href).toBe(base + path.slice(1));
      expect(parseRoute(base, href)).toEqual(route);
    }
  });

  it('takes the base with or without its slashes', () => {
    expect(routeHref('sub', { kind: 'topic', slug: 'kubeflow' })).toBe('/sub/topics/kubeflow/');
    expect(routeHref('/a/b', { kind: 'rss' })).toBe('/a/b/rss.xml');
    expect(parseRoute('/sub', '/sub/roadmap/')).toEqual({ kind: 'roadmap' });
  });

  it('appends an anchor, and builds absolute URLs from an origin', () => {
    expect(routeHref('/sub/', { kind: 'topic', slug: 'kubeflow' }, 'pipelines')).toBe('/sub/topics/kubeflow/#pipelines');
    expect(routeHref('/', { kind: 'topic', slug: 'kubeflow' }, '')).toBe('/topics/kubeflow/');
    expect(routeUrl('https://jane.github.io', '/notes/', { kind: 'weeksRss' })).toBe('https://jane.github.io/notes/weeks/rss.xml');
  });

  it('parses paths it has no route for, or outside the base, to nothing', () => {
    for (const path of [
      '/nope/',
      '/roadmap',
      '/topics/',
      '/topics/kubeflow/extra/',
      '/tags/Feature_Store/',
      '/weeks/2026-48/',
      '/og/other.png',
      '/og/weeks/last.png',
      '/tags/rss.xml',
      '/404/extra',
      'roadmap/',
    ]) {
      expect(parseRoute('/', path), path).toBeUndefined();
    }
    expect(parseRoute('/sub/', '/roadmap/')).toBeUndefined();
    expect(parseRoute('/sub/', '/sub')).toBeUndefined();
    expect(parseRoute('/', '/sub/roadmap/')).toBeUndefined();
  });

  it("parses Astro's own name of the not-found route", () => {
    expect(parseRoute('/sub/', '/sub/404/')).toEqual({ kind: 'notFound' });
  });

  it('refuses to build a URL from a parameter that its kind does not allow', () => {
    expect(() => routeHref('/', { kind: 'topic', slug: 'a/b' })).toThrow('The topic route needs a slug matching');
    expect(() => routeHref('/', { kind: 'week', week: 'last' })).toThrow('not "last"');
    expect(() => routeHref('/', { kind: 'tag', tag: '' })).toThrow('The tag route needs a tag');
  });

  it('builds the anchors that pages link to by hand', () => {
    expect(phaseAnchor('platforms')).toBe('phase-platforms');
    expect(phaseHref('/sub/', 'platforms')).toBe('/sub/#phase-platforms');
    expect(timelineHref('/')).toBe('/timeline/');
    expect(timelineHref('/sub/', 'today')).toBe('/sub/timeline/#today');
    expect(timelineHref('/', 'events')).toBe('/timeline/#events');
    expect(reviewAnchor('kubeflow')).toBe('review-kubeflow');
    expect(reviewTopicHref('/sub/', 'kubeflow')).toBe('/sub/review/#review-kubeflow');
  });
});

describe('adding a page type is one entry in the route table', () => {
  const docker = { slug: 'docker', title: 'Docker', file: 'content/notes/basics/docker.mdx', headingIds: ['images'], draft: false };
  const index = buildLinkIndex([docker, { ...docker, slug: 'kubeflow', file: 'content/notes/kubeflow.mdx' }], new Map());
  // Content with one page of every kind that depends on the notes: a topic with a heading, a tag, a logged week.
  const content = {
    notes: [{ slug: 'kubeflow', tags: ['feature-store'], headings: [{ depth: 2, id: 'pipelines' }], log: [{ date: '2026-11-24' }] }],
  };
  const published = currentUrls(content.notes);

  it('the link checker knows every page a note may link to', () => {
    for (const [route, path] of examples) {
      const resolved = resolveHref(index, path, docker.file, 'docker');
      if (route.kind === 'topic') expect(resolved).toMatchObject({ kind: 'note', target: { slug: 'kubeflow' } });
      else if (routeDefinition(route.kind).linkable) expect(resolved, path).toEqual({ kind: 'site-page', path: path.slice(1) });
    }
  });

  it('the link checker still rejects an unknown page and the not-found page, with the same message', () => {
    for (const path of ['/nope/', '/404.html', '/roadmap']) {
      expect(resolveHref(index, path, docker.file, 'docker')).toEqual({
        kind: 'broken',
        code: 'unknown-page',
        message: `"${path}" is not a page of this site`,
        hint: 'Link to a note as /topics/<slug>/ or [[slug]], or to /roadmap/, /timeline/ or /tags/.',
      });
    }
  });

  it('a link to any file the build writes is a known file', () => {
    const files = { content: [], contentDir: 'content', public: [] };
    for (const [route, path] of examples) {
      if (routeDefinition(route.kind).type === 'file') expect(checkPublicLink(path, files), path).toBeUndefined();
    }
    expect(checkPublicLink('/og/other.png', files)).toMatchObject({ code: 'missing-file' });
  });

  it('the manifest protects every page of every kind that is published', () => {
    const publishedKinds = new Set(Object.keys(published).map((url) => parseRoute('/', url)!.kind));
    expect([...publishedKinds].sort()).toEqual(ROUTE_KINDS.filter((kind) => routeDefinition(kind).published !== false).sort());
    for (const [route, path] of examples) {
      if (routeDefinition(route.kind).published !== false && !('slug' in route || 'tag' in route || 'week' in route)) {
        expect(published[path], path).toEqual([]);
      }
    }
    expect(published['/topics/kubeflow/']).toEqual(['pipelines']);
    expect(published['/tags/feature-store/']).toEqual([]);
    expect(published['/weeks/2026-W48/']).toEqual([]);
    expect(publishedPages(content).size).toBe(Object.keys(published).length);
  });

  it('every page is published, or says in the table that it never is', () => {
    for (const kind of ROUTE_KINDS) {
      const definition = routeDefinition(kind);
      if (definition.type === 'page' && definition.published === false) expect(kind).toBe('notFound');
    }
  });

  it('the sitemap lists the pages the table puts in it', () => {
    const options = { base: '/sub/', aliases: new Set(['old-kubeflow']) };
    for (const [route] of examples.filter(([r]) => routeDefinition(r.kind).type === 'page')) {
      expect(isSitemapPage(`https://n.org${routeHref('/sub/', route)}`, options), route.kind).toBe(route.kind !== 'notFound');
    }
    expect(isSitemapPage('https://n.org/sub/topics/old-kubeflow/', options)).toBe(false);
  });
});
