/**
 * Remark plugin: turns every link form of the contract into a base-aware link.
 *   [[slug]], [[slug|label]], [[slug#id]], [[slug#id|label]]   → /base/topics/<slug>/#id
 *   [text](./other.mdx#id), [text](/topics/slug/)             → the same URLs
 *   [text](https://…)                                          → marked as external
 * Validation happens before the build (src/lib/site-check.ts); here a link that does not resolve is left as written.
 * It resolves against the analysed site's link index, given as an option; heading ids are remarkHeadingIds' job.
 */
import type { Link, PhrasingContent, Root, Text } from 'mdast';
import type {} from 'mdast-util-to-hast';
import path from 'node:path';
import { visit } from 'unist-util-visit';
import { resolveHref, resolveWikilink, type LinkIndex, type Resolution } from '../lib/links.ts';
import { sitePath, topicHref } from '../lib/urls.ts';
import { findWikilinks } from '../lib/wikilinks.ts';
import { slugOfNoteFile } from '../lib/note-slug.ts';

/** What the plugin needs of the analysed site (src/lib/site-check.ts `AnalyzedSite` has both). */
export interface NoteLinkData {
  linkIndex: LinkIndex;
  /** A production build leaves drafts out: a link to one becomes its label as plain text. */
  production: boolean;
}

export interface NoteLinksOptions {
  /** The site's base path, e.g. `/` or `/sub/`. */
  base: string;
  /** The site's links, or a function that returns the current ones (the dev server re-analyses on every change). */
  site: NoteLinkData | (() => NoteLinkData);
}

/** The compiled file's path as the content check names it: relative to the project, even when outside it. */
export function noteFileOf(file: string | undefined): string {
  return path
    .relative(process.cwd(), file ?? '')
    .split(path.sep)
    .join('/');
}

function hrefOf(resolution: Resolution, base: string, production: boolean): string | undefined {
  switch (resolution.kind) {
    case 'note':
      return production && resolution.target.draft ? undefined : topicHref(base, resolution.target.slug, resolution.anchor);
    case 'self-anchor':
      return `#${resolution.anchor}`;
    case 'site-page':
      return sitePath(base, resolution.path);
    case 'external':
    case 'asset':
      return resolution.href;
    case 'broken':
      return undefined;
  }
}

function markExternal(link: Link): void {
  link.data = { ...link.data, hProperties: { ...link.data?.hProperties, className: ['external'] } };
  link.children.push({ type: 'html', value: '<span class="sr-only"> (external site)</span>' } as unknown as PhrasingContent);
}

export function remarkNoteLinks(options: NoteLinksOptions) {
  return (tree: Root, file: { path?: string; history?: string[] }) => {
    const { linkIndex: index, production } = typeof options.site === 'function' ? options.site() : options.site;
    const fromFile = noteFileOf(file.path ?? file.history?.[0]);
    const selfSlug = slugOfNoteFile(fromFile);

    visit(tree, 'link', (link: Link, position, parent) => {
      const resolution = resolveHref(index, link.url, fromFile, selfSlug);
      if (resolution.kind === 'external') {
        markExternal(link);
        return;
      }
      const href = hrefOf(resolution, options.base, production);
      if (href !== undefined) {
        link.url = href;
        return;
      }
      // A draft left out of this build: its text stays, as plain text (what the check's warning promises).
      if (resolution.kind !== 'note' || !parent || position === undefined) return;
      parent.children.splice(position, 1, ...link.children);
      return position + link.children.length;
    });

    visit(tree, 'text', (node: Text, position, parent) => {
      if (!parent || position === undefined || parent.type === 'link') return;
      const found = findWikilinks(node.value);
      if (!found.length) return;
      const replacement: PhrasingContent[] = [];
      let cursor = 0;
      for (const wikilink of found) {
        if (wikilink.index > cursor) replacement.push({ type: 'text', value: node.value.slice(cursor, wikilink.index) });
        const resolution = resolveWikilink(index, wikilink.target, wikilink.anchor, selfSlug);
        const label =
          wikilink.label ?? (resolution.kind === 'note' ? resolution.target.title : wikilink.target || `#${wikilink.anchor ?? ''}`);
        const href = hrefOf(resolution, options.base, production);
        replacement.push(
          href === undefined
            ? { type: 'text', value: label }
            : { type: 'link', url: href, children: [{ type: 'text', value: label }], data: { hProperties: { className: ['wikilink'] } } },
        );
        cursor = wikilink.index + wikilink.length;
      }
      if (cursor < node.value.length) replacement.push({ type: 'text', value: node.value.slice(cursor) });
      parent.children.splice(position, 1, ...replacement);
      return position + replacement.length;
    });
  };
}
