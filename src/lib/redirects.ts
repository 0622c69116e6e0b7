/**
 * `_redirects`, the file of redirect rules that Netlify and Cloudflare Pages read from the published folder: one
 * 301 from each alias (a former slug) to its note, under the base path. The alias's redirect page stays for every
 * other host (and answers where a host serves files before rules).
 */
import { topicHref } from './urls.ts';
import { compareCodePoints } from './compare.ts';

/** One rule per alias: `/base/topics/<alias>/ /base/topics/<slug>/ 301`, sorted by alias for a stable file. */
export function redirectRules(notes: readonly { slug: string; aliases: readonly string[] }[], base: string): string {
  const rules = notes
    .flatMap((note) => note.aliases.map((alias) => ({ alias, slug: note.slug })))
    .sort((a, b) => compareCodePoints(a.alias, b.alias))
    .map(({ alias, slug }) => `${topicHref(base, alias)} ${topicHref(base, slug)} 301`);
  return [
    '# Former slugs of notes (aliases) and where they moved, for Netlify and Cloudflare Pages. Written by the build.',
    ...rules,
    '',
  ].join('\n');
}
