/**
 * URLs of the site. `topicHref` is the only code that builds a topic URL; every helper takes the base path
 * (Astro's `import.meta.env.BASE_URL`, e.g. `/` or `/sub/`) so the site works under any base.
 */

/** `/sub` or `sub/` or `` → `/sub/`; always one leading and one trailing slash. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A site path (`roadmap/`, `/tags/x/`) under the base. */
export function sitePath(base: string, path: string): string {
  return normalizeBase(base) + path.replace(/^\/+/, '');
}

export function topicHref(base: string, slug: string, anchor?: string): string {
  return sitePath(base, `topics/${slug}/`) + (anchor ? `#${anchor}` : '');
}

export function tagHref(base: string, tag: string): string {
  return sitePath(base, `tags/${tag}/`);
}

/** An absolute URL from a site origin (`SITE_URL`) and a path that already includes the base. */
export function absoluteUrl(site: string, path: string): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}

/** `/review/`: the spaced-review page. */
export function reviewHref(base: string): string {
  return sitePath(base, 'review/');
}

/** `/weeks/`, or one week's digest: `/weeks/2026-W48/`. */
export function weekHref(base: string, weekId?: string): string {
  return sitePath(base, weekId ? `weeks/${weekId}/` : 'weeks/');
}

/** `/portfolio/`: what was built, by phase. */
export function portfolioHref(base: string): string {
  return sitePath(base, 'portfolio/');
}
