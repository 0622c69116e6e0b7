/**
 * The named URL builders pages and components call, each a thin layer over the route table (`routes.ts`). Every
 * helper takes the base path (`base` from src/data/base.ts, e.g. `/` or `/sub/`) so the site works under any base.
 */
import { routeHref } from './routes.ts';

export { absoluteUrl, normalizeBase, phaseHref, sitePath, timelineHref } from './routes.ts';

export function topicHref(base: string, slug: string, anchor?: string): string {
  return routeHref(base, { kind: 'topic', slug }, anchor);
}

export function tagHref(base: string, tag: string): string {
  return routeHref(base, { kind: 'tag', tag });
}

/** `/review/`: the spaced-review page. */
export function reviewHref(base: string): string {
  return routeHref(base, { kind: 'review' });
}

/** `/weeks/`, or one week's digest: `/weeks/2026-W48/`. */
export function weekHref(base: string, weekId?: string): string {
  return routeHref(base, weekId ? { kind: 'week', week: weekId } : { kind: 'weeks' });
}

/** `/portfolio/`: what was built, by phase. */
export function portfolioHref(base: string): string {
  return routeHref(base, { kind: 'portfolio' });
}
