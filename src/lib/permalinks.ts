/**
 * Links that never break: a committed manifest (`content/permalinks.json`) of every URL and heading anchor the
 * site has published. The check fails when one of them would disappear without an alias, and says how to fix it;
 * `npm run permalinks` records new URLs and drops old ones only when asked to.
 */
import type { Diagnostic } from './diagnostics.ts';
import { parseRoute, publishedPages, type PublishedContent } from './routes.ts';
import { compareCodePoints } from './compare.ts';

/** Site path (without the base path) → the heading anchors published on it. */
export type PublishedUrls = Record<string, string[]>;

export interface PermalinkManifest {
  urls: PublishedUrls;
}

const MANIFEST_NOTE = 'Every URL and heading anchor this site has published. Update it with: npm run permalinks';

/** The URLs and anchors the current content publishes (drafts left out by the caller): every page of the route table. */
export function currentUrls(notes: PublishedContent['notes']): PublishedUrls {
  return sortUrls(Object.fromEntries([...publishedPages({ notes })].map(([url, anchors]) => [url, [...anchors]])));
}

function sortUrls(urls: PublishedUrls): PublishedUrls {
  return Object.fromEntries(
    Object.entries(urls)
      .sort(([a], [b]) => compareCodePoints(a, b))
      .map(([url, anchors]) => [url, [...new Set(anchors)].sort(compareCodePoints)]),
  );
}

/** Reads the manifest; a syntax or shape problem is returned as a message with its line. */
export function parseManifest(source: string): { manifest?: PermalinkManifest; problem?: { line: number; message: string } } {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? source.slice(0, Number(position[1])).split('\n').length : 1;
    return { problem: { line, message: `is not valid JSON (${message})` } };
  }
  const urls = (data as { urls?: unknown } | null)?.urls;
  if (!urls || typeof urls !== 'object' || Array.isArray(urls)) return { problem: { line: 1, message: 'has no "urls" object' } };
  for (const [url, anchors] of Object.entries(urls)) {
    if (!Array.isArray(anchors) || anchors.some((a) => typeof a !== 'string')) {
      return {
        problem: { line: lineOfUrl(source, url), message: `lists the anchors of "${url}" as something other than a list of strings` },
      };
    }
  }
  return { manifest: { urls: urls as PublishedUrls } };
}

/** The slug of a topic URL of the manifest (`/topics/kubeflow/` → `kubeflow`), which an alias may keep alive. */
function topicOf(url: string): string | undefined {
  const route = parseRoute('/', url);
  return route?.kind === 'topic' ? route.slug : undefined;
}

/** One URL per line, sorted, so the manifest diffs well in review. */
export function formatManifest(manifest: PermalinkManifest): string {
  const entries = Object.entries(sortUrls(manifest.urls)).map(([url, anchors]) => `    ${JSON.stringify(url)}: ${JSON.stringify(anchors)}`);
  return `{\n  "note": ${JSON.stringify(MANIFEST_NOTE)},\n  "urls": {\n${entries.join(',\n')}\n  }\n}\n`;
}

function lineOfUrl(source: string, url: string): number {
  const index = source.indexOf(JSON.stringify(url));
  return index === -1 ? 1 : source.slice(0, index).split('\n').length;
}

/**
 * Every published URL or anchor that the current content would lose. A topic URL survives when its slug is
 * now an alias of a note (the alias page redirects there).
 */
