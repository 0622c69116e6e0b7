/**
 * A worker thread of the share-image pool (src/node/share-image-pool.ts): draws one image per message into the cache
 * and answers with its file. Fonts and satori's layout engine are loaded once per worker, on its first image.
 */
import { parentPort } from 'node:worker_threads';
import type { ShareImage } from '../lib/share-image.ts';
import { renderPng, storeShareImage } from './render-share-image.ts';

export interface ShareImageJob {
  file: string;
  image: ShareImage;
}
export type ShareImageResult = { file: string; ok: true } | { file: string; ok: false; error: string };

parentPort?.on('message', async ({ file, image }: ShareImageJob) => {
  let result: ShareImageResult;
  try {
    storeShareImage(file, await renderPng(image));
    result = { file, ok: true };
  } catch (error) {
    result = { file, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(result);
});
