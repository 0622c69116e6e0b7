/**
 * The share-image worker pool over a temporary cache folder: what it draws, what it leaves alone, and what happens
 * when a worker cannot draw an image. (Real worker threads and real drawing; the build test compares whole sites.)
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteShareImage, type ShareImage } from '../../src/lib/share-image.ts';
import { renderPng, renderShareImage, shareImageFile } from '../../src/node/render-share-image.ts';
import { startShareImagePool } from '../../src/node/share-image-pool.ts';

const progress = (done: number) => ({
  total: 4,
  counts: { done, 'in-progress': 0, planned: 4 - done },
  percent: { done: done * 25, 'in-progress': 0, planned: 100 - done * 25 },
});
const image = (done: number): ShareImage =>
  siteShareImage({ title: `Roadmap ${done}`, description: 'A roadmap.', phaseCount: 1, progress: progress(done) });
const freshCache = () => mkdtempSync(path.join(tmpdir(), 'og-pool-'));

describe('startShareImagePool', () => {
  it('draws the images missing from the cache in the workers, the same bytes as the main thread draws', async () => {
    const cacheDir = freshCache();
    const images = [image(0), image(1), image(2)];
    // One already cached: it is not drawn again (its file keeps its mtime).
    await renderShareImage(images[0]!, cacheDir);
    const cachedAt = statSync(shareImageFile(images[0]!, cacheDir)).mtimeMs;

    const pool = startShareImagePool([...images, image(1)], { workers: 2, cacheDir });
    expect(pool).toMatchObject({ total: 3, drawing: 2, workers: 2 });
    await pool.finished;
    for (const each of images) {
      expect(readFileSync(shareImageFile(each, cacheDir)).equals(Buffer.from(await renderPng(each)))).toBe(true);
    }
    expect(statSync(shareImageFile(images[0]!, cacheDir)).mtimeMs).toBe(cachedAt);
    // Nothing half-written is left behind.
    expect(readdirSync(cacheDir).sort()).toEqual(images.map((each) => path.basename(shareImageFile(each, cacheDir))).sort());
  });

  it('lets a route draw an image no worker has started, and the workers skip it', async () => {
    const cacheDir = freshCache();
    const images = [image(1), image(2), image(3), image(4)];
    const pool = startShareImagePool(images, { workers: 1, cacheDir });
    // Asked for before the worker has loaded: the route takes it and draws it itself.
    const png = await renderShareImage(image(4), cacheDir);
    expect(Buffer.from(png).equals(readFileSync(shareImageFile(image(4), cacheDir)))).toBe(true);
    const drawnByRoute = statSync(shareImageFile(image(4), cacheDir)).mtimeMs;
    await pool.finished;
    // The worker drew the three others and left the route's alone (its file was not written again).
    expect(statSync(shareImageFile(image(4), cacheDir)).mtimeMs).toBe(drawnByRoute);
    for (const each of images.slice(0, 3)) expect(existsSync(shareImageFile(each, cacheDir))).toBe(true);
  });

  it('starts no worker when there is nothing to draw, or when told to use none', async () => {
    const cacheDir = freshCache();
    // With none, the routes draw the image.
    expect(startShareImagePool([image(1)], { workers: 0, cacheDir })).toMatchObject({ total: 1, drawing: 1, workers: 0 });
    await renderShareImage(image(1), cacheDir);
    expect(startShareImagePool([image(1)], { workers: 2, cacheDir })).toMatchObject({ total: 1, drawing: 0, workers: 0 });
  });

  it('warns when a worker cannot draw an image, and leaves it to the route', async () => {
    const cacheDir = freshCache();
    // A model the layout cannot draw: a topic without its fields.
    const broken = { kind: 'topic', siteTitle: 'Notes' } as unknown as ShareImage;
    const warnings: string[] = [];
    const pool = startShareImagePool([broken, image(2)], { workers: 1, cacheDir, warn: (message) => warnings.push(message) });
    await pool.finished;
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^a share-image worker could not draw .+\.png \(.+\); the build draws it again on the main thread\.$/);
    expect(existsSync(shareImageFile(broken, cacheDir))).toBe(false);
    expect(existsSync(shareImageFile(image(2), cacheDir))).toBe(true);
  });
});
