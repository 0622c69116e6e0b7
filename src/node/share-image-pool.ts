/**
 * Draws a build's share images in worker threads while Astro bundles and renders the rest of the site: the images
 * depend only on the analysed site, so they can start as soon as the content check has passed. Each worker writes
 * its images into the share-image cache (src/node/render-share-image.ts); the endpoints then read them from there,
 * waiting for one still being drawn, and drawing one no worker has started yet themselves. Each worker takes its next
 * image itself (the pool's `selfServe`), so a main thread busy bundling never keeps it waiting. Images already in the
 * cache are not drawn again. A worker that fails never fails the build: the endpoint draws that image itself.
 */
import { existsSync } from 'node:fs';
import type { ShareImage } from '../lib/share-image.ts';
import { setShareImagesInProgress, shareImageFile } from './render-share-image.ts';
import type { ShareImageJob } from './share-image-worker.ts';
import { startWorkerPool } from './worker-pool.ts';

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

/**
 * A drawing thread keeps about 25 MB alive (fonts, satori, resvg's bindings), but with V8's defaults its heap grows to
 * some 200 MB between collections (measured at 1,000 notes), resident in the build the whole time it draws. Smaller
 * generations make it collect sooner. A thread that still runs out stops, and the endpoints draw its images.
 */
export const SHARE_IMAGE_WORKER_HEAP = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 160 } as const;

/** Starts drawing `images` into the cache in worker threads. */
export function startShareImagePool(
  images: readonly ShareImage[],
  { workers, cacheDir, warn = () => undefined }: ShareImagePoolOptions,
): ShareImagePool {
  const files = new Map(images.map((image) => [shareImageFile(image, cacheDir), image]));
  const jobs = [...files]
    .filter(([file]) => !existsSync(file))
    .map(([file, image]) => ({ key: file, message: { file, image } satisfies ShareImageJob }));
  if (workers <= 0 || jobs.length === 0) {
    return { drawing: jobs.length, total: files.size, workers: 0, finished: Promise.resolve(0), stop: async () => undefined };
  }
  const pool = startWorkerPool({
    worker: new URL('./share-image-worker.ts', import.meta.url),
    jobs,
    threads: workers,
    resourceLimits: SHARE_IMAGE_WORKER_HEAP,
    // The main thread is busy bundling for seconds at a time: threads that waited for it to hand out each image sat
    // idle (11 s stretches at 1,000 notes), so each takes its next image itself.
    selfServe: true,
    failed: ({ key, reason }) =>
      warn(
        key
          ? `a share-image worker could not draw ${key} (${reason}); the build draws it again on the main thread.`
          : `a share-image worker stopped (${reason}); the build draws its images on the main thread.`,
      ),
  });
  setShareImagesInProgress({ take: (file) => pool.take(file), waitFor: (file) => pool.waitFor(file) });
  // Once every image is drawn or given up, the endpoints need not ask the pool any more.
  void pool.finished.then(() => setShareImagesInProgress(undefined));
  return { drawing: pool.jobs, total: files.size, workers: pool.threads, finished: pool.finished, stop: pool.stop };
}
