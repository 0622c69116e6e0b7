/**
 * A worker thread of the share-image pool (src/node/share-image-pool.ts): draws each image it takes into the cache.
 * Fonts and satori's layout engine are loaded once per worker, on its first image.
 */
import type { ShareImage } from '../lib/share-image.ts';
import { renderPng, storeShareImage } from './render-share-image.ts';
import { serveJobs } from './worker-pool.ts';

export interface ShareImageJob {
  file: string;
  image: ShareImage;
}

serveJobs<ShareImageJob>(
  ({ file }) => file,
  async ({ file, image }) => storeShareImage(file, await renderPng(image)),
);
