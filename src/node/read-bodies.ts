/**
 * Reads the note bodies a content check needs and the body cache does not hold (a fresh clone, a new Astro cache) on
 * every core: worker threads and the main thread take batches from one queue. Parsing MDX takes a few milliseconds a
 * note, most of a cold check; what is read goes into the cache, which the check then reads from as usual. Output is
 * the same as reading on the main thread: a batch a worker does not answer is read here.
 */
import { Worker } from 'node:worker_threads';
import { readNoteBody, type NoteBody } from '../lib/note-body.ts';
import type { BodyCache } from './body-cache.ts';
import type { BodyBatch } from './note-body-worker.ts';

/** Fewer than this many bodies to read are read on the main thread: a worker takes about half a second to load. */
export const BODIES_FOR_WORKERS = 200;
const BATCH = 16;

/** Reads the bodies `cache` is missing, with `workers` threads besides this one: how many, and how many in workers. */
export async function readMissingBodies(
  cache: BodyCache,
  bodies: readonly string[],
  workers: number,
): Promise<{ read: number; inWorkers: number }> {
  const missing = cache.missing(bodies);
  const parallel = workers > 0 && missing.length >= BODIES_FOR_WORKERS;
  const { reads, inWorkers } = parallel ? await readInParallel(missing, workers) : { reads: missing.map(readNoteBody), inWorkers: 0 };
  missing.forEach((body, i) => cache.add(body, reads[i]!));
  return { read: missing.length, inWorkers };
}

async function readInParallel(bodies: readonly string[], workers: number): Promise<{ reads: NoteBody[]; inWorkers: number }> {
  const reads: (NoteBody | undefined)[] = new Array(bodies.length);
  let inWorkers = 0;
  let next = 0;
  const nextBatch = (): BodyBatch | undefined => {
    if (next >= bodies.length) return undefined;
    const start = next;
    next = Math.min(bodies.length, next + BATCH);
    return { start, bodies: bodies.slice(start, next) };
  };
  const threads = Array.from({ length: workers }, () =>
    runWorker(nextBatch, (start, read) => {
      read.forEach((each, i) => (reads[start + i] = each));
      inWorkers += read.length;
    }),
  );
  // The main thread reads too, a batch at a time, yielding between batches so that a worker's answer (and its
  // request for the next batch) is handled at once.
  for (let batch = nextBatch(); batch; batch = nextBatch()) {
    batch.bodies.forEach((body, i) => (reads[batch!.start + i] = readNoteBody(body)));
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(threads);
  // Whatever a worker that failed was holding.
  return { reads: reads.map((read, i) => read ?? readNoteBody(bodies[i]!)), inWorkers };
}

/** One thread: asks for batches until there are none; settles when it is done or has failed. */
function runWorker(nextBatch: () => BodyBatch | undefined, answered: (start: number, reads: NoteBody[]) => void): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./note-body-worker.ts', import.meta.url));
    const finish = () => {
      void worker.terminate();
      resolve();
    };
    worker.on('message', (message: { ready: true } | { start: number; reads: NoteBody[] }) => {
      if ('reads' in message) answered(message.start, message.reads);
      const batch = nextBatch();
      if (batch) worker.postMessage(batch);
      else finish();
    });
    worker.on('error', finish);
    worker.on('exit', resolve);
  });
}
