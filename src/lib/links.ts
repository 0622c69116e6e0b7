/**
 * Resolving the links written in a note body to notes and headings, with a suggestion when one does not resolve.
 * Pure: the caller passes an index of the site.
 */
import { parseRoute, routeDefinition, routeHref } from './routes.ts';
import { closestMatch } from './suggest.ts';
import { slugOfNoteFile } from './note-slug.ts';

/** What link resolution needs to know about one note. */
export interface LinkTarget {
  slug: string;
  title: string;
  /** Path from the project root: `content/notes/platforms/kubeflow.mdx`. */
  file: string;
  headingIds: readonly string[];
  draft: boolean;
}

export interface LinkIndex {
  bySlug: ReadonlyMap<string, LinkTarget>;
  /** Former slug → current slug. */
  aliases: ReadonlyMap<string, string>;
  byFile: ReadonlyMap<string, LinkTarget>;
}

export function buildLinkIndex(targets: readonly LinkTarget[], aliases: ReadonlyMap<string, string>): LinkIndex {
  return {
    bySlug: new Map(targets.map((t) => [t.slug, t])),
    aliases,
    byFile: new Map(targets.map((t) => [t.file, t])),
  };
}

export type Resolution =
  | { kind: 'note'; target: LinkTarget; anchor?: string }
  | { kind: 'self-anchor'; anchor: string }
  | { kind: 'site-page'; path: string }
  | { kind: 'external'; href: string }
  | { kind: 'asset'; href: string }
  | { kind: 'broken'; code: string; message: string; hint: string };

