/**
 * The route table: every URL the site has, one entry per kind of page or file, that both builds the URL and parses
 * a path back to its kind and parameters. The link checker, the published-URL manifest, the sitemap filter, the
 * feeds, share images, redirects and navigation all read it, so a new page type is its page, its component and one
 * entry here (with the pages it publishes for the content, which the manifest then protects).
 *
 * Paths are as written: nothing is percent-encoded or decoded. Every builder takes the base path (`/` or `/sub/`).
 */
import { LINK_PREVIEW_SCRIPT, PREVIEW_FILE } from './link-preview.ts';
import { isoWeekOf } from './weeks.ts';

/** A route without parameters. */
type NoParams = Record<never, never>;

/** The kinds of route without parameters (what each one is, is said at its entry in `ROUTES`). */
type FixedKind =
  | 'home'
  | 'roadmap'
  | 'timeline'
  | 'tags'
  | 'review'
  | 'weeks'
  | 'portfolio'
  | 'notFound'
  | 'rss'
  | 'weeksRss'
  | 'calendar'
  | 'robots'
  | 'sitemapIndex'
  | 'siteShareImage'
  | 'linkPreviewScript'
  | 'redirectRules';

/** The parameters of each kind of route. */
export type RouteParams = Record<FixedKind, NoParams> & {
  tag: { tag: string };
  /** A note's page, and the redirect page of each alias (a former slug) at the same place. */
  topic: { slug: string };
  week: { week: string };
  /** The parts of the sitemap (`sitemap-0.xml`), written by @astrojs/sitemap beside its index. */
  sitemapPart: { part: string };
  /** What a topic's link preview card shows. */
  topicPreview: { slug: string };
  /** The share images (1200×630) of a topic and of a week; `siteShareImage` serves every other page. */
  topicShareImage: { slug: string };
  weekShareImage: { week: string };
  /** A file of the Pagefind search bundle: `pagefind/pagefind.js` and the index it loads. */
  search: { file: string };
};

export type RouteKind = keyof RouteParams;

/** One URL of the site: its kind and parameters, e.g. `{ kind: 'topic', slug: 'kubeflow' }`. */
export type Route = { [K in RouteKind]: { kind: K } & RouteParams[K] }[RouteKind];

/** What the current content publishes, as the manifest of published URLs needs it (drafts left out by the caller). */
export interface PublishedContent {
  notes: readonly {
    slug: string;
    tags: readonly string[];
    headings: readonly { depth: number; id: string }[];
    log?: readonly { date: string }[];
  }[];
}

/** One published page: its parameters and the heading anchors on it. */
export interface PublishedPage<K extends RouteKind> {
  params: RouteParams[K];
  anchors?: readonly string[];
}

export interface RouteDefinition<K extends RouteKind> {
  /** The path under the base, with `{name}` for each parameter: `topics/{slug}/`. */
  pattern: string;
  /** What each parameter may be when a path is parsed (and must be when one is built). */
  params: { [P in keyof RouteParams[K]]: RegExp };
  /** `page`: an HTML page a reader opens; `file`: something the build writes (a feed, an image, data). */
  type: 'page' | 'file';
  /** Whether a note may link to it as a page of the site (`/roadmap/`, `/rss.xml`); files are checked as files. */
  linkable: boolean;
  /**
   * The pages of this kind the content publishes, which the manifest of published URLs protects; `false` for one
   * that is never protected. Required for every page, so a new page type cannot be left out by omission.
   */
  published: ((content: PublishedContent) => Iterable<PublishedPage<K>>) | false;
  /** Whether the sitemap lists it (pages only). */
  sitemap: boolean;
  /** Other paths of the same file: Astro names the not-found page's route `404/`. */
  alsoAt?: readonly string[];
}

