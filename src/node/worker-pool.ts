/**
 * A pool of worker threads that work through a queue of jobs, each of which writes its result into a cache file
 * that the build then reads (the share images, src/node/share-image-pool.ts, and the compiled notes,
 * src/node/note-compile-pool.ts) or answers with it (`answered`: the note bodies, src/node/read-bodies.ts, and the
 * roadmap layout, src/node/roadmap-layout-ahead.ts). Whoever needs a job's result waits for it, and that job moves to the front of
 * the queue; or takes a job no thread has started yet, to do it itself. The threads are handed their jobs one by one,
 * or, with `selfServe`, take them themselves from a list they share. A job or a worker that fails never fails the
 * build: whoever waits is told, and does the work itself.
 * A thread ends as soon as the queue is empty, so the pool never keeps the build's process alive.
 */
import { performance } from 'node:perf_hooks';
import { parentPort, Worker, type ResourceLimits } from 'node:worker_threads';

/** What a pool's worker answers for each job it was sent. */
export type WorkerJobResult = { key: string; ok: true; value?: unknown } | { key: string; ok: false; error: string };

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
   * undefined when the pool has no such job left. Moves the job to the front of the queue (not with `selfServe`).
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

/**
 * What a pool that lets its threads serve themselves (`selfServe`) posts each thread first: every job, and one claim a
 * job shared by all threads (0: free; a thread's id, or -1 for the caller, once taken).
 */
export interface SelfServeJobs<Message> {
  selfServe: { claims: SharedArrayBuffer; jobs: readonly { key: string; message: Message }[]; id: number };
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
  /**
   * Each thread takes its next job itself, in the order given, from a list shared by every thread, instead of being
   * handed one by this thread: for a caller whose thread is busy for seconds at a time (Astro bundling), which would
   * leave the threads idle between jobs. `waitFor` then moves nothing forward; call `take` first. The worker module
   * serves its jobs with `serveJobs`.
   */
  selfServe?: boolean;
  /** Told each job's result when a thread has done it (what the worker's handler returned), before it settles. */
  answered?: (key: string, value: unknown) => void;
}

export function startWorkerPool<Message>({
  worker: workerUrl,
  workerData,
  jobs: given,
  threads: wanted,
  resourceLimits,
  failed = () => undefined,
  selfServe = false,
  answered = () => undefined,
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
  // Self-serve: the order of the jobs, and who has claimed each (Atomics, shared with every thread).
  const order = selfServe ? [...queue] : [];
  const position = new Map(order.map((job, i) => [job.key, i]));
  const claims = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * order.length));
  const claimForCaller = (job: QueuedJob<Message>) => Atomics.compareExchange(claims, position.get(job.key)!, 0, -1) === 0;
  const record = (result: WorkerJobResult, job: QueuedJob<Message> | undefined) => {
    if (result.ok) {
      done++;
      answered(result.key, result.value);
    } else {
      failed({ key: result.key, reason: result.error });
    }
    job?.settle(result.ok ? undefined : new Error(result.error));
  };
  const giveUpIfIdle = () => {
    if (running.size > 0) return;
    // No thread left (all done, or all failed): whoever waits does what is still queued.
    const left = selfServe ? order.filter((job) => jobs.has(job.key) && claimForCaller(job)) : queue.splice(0);
    for (const job of left) job.settle(new Error('no worker thread left'));
    finish(performance.now() - started);
  };

  for (let i = 0; i < threads; i++) {
    const worker = new Worker(workerUrl, { workerData, ...(resourceLimits ? { resourceLimits } : {}) });
    if (selfServe) {
      const id = i + 1;
      const jobList = order.map(({ key, message }) => ({ key, message }));
      worker.postMessage({ selfServe: { claims: claims.buffer as SharedArrayBuffer, jobs: jobList, id } } satisfies SelfServeJobs<Message>);
      worker.on('message', (result: WorkerJobResult | typeof WORKER_READY) => {
        if (!('ready' in result)) record(result, jobs.get(result.key));
      });
      worker.on('error', (error) => failed({ reason: error.message }));
      worker.on('exit', () => {
        // The jobs it claimed and did not finish.
        order.forEach((job, at) => {
          if (Atomics.load(claims, at) === id && jobs.has(job.key)) job.settle(new Error('the worker thread stopped'));
        });
        running.delete(worker);
        giveUpIfIdle();
      });
      running.add(worker);
      continue;
    }
    let current: QueuedJob<Message> | undefined;
    const next = () => {
      current = queue.shift();
      if (current) worker.postMessage(current.message);
      else void worker.terminate();
    };
    worker.on('message', (result: WorkerJobResult | typeof WORKER_READY) => {
      if (!('ready' in result)) record(result, current);
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
      const at = queue.indexOf(job);
      if (!selfServe && at > 0) queue.unshift(...queue.splice(at, 1));
      return job.done;
    },
    take(key) {
      const job = jobs.get(key);
      if (!job) return false;
      if (selfServe) {
        if (!claimForCaller(job)) return false;
      } else {
        const at = queue.indexOf(job);
        if (at < 0) return false;
        queue.splice(at, 1);
      }
      job.settle(new Error('done by the caller'));
      return true;
    },
    finished,
    done: () => done,
    stop: async () => {
      await Promise.all([...running].map((worker) => worker.terminate()));
    },
  };
}

/**
 * The worker side of a pool: does each job with `handle` and answers with its result (what `handle` returns, for the
 * pool's `answered`), whether the pool hands the jobs out one by one or lets the thread take them itself
 * (`selfServe`). `keyOf` names a handed-out job's key.
 */
export function serveJobs<Message>(keyOf: (message: Message) => string, handle: (message: Message) => Promise<unknown>): void {
  const port = parentPort;
  if (!port) return;
  const answer = async (key: string, message: Message) => {
    let result: WorkerJobResult;
    try {
      const value = await handle(message);
      result = value === undefined ? { key, ok: true } : { key, ok: true, value };
    } catch (error) {
      result = { key, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(result);
  };
  port.on('message', async (message: Message | SelfServeJobs<Message>) => {
    if (message && typeof message === 'object' && 'selfServe' in message) {
      const { claims: buffer, jobs, id } = message.selfServe;
      const claims = new Int32Array(buffer);
      for (let at = 0; at < jobs.length; at++) {
        if (Atomics.compareExchange(claims, at, 0, id) === 0) await answer(jobs[at]!.key, jobs[at]!.message);
      }
      // Every job is taken: this thread is done.
      port.close();
      return;
    }
    await answer(keyOf(message as Message), message as Message);
  });
  port.postMessage(WORKER_READY);
}
