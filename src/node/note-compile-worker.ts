/**
 * A worker thread of the note-compile pool (src/node/note-compile-pool.ts): builds the notes' Markdown processor
 * (the one astro.config.mjs uses, without the cache wrapper, which is the main thread's) over its own analysis of the
 * content, and compiles one note per message into the compiled-note cache.
 *
 * Its own analysis, because the site the content check published lives in the main thread (src/node/site-store.ts):
 * the content cannot change during a build, so it is the same site.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { MarkdownProcessor } from 'astro/markdown';
import { loadSite } from './load-site.ts';
import { notesProcessor } from './markdown-pipeline.ts';
import { storeCompiledNote } from './mdx-cache.ts';
import { fromWorkerData, type NoteCompileJob, type NoteCompileWorkerData } from './note-compile-pool.ts';
import { WORKER_READY, type WorkerJobResult } from './worker-pool.ts';

type MdxShared = Parameters<NonNullable<MarkdownProcessor['createMdxRenderer']>>;

const { base, shared, mdx } = workerData as NoteCompileWorkerData;
const processor = notesProcessor({ base, site: loadSite({ production: true }) });
const renderer = await processor.createMdxRenderer!(...([fromWorkerData(shared), fromWorkerData(mdx)] as MdxShared));

parentPort?.on('message', async ({ file, id, content, frontmatter }: NoteCompileJob) => {
  let result: WorkerJobResult;
  try {
    storeCompiledNote(file, await renderer.process(content, id, frontmatter));
    result = { key: file, ok: true };
  } catch (error) {
    result = { key: file, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(result);
});
parentPort?.postMessage(WORKER_READY);
