/**
 * Builds the Pagefind search index of a built site into `<outDir>/pagefind/`. Only topic pages and weekly digests
 * are indexed (they mark their content with `data-pagefind-body`), so navigation chrome, lists and drafts (never
 * built) stay out of the results.
 *
 * Pagefind runs in a process of its own, and the build keeps most of its memory until it exits. So `npm run build`
 * (scripts/build.ts) runs `astro build` as its child and indexes the site once that child has ended: the build hands
 * it, over the IPC channel, the folder to index and the record of the build, which must include the index.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';
import { INDEX_AFTER_BUILD_VARIABLE, type BuildRecord } from '../lib/build-record.ts';
import { SEARCH_INDEX_FOLDER } from '../lib/routes.ts';

/** What the build tells `npm run build`. */
export type AfterBuildMessage = { kind: 'index'; outDir: string } | { kind: 'record'; record: BuildRecord };

/** True when `npm run build` runs this build and makes the search index after it. */
export function indexAfterBuild(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[INDEX_AFTER_BUILD_VARIABLE] === '1' && typeof process.send === 'function';
}

/** Hands `message` to `npm run build`; settles once it is sent, so the build may exit right after. */
export function tellBuildCommand(message: AfterBuildMessage): Promise<void> {
  return new Promise((resolve, reject) => process.send!(message, undefined, {}, (error) => (error ? reject(error) : resolve())));
}

/** Indexes every page under `outDir`; returns how many it indexed. */
export async function buildSearchIndex(outDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(outDir, SEARCH_INDEX_FOLDER) });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

export function indexedLine(pages: number): string {
  return `Indexed ${pages} pages for search.`;
}
