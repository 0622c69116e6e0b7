/**
 * The pages of a built site, read from its output folder: every `index.html` and `404.html`, as the site paths a
 * browser asks for. Shared by the quality gates (browser and file-based) and the scale tests.
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { normalizeBase, parseRoute, type RouteKind } from '../../src/lib/routes.ts';

export { normalizeBase };
import { compareCodePoints } from '../../src/lib/compare.ts';

/** One HTML page of a built site. */
export interface SitePage {
  /** Path of the file relative to the output folder, with forward slashes: `topics/docker/index.html`. */
  file: string;
  /** The site path a browser asks for, base path included: `/sub/topics/docker/`, `/sub/404.html`. */
  path: string;
}

/** Every page of the site in `dir`: each `index.html` (as its folder's URL) and `404.html`, sorted by path. */
export function sitePages(dir: string, base = '/'): SitePage[] {
  const prefix = normalizeBase(base);
  return globSync('**/{index,404}.html', { cwd: dir })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => !file.startsWith('pagefind/') && (file.endsWith('index.html') || file === '404.html'))
    .map((file) => ({ file, path: prefix + (file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file) }))
    .sort((a, b) => compareCodePoints(a.path, b.path));
}

/** Which template built a page, from its path (without the base): home, topic, roadmap, timeline, tags, tag, review,
 *  weeks, week, portfolio, 404. */
export type Template =
  'home' | 'topic' | 'roadmap' | 'timeline' | 'tags' | 'tag' | 'review' | 'weeks' | 'week' | 'portfolio' | '404' | 'other';

/** The template of each kind of page in the route table. */
const TEMPLATES: Partial<Record<RouteKind, Exclude<Template, 'other'>>> = {
  home: 'home',
  topic: 'topic',
  roadmap: 'roadmap',
  timeline: 'timeline',
  tags: 'tags',
  tag: 'tag',
  review: 'review',
  weeks: 'weeks',
  week: 'week',
  portfolio: 'portfolio',
  notFound: '404',
};

export function templateOf(sitePath: string, base = '/'): Template {
  const route = parseRoute(base, sitePath);
  return (route && TEMPLATES[route.kind]) ?? 'other';
}

/** Markers of the kinds of note content a topic page can hold; the richest page exercises the most styles. */
const CONTENT_FEATURES = [
  /<pre[\s>]/,
  /<table[\s>]/,
  /class="katex/,
  /class="callout/,
  /<details[\s>]/,
  /<img[\s>]/,
  /class="contains-task-list/,
];

/**
 * One page per template, for the checks that are too slow for every page (axe at two widths and two themes,
 * Lighthouse). The topic is the one with the most kinds of content (code, tables, math, callouts…), then the
 * first by path; the tag page is the tag with the most topics. Alias redirect pages are not topics.
 */
export function templatePages(dir: string, base = '/'): Record<Exclude<Template, 'other'>, string> {
  const pages = sitePages(dir, base);
  const html = (page: SitePage) => readFileSync(path.join(dir, page.file), 'utf8');
  const pick = (template: Template, score: (page: SitePage) => number) => {
    const candidates = pages.filter((p) => templateOf(p.path, base) === template).map((p) => ({ p, s: score(p) }));
    const best = candidates.sort((a, b) => b.s - a.s || compareCodePoints(a.p.path, b.p.path))[0];
    if (!best) throw new Error(`The site in ${dir} has no ${template} page.`);
    return best.p.path;
  };
  const isRedirect = (source: string) => /<meta http-equiv="refresh"/i.test(source);
  return {
    home: pick('home', () => 0),
    topic: pick('topic', (p) => {
      const source = html(p);
      return isRedirect(source) ? -1 : CONTENT_FEATURES.filter((feature) => feature.test(source)).length;
    }),
    roadmap: pick('roadmap', () => 0),
    timeline: pick('timeline', () => 0),
    tags: pick('tags', () => 0),
    tag: pick('tag', (p) => (html(p).match(/class="note-card"/g) ?? []).length),
    review: pick('review', () => 0),
    weeks: pick('weeks', () => 0),
    // The week with the most sessions.
    week: pick('week', (p) => (html(p).match(/<time /g) ?? []).length),
    portfolio: pick('portfolio', () => 0),
    '404': pick('404', () => 0),
  };
}
