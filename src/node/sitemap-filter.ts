/**
 * The page filter of @astrojs/sitemap: leaves out the not-found page and the redirect pages of aliases. The
 * aliases come from the content on disk (the same analysis the build uses), read when the sitemap is written.
 */
import { isSitemapPage } from '../lib/feed.ts';
import { loadSite } from './load-site.ts';

/** A filter for `sitemap({ filter })` under the base path `base`. */
export function sitemapFilter(base: string): (page: string) => boolean {
  let aliases: Set<string> | undefined;
  return (page) => {
    aliases ??= new Set(loadSite({ production: true }).notes.flatMap((note) => note.aliases));
    return isSitemapPage(page, { base, aliases });
  };
}