// A slug as a link may write it: anything up to the next `/`, so an unknown slug is reported as an unknown note.
const SEGMENT = /[^/#?]+/;
const TAG = /[a-z0-9-]+/;
const WEEK = /\d{4}-W\d{2}/;

/** The folder of the search bundle inside the built site, where the search integration writes it. */
export const SEARCH_INDEX_FOLDER = 'pagefind';

const single = [{ params: {} }];
const page = { type: 'page', linkable: true, published: () => single, sitemap: true } as const;
const file = { type: 'file', linkable: false, published: false, sitemap: false } as const;

/** Every route of the site. Parsing tries them in this order. */
export const ROUTES: { readonly [K in RouteKind]: RouteDefinition<K> } = {
  home: { ...page, pattern: '', params: {} },
  roadmap: { ...page, pattern: 'roadmap/', params: {} },
  timeline: { ...page, pattern: 'timeline/', params: {} },
  // The tag index is published once some note has a tag.
  tags: { ...page, pattern: 'tags/', params: {}, published: ({ notes }) => (notes.some((n) => n.tags.length) ? single : []) },
  tag: {
    ...page,
    pattern: 'tags/{tag}/',
    params: { tag: TAG },
    published: ({ notes }) => unique(notes.flatMap((n) => n.tags)).map((tag) => ({ params: { tag } })),
  },
  topic: {
    ...page,
    pattern: 'topics/{slug}/',
    params: { slug: SEGMENT },
    // h2–h4 carry the visible anchor links readers copy.
    published: ({ notes }) =>
      notes.map((n) => ({ params: { slug: n.slug }, anchors: n.headings.filter((h) => h.depth >= 2 && h.depth <= 4).map((h) => h.id) })),
  },
  review: { ...page, pattern: 'review/', params: {} },
  weeks: { ...page, pattern: 'weeks/', params: {} },
  week: {
    ...page,
    pattern: 'weeks/{week}/',
    params: { week: WEEK },
    // Every week with a log entry has its digest page.
    published: ({ notes }) =>
      unique(notes.flatMap((n) => (n.log ?? []).map((entry) => isoWeekOf(entry.date).id))).map((week) => ({ params: { week } })),
  },
  portfolio: { ...page, pattern: 'portfolio/', params: {} },
  // Served for every unknown URL: never a link target, never in the sitemap or the manifest.
  notFound: { ...page, pattern: '404.html', params: {}, linkable: false, published: false, sitemap: false, alsoAt: ['404/', '404'] },
  // The RSS feeds of the notes and of the weekly digests, and the study plan as an iCalendar feed.
  rss: { ...file, pattern: 'rss.xml', params: {}, linkable: true },
  weeksRss: { ...file, pattern: 'weeks/rss.xml', params: {}, linkable: true },
  calendar: { ...file, pattern: 'timeline.ics', params: {}, linkable: true },
  robots: { ...file, pattern: 'robots.txt', params: {} },
  // Written by @astrojs/sitemap.
  sitemapIndex: { ...file, pattern: 'sitemap-index.xml', params: {} },
  sitemapPart: { ...file, pattern: 'sitemap-{part}.xml', params: { part: /\d+/ } },
  topicPreview: { ...file, pattern: `topics/{slug}/${PREVIEW_FILE}`, params: { slug: SEGMENT } },
  topicShareImage: { ...file, pattern: 'og/topics/{slug}.png', params: { slug: SEGMENT } },
  weekShareImage: { ...file, pattern: 'og/weeks/{week}.png', params: { week: WEEK } },
  siteShareImage: { ...file, pattern: 'og/site.png', params: {} },
  // The link preview cards' script, bundled by an endpoint.
  linkPreviewScript: { ...file, pattern: LINK_PREVIEW_SCRIPT, params: {} },
  search: { ...file, pattern: `${SEARCH_INDEX_FOLDER}/{file}`, params: { file: /[^#?]+/ } },
  // The rules of aliases' redirects that Netlify and Cloudflare Pages read.
  redirectRules: { ...file, pattern: '_redirects', params: {} },
};

export const ROUTE_KINDS = Object.keys(ROUTES) as RouteKind[];

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** `/sub` or `sub/` or `` → `/sub/`; always one leading and one trailing slash. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A site path (`roadmap/`, `/tags/x/`) under the base. For files of `public/`; pages go through `routeHref`. */
export function sitePath(base: string, path: string): string {
  return normalizeBase(base) + path.replace(/^\/+/, '');
}

/** An absolute URL from a site origin (`SITE_URL`) and a path that already includes the base. */
export function absoluteUrl(site: string, path: string): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}

const PARAM = /\{(\w+)\}/g;

/** Each parameter's pattern, anchored, to check what a builder is given. */
const WHOLE_PARAM = new Map(
  ROUTE_KINDS.flatMap((kind) =>
    Object.entries(ROUTES[kind].params as Record<string, RegExp>).map(([name, regex]) => [
      `${kind}.${name}`,
      new RegExp(`^(?:${regex.source})$`),
    ]),
  ),
);

/** The path of a route under the base, without the base and its slash: `topics/kubeflow/`. */
export function routePath(route: Route): string {
  const params = route as unknown as Record<string, string | undefined>;
  return ROUTES[route.kind].pattern.replace(PARAM, (_, name: string) => {
    const value = params[name];
    const allowed = WHOLE_PARAM.get(`${route.kind}.${name}`)!;
    if (value === undefined || !allowed.test(value)) {
      throw new Error(`The ${route.kind} route needs a ${name} matching ${allowed}, not ${JSON.stringify(value)}.`);
    }
    return value;
  });
}

/** A route's URL under the base (`/sub/topics/kubeflow/`), with `#anchor` when one is given. */
export function routeHref(base: string, route: Route, anchor?: string): string {
  return normalizeBase(base) + routePath(route) + (anchor ? `#${anchor}` : '');
}

/** A route's absolute URL: `https://jane.github.io/sub/rss.xml`. */
export function routeUrl(origin: string, base: string, route: Route, anchor?: string): string {
  return absoluteUrl(origin, routeHref(base, route, anchor));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Matcher {
  kind: RouteKind;
  names: string[];
  regex: RegExp;
}

/** Each route's pattern (and other paths) as an anchored regular expression with one group per parameter. */
const MATCHERS: Matcher[] = ROUTE_KINDS.flatMap((kind) => {
  const definition = ROUTES[kind] as RouteDefinition<RouteKind>;
  return [definition.pattern, ...(definition.alsoAt ?? [])].map((pattern) => {
    const names: string[] = [];
    const source = pattern
      .split(PARAM)
      .map((part, i) => {
        if (i % 2 === 0) return escapeRegExp(part);
        names.push(part);
        return `(${(definition.params as Record<string, RegExp>)[part]!.source})`;
      })
      .join('');
    return { kind, names, regex: new RegExp(`^${source}$`) };
  });
});

/**
 * The route at a site path (`/sub/topics/kubeflow/`, without query or `#anchor`) under the base; undefined for a
 * path outside the base or one the site has no route for.
 */
export function parseRoute(base: string, path: string): Route | undefined {
  const prefix = normalizeBase(base);
  if (!path.startsWith(prefix)) return undefined;
  const within = path.slice(prefix.length);
  for (const { kind, names, regex } of MATCHERS) {
    const match = regex.exec(within);
    if (match) return { kind, ...Object.fromEntries(names.map((name, i) => [name, match[i + 1]!])) } as Route;
  }
  return undefined;
}

/** The definition of a route's kind. */
export function routeDefinition(kind: RouteKind): RouteDefinition<RouteKind> {
  return ROUTES[kind] as RouteDefinition<RouteKind>;
}

/** Every URL (path under the root, no base: `/topics/kubeflow/`) the content publishes → its heading anchors. */
export function publishedPages(content: PublishedContent): Map<string, readonly string[]> {
  const pages = new Map<string, readonly string[]>();
  for (const kind of ROUTE_KINDS) {
    const { published } = routeDefinition(kind);
    if (!published) continue;
    for (const { params, anchors } of published(content)) pages.set(routeHref('/', { kind, ...params } as Route), anchors ?? []);
  }
  return pages;
}

// Anchors that pages link to: a phase on the home page, a topic on the review page, the today marker and the event
// list of the timeline. Headings are anchors of their topic: `routeHref(base, { kind: 'topic', slug }, id)`.

/** The id of a phase's section on the home page. */
export function phaseAnchor(phaseId: string): string {
  return `phase-${phaseId}`;
}

/** A phase's section on the home page: `/sub/#phase-platforms`. */
export function phaseHref(base: string, phaseId: string): string {
  return routeHref(base, { kind: 'home' }, phaseAnchor(phaseId));
}

/** The id of a topic's questions on the review page. */
export function reviewAnchor(slug: string): string {
  return `review-${slug}`;
}

/** A topic's questions on the review page: `/sub/review/#review-kubeflow`. */
export function reviewTopicHref(base: string, slug: string): string {
  return routeHref(base, { kind: 'review' }, reviewAnchor(slug));
}

/** The ids on the timeline page that other pages link to. */
export const TIMELINE_ANCHORS = { today: 'today', events: 'events' } as const;

/** The timeline, or a place on it: `/sub/timeline/#today`. */
export function timelineHref(base: string, anchor?: keyof typeof TIMELINE_ANCHORS): string {
  return routeHref(base, { kind: 'timeline' }, anchor && TIMELINE_ANCHORS[anchor]);
}
