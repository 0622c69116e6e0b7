/**
 * A pool of worker threads that work through a queue of jobs, each of which writes its result into a cache file
 * that the build then reads: the share images (src/node/share-image-pool.ts) and the compiled notes
 * (src/node/note-compile-pool.ts). Whoever needs a job's result waits for it, and that job moves to the front of
 * the queue; or takes a job no thread has started yet, to do it itself. A job or a worker that fails never fails the
 * build: whoever waits is told, and does the work itself.
 * A thread ends as soon as the queue is empty, so the pool never keeps the build's process alive.
 */
import { performance } from 'node:perf_hooks';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** What a pool's worker answers for each job it was sent. */
export type WorkerJobResult = { key: string; ok: true } | { key: string; ok: false; error: string };

/**
 * What a pool's worker posts once it has loaded what it needs: only then is it handed a job, so a job never waits in a
 * thread that is still starting while the caller could take it (`take`).
 */
export const WORKER_READY = { ready: true } as const;

interface QueuedJob<Message> {
  key: string;
  message: Message;
  done: Promise<void>;
  settle(error?: Error): void;
}

export interface WorkerPool {
  /** Jobs the pool was given. */
  jobs: number;
  /** Threads started (at most one per job). */
  threads: number;
  /**
   * Settles when the job `key` is done (its result is in the cache) or given up (rejects: do it yourself);
   * undefined when the pool has no such job left. Moves the job to the front of the queue.
   */
  waitFor(key: string): Promise<void> | undefined;
  /** Takes the job `key` off the queue if no thread has started it, for the caller to do: true when it did. */
  take(key: string): boolean;
  /** Settles when every job is done or given up, with the milliseconds since the pool started. */
  finished: Promise<number>;
  /** Jobs the threads have done so far (the others were given up, or are not done yet). */
  done(): number;
  /** Stops the threads; jobs not done yet are given up. */
  stop(): Promise<void>;
}

export interface WorkerPoolOptions<Message> {
  /** The worker module: it answers every message with a `WorkerJobResult`. */
  worker: URL;
  /** Handed to every thread as `workerData`. */
  workerData?: unknown;
  /** Each job's key (unique) and the message that asks a worker to do it. */
  jobs: readonly { key: string; message: Message }[];
  threads: number;
  /** The heap limits of each thread (Node's `resourceLimits`); a thread that exceeds them stops, and its jobs are given up. */
  resourceLimits?: ResourceLimits;
  /** Told when a job fails (`key` set) or a whole thread stops (its jobs are given up). */
  failed?: (problem: { key?: string; reason: string }) => void;
}

export function startWorkerPool<Message>({
  worker: workerUrl,
  workerData,
  jobs: given,
  threads: wanted,
  resourceLimits,
  failed = () => undefined,
}: WorkerPoolOptions<Message>): WorkerPool {
  const started = performance.now();
  let finish!: (ms: number) => void;
  const finished = new Promise<number>((resolve) => (finish = resolve));
  const queue: QueuedJob<Message>[] = [];
  const jobs = new Map<string, QueuedJob<Message>>();
  for (const { key, message } of given) {
    if (jobs.has(key)) continue;
    let settle!: QueuedJob<Message>['settle'];
    const done = new Promise<void>((resolve, reject) => {
      settle = (error) => (error ? reject(error) : resolve());
    });
    // Nobody may wait for a job that fails (its page is never built): that rejection is expected.
    done.catch(() => undefined);
    const job: QueuedJob<Message> = {
      key,
      message,
      done,
      settle: (error) => {
        jobs.delete(key);
        settle(error);
        // The last job settled: finished, without waiting for the threads to end.
        if (jobs.size === 0) finish(performance.now() - started);
      },
    };
    queue.push(job);
    jobs.set(key, job);
  }

  const threads = Math.max(0, Math.min(wanted, queue.length));
  const running = new Set<Worker>();
  let done = 0;
  const giveUpIfIdle = () => {
    if (running.size > 0) return;
    // No thread left (all done, or all failed): whoever waits does what is still queued.
    for (const job of queue.splice(0)) job.settle(new Error('no worker thread left'));
    finish(performance.now() - started);
  };

  for (let i = 0; i < threads; i++) {
    const worker = new Worker(workerUrl, { workerData, ...(resourceLimits ? { resourceLimits } : {}) });
    let current: QueuedJob<Message> | undefined;
    const next = () => {
      current = queue.shift();
      if (current) worker.postMessage(current.message);
      else void worker.terminate();
    };
    worker.on('message', (result: WorkerJobResult | typeof WORKER_READY) => {
      if ('ready' in result) return next();
      if (result.ok) done++;
      else failed({ key: result.key, reason: result.error });
      current?.settle(result.ok ? undefined : new Error(result.error));
      next();
    });
    worker.on('error', (error) => {
      failed({ reason: error.message });
      current?.settle(error);
    });
    worker.on('exit', () => {
      current?.settle(new Error('the worker thread stopped'));
      current = undefined;
      running.delete(worker);
      giveUpIfIdle();
    });
    running.add(worker);
  }
  if (threads === 0) giveUpIfIdle();

  return {
    jobs: jobs.size,
    threads,
    waitFor(key) {
      const job = jobs.get(key);
      if (!job) return undefined;
      const position = queue.indexOf(job);
      if (position > 0) queue.unshift(...queue.splice(position, 1));
      return job.done;
    },
    take(key) {
      const job = jobs.get(key);
      const position = job ? queue.indexOf(job) : -1;
      if (position < 0) return false;
      queue.splice(position, 1);
      job!.settle(new Error('done by the caller'));
      return true;
    },
    finished,
    done: () => done,
    stop: async () => {
      await Promise.all([...running].map((worker) => worker.terminate()));
    },
  };
}
