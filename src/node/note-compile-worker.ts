/**
 * A worker thread of the note-compile pool (src/node/note-compile-pool.ts): loads the project's config once, takes
 * its Markdown processor (without the cache wrapper, which is the main thread's), and compiles one note per message
 * into the compiled-note cache.
 */
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { MarkdownProcessor } from 'astro/markdown';
import { storeCompiledNote, UNCACHED_PROCESSOR } from './mdx-cache.ts';
import { fromWorkerData, type NoteCompileJob, type NoteCompileWorkerData } from './note-compile-pool.ts';
import { WORKER_READY, type WorkerJobResult } from './worker-pool.ts';

type MdxShared = Parameters<NonNullable<MarkdownProcessor['createMdxRenderer']>>;

const { configFile, shared, mdx } = workerData as NoteCompileWorkerData;
const config = ((await import(pathToFileURL(configFile).href)) as { default: { markdown?: { processor?: Record<symbol, unknown> } } })
  .default;
const processor = config.markdown?.processor?.[UNCACHED_PROCESSOR] as MarkdownProcessor | undefined;
if (!processor?.createMdxRenderer) throw new Error(`${configFile} has no Markdown processor wrapped by withCompiledNoteCache`);
const renderer = await processor.createMdxRenderer(...([fromWorkerData(shared), fromWorkerData(mdx)] as MdxShared));

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
