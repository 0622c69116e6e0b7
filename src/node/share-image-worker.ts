/**
 * A worker thread of the share-image pool (src/node/share-image-pool.ts): draws one image per message into the cache
 * and answers with its file. Fonts and satori's layout engine are loaded once per worker, on its first image.
 */
import { parentPort } from 'node:worker_threads';
import type { ShareImage } from '../lib/share-image.ts';
import { renderPng, storeShareImage } from './render-share-image.ts';
import { WORKER_READY, type WorkerJobResult } from './worker-pool.ts';

export interface ShareImageJob {
  file: string;
  image: ShareImage;
}

parentPort?.on('message', async ({ file, image }: ShareImageJob) => {
  let result: WorkerJobResult;
  try {
    storeShareImage(file, await renderPng(image));
    result = { key: file, ok: true };
  } catch (error) {
    result = { key: file, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(result);
});
parentPort?.postMessage(WORKER_READY);