// A URL scheme such as `https:` or `javascript:`.
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** Decodes `%20`-style escapes; a malformed one (`#100%`) is kept as written rather than crashing the check. */
function decodeAnchor(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function splitAnchor(href: string): { path: string; anchor: string | undefined } {
  const hash = href.indexOf('#');
  return hash === -1 ? { path: href, anchor: undefined } : { path: href.slice(0, hash), anchor: decodeAnchor(href.slice(hash + 1)) };
}

/** posix `dirname` + `join` + normalisation of `.` and `..`, without node:path. */
export function resolveRelativePath(fromFile: string, relative: string): string {
  const parts = fromFile.split('/').slice(0, -1);
  for (const segment of relative.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') parts.pop();
    else parts.push(segment);
  }
  return parts.join('/');
}

/** A relative path from `fromFile`'s folder to `file`, as an author writes it: `./chart.png`, `../img/x.png`. */
export function relativePathTo(fromFile: string, file: string): string {
  const from = fromFile.split('/').slice(0, -1);
  const to = file.split('/');
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared++;
  const up = from.length - shared;
  return `${up ? '../'.repeat(up) : './'}${to.slice(shared).join('/')}`;
}

function suggestion(slug: string | undefined): string {
  return slug !== undefined
    ? `Did you mean [[${slug}]]?`
    : 'Link a note as [[slug]], /topics/<slug>/ or its file (./other-note.mdx); put a file to download in public/ and link /<file>.';
}

function suggestSlug(index: LinkIndex, written: string): string {
  const match = closestMatch(written, [...index.bySlug.keys(), ...index.aliases.keys()]);
  return match === undefined ? 'Check the slug: it is the note file name without .mdx.' : `Did you mean "${match}"?`;
}

function resolveNote(target: LinkTarget, anchor: string | undefined): Resolution {
  if (anchor === undefined || anchor === '') return { kind: 'note', target };
  if (target.headingIds.includes(anchor)) return { kind: 'note', target, anchor };
  const match = closestMatch(anchor, target.headingIds);
  return {
    kind: 'broken',
    code: 'unknown-anchor',
    message: `"${target.slug}" has no heading with id "${anchor}"`,
    hint:
      match === undefined
        ? target.headingIds.length
          ? `Use one of its heading ids: ${target.headingIds.slice(0, 6).join(', ')}${target.headingIds.length > 6 ? ', …' : ''}.`
          : 'That note has no headings yet: link to the note without #.'
        : `Did you mean "#${match}"?`,
  };
}

function lookupSlug(index: LinkIndex, written: string): LinkTarget | undefined {
  return index.bySlug.get(written) ?? index.bySlug.get(index.aliases.get(written) ?? '');
}

export function resolveWikilink(index: LinkIndex, target: string, anchor: string | undefined, selfSlug: string): Resolution {
  if (target === '') {
    if (anchor) return resolveSelfAnchor(index, selfSlug, anchor);
    return {
      kind: 'broken',
      code: 'empty-link',
      message: 'the wikilink has no target',
      hint: 'Write the slug of a note, e.g. [[kubeflow]].',
    };
  }
  const note = lookupSlug(index, target);
  if (!note) {
    return { kind: 'broken', code: 'unknown-note', message: `no note has the slug "${target}"`, hint: suggestSlug(index, target) };
  }
  return resolveNote(note, anchor);
}

function resolveSelfAnchor(index: LinkIndex, selfSlug: string, anchor: string): Resolution {
  const self = index.bySlug.get(selfSlug);
  if (!self || self.headingIds.includes(anchor)) return { kind: 'self-anchor', anchor };
  const match = closestMatch(anchor, self.headingIds);
  return {
    kind: 'broken',
    code: 'unknown-anchor',
    message: `this note has no heading with id "${anchor}"`,
    hint: match === undefined ? 'Check the heading id: it is the heading text in lowercase with hyphens.' : `Did you mean "#${match}"?`,
  };
}

/** `/topics/kubeflow` as the topic it names. */
function topicWithoutSlash(path: string) {
  const route = parseRoute('/', `${path}/`);
  return route?.kind === 'topic' ? route : undefined;
}

/** Resolves the href of a Markdown link written in `fromFile`. */
export function resolveHref(index: LinkIndex, href: string, fromFile: string, selfSlug: string): Resolution {
  // A browser's URL parser drops tabs and newlines anywhere in a URL, so "java\tscript:" is javascript: to it.
  const scheme = SCHEME.exec(href.replace(/[\t\n\r]/g, ''))?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (SAFE_SCHEMES.has(scheme)) return { kind: 'external', href };
    return {
      kind: 'broken',
      code: 'unsafe-url',
      message: `${JSON.stringify(href)} uses the ${scheme}: scheme, which is not allowed`,
      hint: 'Link to an http(s) address, a note file or a page of this site.',
    };
  }
  if (href.startsWith('//')) return { kind: 'external', href: `https:${href}` };
  if (href.startsWith('#')) return resolveSelfAnchor(index, selfSlug, decodeAnchor(href.slice(1)));

  const { path, anchor } = splitAnchor(href);
  if (path.startsWith('/')) {
    // Links are written without the base path; a topic may be written without its trailing slash.
    const route = parseRoute('/', path) ?? topicWithoutSlash(path);
    if (route?.kind === 'topic') {
      const note = lookupSlug(index, route.slug);
      if (!note) {
        return {
          kind: 'broken',
          code: 'unknown-note',
          message: `no note has the slug "${route.slug}"`,
          hint: suggestSlug(index, route.slug),
        };
      }
      return resolveNote(note, anchor);
    }
    if (route && routeDefinition(route.kind).linkable) return { kind: 'site-page', path: path.slice(1) + (anchor ? `#${anchor}` : '') };
    // A file in public/ (`/diagrams/x.svg`): served as is, under the base path.
    if (/\.[a-z0-9]+$/i.test(path) && !/\.html?$/i.test(path)) return { kind: 'site-page', path: path.slice(1) };
    return {
      kind: 'broken',
      code: 'unknown-page',
      message: `"${path}" is not a page of this site`,
      hint: 'Link to a note as /topics/<slug>/ or [[slug]], or to /roadmap/, /timeline/ or /tags/.',
    };
  }

  if (/\.mdx?$/i.test(path)) {
    const file = resolveRelativePath(fromFile, path);
    const note = index.byFile.get(file);
    if (!note) {
      const wanted = slugOfNoteFile(path, /\.mdx?$/i);
      const sameSlug = index.bySlug.get(wanted);
      return {
        kind: 'broken',
        code: 'unknown-file',
        message: `no note file at "${file}"`,
        hint: sameSlug
          ? `The note "${wanted}" is at ${sameSlug.file}: fix the relative path, or write [[${wanted}]].`
          : suggestSlug(index, wanted),
      };
    }
    return resolveNote(note, anchor);
  }
  // A relative path without a file extension (`topics/kubeflow`, `../kubeflow/`) is no file the site has.
  const last = path.replace(/\/+$/, '').split('/').at(-1) ?? '';
  if (path !== '' && !/\.[a-z0-9]+$/i.test(last)) {
    const note = lookupSlug(index, last);
    return {
      kind: 'broken',
      code: 'not-a-note-file',
      message: `"${path}" is a relative path, not a note file`,
      hint: note
        ? `Write [[${note.slug}]] or ${routeHref('/', { kind: 'topic', slug: note.slug })} (or the file: ${relativePathTo(fromFile, note.file)}).`
        : suggestion(closestMatch(last, index.bySlug.keys())),
    };
  }
  return { kind: 'asset', href };
}
