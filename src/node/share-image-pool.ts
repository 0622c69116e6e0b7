/**
 * Draws a build's share images in worker threads while Astro bundles and renders the rest of the site: the images
 * depend only on the analysed site, so they can start as soon as the content check has passed. Each worker writes
 * its images into the share-image cache (src/node/render-share-image.ts); the endpoints then read them from there,
 * waiting for one still being drawn (and moving it to the front of the queue). Images already in the cache are not
 * drawn again. A worker that fails never fails the build: the endpoint draws that image itself.
 */
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { ShareImage } from '../lib/share-image.ts';
import { setShareImagesInProgress, shareImageFile } from './render-share-image.ts';
import type { ShareImageJob, ShareImageResult } from './share-image-worker.ts';

interface Job extends ShareImageJob {
  done: Promise<void>;
  settle(error?: Error): void;
}

export interface ShareImagePool {
  /** Images to draw (not in the cache yet): by the workers, or with none by the routes. */
  drawing: number;
  /** Images the build makes, cached ones included. */
  total: number;
  /** Worker threads started (at most one per image to draw). */
  workers: number;
  /** Settles when every image is drawn or given up, with the milliseconds that took. */
  finished: Promise<number>;
  /** Stops the workers; images not drawn yet are left to the endpoints. */
  stop(): Promise<void>;
}

export interface ShareImagePoolOptions {
  /** Threads to start; 0 starts none, and the endpoints draw every image. */
  workers: number;
  cacheDir?: string;
  /** Told when a worker fails (the endpoint then draws that image itself). */
  warn?: (message: string) => void;
}

/** Starts drawing `images` into the cache in worker threads. */
export function startShareImagePool(
  images: readonly ShareImage[],
  { workers, cacheDir, warn = () => undefined }: ShareImagePoolOptions,
): ShareImagePool {
  const started = performance.now();
  const files = new Map(images.map((image) => [shareImageFile(image, cacheDir), image]));
  const queue: Job[] = [];
  const jobs = new Map<string, Job>();
  for (const [file, image] of files) {
    if (existsSync(file)) continue;
    let settle!: Job['settle'];
    const done = new Promise<void>((resolve, reject) => {
      settle = (error) => (error ? reject(error) : resolve());
    });
    // Nobody may wait for an image that fails (its page is never rendered): that rejection is expected.
    done.catch(() => undefined);
    const job: Job = { file, image, done, settle: (error) => (jobs.delete(file), settle(error)) };
    queue.push(job);
    jobs.set(file, job);
  }

  const threads = workers > 0 ? Math.min(workers, queue.length) : 0;
  if (threads === 0) {
    return { drawing: queue.length, total: files.size, workers: 0, finished: Promise.resolve(0), stop: async () => undefined };
  }

  let finish!: (ms: number) => void;
  const finished = new Promise<number>((resolve) => (finish = resolve));
  const running = new Set<Worker>();
  const giveUpIfIdle = () => {
    if (running.size > 0) return;
    // No worker left (all done, or all failed): the endpoints draw whatever is still queued.
    for (const job of queue.splice(0)) job.settle(new Error('no share-image worker left'));
    setShareImagesInProgress(undefined);
    finish(performance.now() - started);
  };

  setShareImagesInProgress({
    waitFor(file) {
      const job = jobs.get(file);
      if (!job) return undefined;
      // An endpoint is waiting for it: draw it next.
      const position = queue.indexOf(job);
      if (position > 0) queue.unshift(...queue.splice(position, 1));
      return job.done;
    },
  });

  for (let i = 0; i < threads; i++) {
    const worker = new Worker(new URL('./share-image-worker.ts', import.meta.url));
    let current: Job | undefined;
    const next = () => {
      current = queue.shift();
      if (current) {
        worker.postMessage({ file: current.file, image: current.image } satisfies ShareImageJob);
      } else {
        // Nothing left to draw: the thread ends, so it never keeps the build's process alive.
        void worker.terminate();
      }
    };
    worker.on('message', (result: ShareImageResult) => {
      if (!result.ok)
        warn(`a share-image worker could not draw ${result.file} (${result.error}); the build draws it again on the main thread.`);
      current?.settle(result.ok ? undefined : new Error(result.error));
      next();
    });
    worker.on('error', (error) => {
      warn(`a share-image worker stopped (${error.message}); the build draws its images on the main thread.`);
      current?.settle(error);
    });
    worker.on('exit', () => {
      current?.settle(new Error('the share-image worker stopped'));
      current = undefined;
      running.delete(worker);
      giveUpIfIdle();
    });
    running.add(worker);
    next();
  }

  return {
    drawing: jobs.size,
    total: files.size,
    workers: threads,
    finished,
    stop: async () => {
      await Promise.all([...running].map((worker) => worker.terminate()));
    },
  };
}