export function checkPermalinks(
  file: string,
  source: string,
  manifest: PermalinkManifest,
  current: PublishedUrls,
  aliases: ReadonlyMap<string, string>,
): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const [url, anchors] of Object.entries(manifest.urls)) {
    const line = lineOfUrl(source, url);
    const topic = topicOf(url);
    const now = current[url];
    if (now === undefined) {
      if (topic !== undefined && aliases.has(topic)) continue;
      found.push({
        severity: 'error',
        file,
        line,
        field: 'permalinks',
        code: 'published-url-removed',
        message: `${url} was published but would now disappear`,
        hint:
          topic !== undefined
            ? `If you renamed or merged the note, add "${topic}" to the new note's aliases so the old link redirects; to remove it on purpose, run npm run permalinks -- --drop ${url}`
            : `Restore the page, or remove it on purpose with npm run permalinks -- --drop ${url}`,
      });
      continue;
    }
    for (const anchor of anchors) {
      if (now.includes(anchor)) continue;
      found.push({
        severity: 'error',
        file,
        line,
        field: 'permalinks',
        code: 'published-anchor-removed',
        message: `${url}#${anchor} was published but that heading is gone`,
        hint: `Keep a heading whose id is "${anchor}", or remove the anchor on purpose with npm run permalinks -- --drop ${url}#${anchor}`,
      });
    }
  }
  return found.length > MASS_REMOVAL_THRESHOLD ? [massRemoval(file, found)] : found;
}

/** More lost URLs than this at once is one problem (notes deleted in bulk), not a wall of them. */
export const MASS_REMOVAL_THRESHOLD = 10;

/** How many lost URLs the mass-removal diagnostic names before "and N more". */
const MASS_REMOVAL_SHOWN = 3;

function massRemoval(file: string, lost: readonly Diagnostic[]): Diagnostic {
  // The lost URL is the first word of each message ("/tags/a/ was published …", "/topics/a/#b was published …").
  const urls = lost.map((d) => d.message.split(' ')[0]!);
  const shown = urls.slice(0, MASS_REMOVAL_SHOWN).join(', ');
  return {
    severity: 'error',
    file,
    line: lost[0]!.line,
    field: 'permalinks',
    code: 'published-urls-mass-removed',
    message: `${urls.length} published URLs and anchors would disappear at once: ${shown} and ${urls.length - MASS_REMOVAL_SHOWN} more`,
    hint:
      'If the notes were deleted by mistake, restore them (git restore content/); to start a roadmap of your own, run npm run init; ' +
      'to forget every missing URL on purpose, run npm run permalinks -- --forget-missing',
  };
}

/** `/topics/a/` or `/topics/a/#b` → which URL and (optionally) which anchor. */
function splitDrop(drop: string): { url: string; anchor: string | undefined } {
  const hash = drop.indexOf('#');
  return hash === -1 ? { url: drop, anchor: undefined } : { url: drop.slice(0, hash), anchor: drop.slice(hash + 1) };
}

/**
 * The manifest after recording the current URLs: everything published before stays unless it still exists,
 * is covered by an alias, or is listed in `drops`. Returns what would be lost so the command can refuse.
 */
export function updateManifest(
  previous: PermalinkManifest | undefined,
  current: PublishedUrls,
  aliases: ReadonlyMap<string, string>,
  drops: readonly string[],
): { manifest: PermalinkManifest; lost: string[]; unknownDrops: string[] } {
  const urls: PublishedUrls = structuredClone(current);
  const lost: string[] = [];
  const dropSet = new Set(drops);
  const used = new Set<string>();
  for (const [url, anchors] of Object.entries(previous?.urls ?? {})) {
    const topic = topicOf(url);
    if (urls[url] === undefined) {
      if (dropSet.has(url)) used.add(url);
      else if (topic !== undefined && aliases.has(topic)) urls[url] = anchors;
      else {
        lost.push(url);
        urls[url] = anchors;
      }
      continue;
    }
    for (const anchor of anchors) {
      if (urls[url]!.includes(anchor)) continue;
      const key = `${url}#${anchor}`;
      if (dropSet.has(key) || dropSet.has(url)) used.add(dropSet.has(key) ? key : url);
      else {
        lost.push(key);
        urls[url]!.push(anchor);
      }
    }
  }
  const unknownDrops = drops.filter((d) => !used.has(d) && !(splitDrop(d).url in (previous?.urls ?? {})));
  return { manifest: { urls: sortUrls(urls) }, lost, unknownDrops };
}
