/**
 * Compiles the notes of a build in worker threads, through the very same unified pipeline (each worker builds
 * `notesProcessor` of src/node/markdown-pipeline.ts over its own analysis of the content), as soon as Astro starts bundling: every worker writes
 * its notes into the compiled-note cache (src/node/mdx-cache.ts), and the MDX transform reads them from there,
 * waiting for a note still being compiled (which moves to the front of the queue), while the main thread compiles,
 * one at a time, the notes it waits for that no worker has started yet. The output is byte for byte the
 * one a single thread compiles (tests/build/parallel-compile.test.ts). `STUDY_NOTES_WORKERS` sets the number of
 * threads (default: one per core beyond two, src/lib/worker-pool-size.ts).
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { countLabel } from '../lib/plural.ts';
import { compilePoolSize, WORKERS_VARIABLE } from '../lib/worker-pool-size.ts';
import { compiledNoteFile } from './mdx-cache.ts';
import { startWorkerPool, type WorkerPool } from './worker-pool.ts';

/**
 * Below this many notes to compile, the main thread compiles them as the bundler asks: a worker needs about a second
 * to load the pipeline, more than a few notes take (a one-note edit, say).
 */
const FEWEST_NOTES_FOR_WORKERS = 3;

/** What a compile worker is given once: the base path links resolve under and the renderer's options, as plain data. */
export interface NoteCompileWorkerData {
  base: string;
  shared: unknown;
  mdx: unknown;
}

/** One note to compile: what the MDX transform will pass to the renderer, and the cache file to write. */
export interface NoteCompileJob {
  file: string;
  id: string;
  content: string;
  frontmatter: Record<string, unknown>;
}

/** URLs as `{ "@url": href }` (they cannot be posted to a thread); undefined when the value holds a function. */
export function toWorkerData(value: unknown): unknown {
  let portable = true;
  const copy = (item: unknown): unknown => {
    if (typeof item === 'function') portable = false;
    if (item instanceof URL) return { '@url': item.href };
    if (Array.isArray(item)) return item.map(copy);
    if (item && typeof item === 'object' && Object.getPrototypeOf(item) === Object.prototype)
      return Object.fromEntries(Object.entries(item).map(([key, v]) => [key, copy(v)]));
    return item;
  };
  const result = copy(value);
  return portable ? result : undefined;
}

/** The inverse of `toWorkerData`. */
export function fromWorkerData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromWorkerData);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0]![0] === '@url') return new URL(entries[0]![1] as string);
    return Object.fromEntries(entries.map(([key, v]) => [key, fromWorkerData(v)]));
  }
  return value;
}

// Astro's own log format (the processor has no Astro logger to write to): time, label, message.
const time = new Intl.DateTimeFormat([], { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
const log = (message: string) => process.stdout.write(`${time.format(new Date())} [mlops-study-notes:compiled-notes] ${message}\n`);

type ParseFrontmatter = (
  code: string,
  options: { frontmatter: 'empty-with-spaces' },
) => { frontmatter: Record<string, unknown>; content: string };

/** The frontmatter parser of the installed @astrojs/mdx itself, so a note is split exactly as its transform splits it. */
async function mdxFrontmatterParser(): Promise<ParseFrontmatter> {
  const require = createRequire(import.meta.resolve('@astrojs/mdx'));
  const helpers = (await import(require.resolve('@astrojs/internal-helpers/frontmatter'))) as { parseFrontmatter: ParseFrontmatter };
  return helpers.parseFrontmatter;
}

export interface NoteCompilePoolOptions {
  root: string;
  /** The site's base path, for the pipeline's links (src/node/markdown-pipeline.ts). */
  base: string;
  /** The compiled-note cache folder, and the key of everything but the note itself. */
  directory: string;
  context: string;
  /** The renderer options the MDX integration gave `createMdxRenderer`. */
  shared: unknown;
  mdx: unknown;
  /** Every note file of the analysed site, from the project root. Drafts too: the content layer compiles every note it loads. */
  noteFiles: readonly string[];
}

/** Starts compiling every note of the build that is not in the cache yet; undefined when the main thread does it all. */
export async function startNoteCompilePool({
  root,
  base,
  directory,
  context,
  shared,
  mdx,
  noteFiles,
}: NoteCompilePoolOptions): Promise<WorkerPool | undefined> {
  const size = compilePoolSize(process.env[WORKERS_VARIABLE], availableParallelism());
  const workerData: NoteCompileWorkerData = {
    base,
    shared: toWorkerData(shared),
    mdx: toWorkerData(mdx),
  };
  if (size === 0 || workerData.shared === undefined || workerData.mdx === undefined) return undefined;

  const parseFrontmatter = await mdxFrontmatterParser();
  const jobs: { key: string; message: NoteCompileJob }[] = [];
  for (const noteFile of noteFiles) {
    // The id the bundler gives the note's module: its real path, with forward slashes.
    const id = realpathSync(path.resolve(root, noteFile)).split(path.sep).join('/');
    const { frontmatter, content } = parseFrontmatter(readFileSync(id, 'utf8'), { frontmatter: 'empty-with-spaces' });
    const file = compiledNoteFile(directory, context, id, content, frontmatter);
    if (!existsSync(file)) jobs.push({ key: file, message: { file, id, content, frontmatter } });
  }
  if (jobs.length < FEWEST_NOTES_FOR_WORKERS) return undefined;

  const pool = startWorkerPool({
    worker: new URL('./note-compile-worker.ts', import.meta.url),
    workerData,
    jobs,
    threads: size,
    // A note that fails here is compiled again by the transform, which reports its error as usual.
    failed: ({ key, reason }) => {
      if (!key) process.stderr.write(`warning: a note-compiling worker thread stopped (${reason}); the main thread compiles its notes.\n`);
    },
  });
  store[RUNNING] = pool;
  log(`Compiling ${countLabel(pool.jobs, 'note')} in ${countLabel(pool.threads, 'worker thread')}.`);
  void pool.finished.then((ms) =>
    log(`Notes compiled in ${(ms / 1000).toFixed(2)}s: ${pool.done()} by the workers, ${pool.jobs - pool.done()} on the main thread.`),
  );
  return pool;
}

// The running pool, for the end of the build (the processor and the integrations are different module instances).
const RUNNING = Symbol.for('mlops-study-notes.note-compile-pool');
const store = globalThis as unknown as Record<symbol, WorkerPool | undefined>;

/**
 * At the end of a build: stops the note-compile workers (a note nothing asked for, such as a draft, is left undone)
 * and waits for the pool's closing log line.
 */
export async function stopNoteCompilePool(): Promise<void> {
  const pool = store[RUNNING];
  store[RUNNING] = undefined;
  if (!pool) return;
  await pool.stop();
  await pool.finished;
}
