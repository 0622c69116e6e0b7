/**
 * The page filter and serializer of @astrojs/sitemap: leaves out the not-found page and the redirect pages of
 * aliases, and gives each topic page its `lastmod` (the day its note was last committed, when the content is in
 * git). Both read the build's analysed site (src/node/site-store.ts) when the sitemap is written.
 */
import type { SitemapItem } from '@astrojs/sitemap';
import { isSitemapPage } from '../lib/feed.ts';
import { topicHref } from '../lib/urls.ts';
import { requirePublishedSite } from './site-store.ts';

/** A filter for `sitemap({ filter })` under the base path `base`. */
export function sitemapFilter(base: string): (page: string) => boolean {
  let aliases: Set<string> | undefined;
  return (page) => {
    aliases ??= new Set(requirePublishedSite().site.aliases.keys());
    return isSitemapPage(page, { base, aliases });
  };
}

/** A serializer for `sitemap({ serialize })` that adds `lastmod` to topic pages under the base path `base`. */
export function sitemapLastModified(base: string): (item: SitemapItem) => SitemapItem {
  let byPath: Map<string, string> | undefined;
  return (item) => {
    if (!byPath) {
      const { site, history } = requirePublishedSite();
      byPath = new Map(
        site.notes.flatMap((note) => {
          const date = history.lastChanged.get(note.file);
          return date ? [[topicHref(base, note.slug), date] as [string, string]] : [];
        }),
      );
    }
    const lastmod = byPath.get(new URL(item.url).pathname);
    return lastmod ? { ...item, lastmod } : item;
  };
}
