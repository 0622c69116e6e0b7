/**
 * Reads the note bodies a content check needs and the body cache does not hold (a fresh clone, a new Astro cache) on
 * every core: worker threads (src/node/worker-pool.ts, each taking its next body itself) from the start of the list,
 * the main thread from its end. Parsing MDX takes a few milliseconds a note, most of a cold check; what is read goes
 * into the cache, which the check then reads from as usual. Output is the same as reading on the main thread: a
 * body a worker does not answer is read here.
 */
import { readNoteBody, type NoteBody } from '../lib/note-body.ts';
import type { BodyCache } from './body-cache.ts';
import type { BodyJob } from './note-body-worker.ts';
import { startWorkerPool } from './worker-pool.ts';

/** Fewer than this many bodies to read are read on the main thread: a worker takes about half a second to load. */
export const BODIES_FOR_WORKERS = 200;

/** Reads the bodies `cache` is missing, with `workers` threads besides this one: how many, and how many in workers. */
export async function readMissingBodies(
  cache: BodyCache,
  bodies: readonly string[],
  workers: number,
): Promise<{ read: number; inWorkers: number }> {
  const missing = cache.missing(bodies);
  let inWorkers = 0;
  if (workers > 0 && missing.length >= BODIES_FOR_WORKERS) {
    const pool = startWorkerPool<BodyJob>({
      worker: new URL('./note-body-worker.ts', import.meta.url),
      jobs: missing.map((body, index) => ({ key: String(index), message: { index, body } })),
      threads: workers,
      selfServe: true,
      answered: (key, read) => {
        cache.add(missing[Number(key)]!, read as NoteBody);
        inWorkers++;
      },
    });
    // From the end, so that the threads (from the start) and this one meet somewhere in the middle.
    for (let index = missing.length - 1; index >= 0; index--) {
      if (pool.take(String(index))) cache.add(missing[index]!, readNoteBody(missing[index]!));
    }
    await pool.finished;
  }
  // Everything when there are no workers; else what a worker failed or gave up.
  for (const body of cache.missing(missing)) cache.add(body, readNoteBody(body));
  return { read: missing.length, inWorkers };
}
