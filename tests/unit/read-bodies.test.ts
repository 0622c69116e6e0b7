/**
 * Reading the note bodies a cold cache lacks on several threads: the same reads as the main thread alone, each body
 * once, and nothing read again that the cache holds. (Real worker threads over generated notes.)
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateSite } from '../../bench/generate.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { readNoteBody } from '../../src/lib/note-body.ts';
import { openBodyCache } from '../../src/node/body-cache.ts';
import { BODIES_FOR_WORKERS, readMissingBodies } from '../../src/node/read-bodies.ts';

const notes = generateSite({ notes: BODIES_FOR_WORKERS + 200, seed: 7 }).files.filter((file) => file.path.endsWith('.mdx'));
const bodies = notes.map((file) => splitFrontmatter(file.contents).bodyWithFileLines);

beforeEach(() => vi.stubEnv('ASTRO_CACHE_DIR', mkdtempSync(path.join(tmpdir(), 'read-bodies-'))));
afterEach(() => vi.unstubAllEnvs());

describe('readMissingBodies', () => {
  it('reads on two threads exactly what the main thread reads alone', async () => {
    const cache = openBodyCache(process.cwd());
    // A body listed twice is read once.
    const { read, inWorkers } = await readMissingBodies(cache, [...bodies, bodies[0]!], 1);
    expect(read).toBe(bodies.length);
    expect(inWorkers).toBeGreaterThan(0);
    for (const body of bodies) expect(cache.read(body)).toEqual(readNoteBody(body));
    expect(cache.missing(bodies)).toEqual([]);
  }, 60_000);

  it('reads only what the cache lacks, on the main thread when that is little', async () => {
    const cache = openBodyCache(process.cwd());
    expect(await readMissingBodies(cache, bodies.slice(0, 3), 1)).toEqual({ read: 3, inWorkers: 0 });
    cache.save();
    const again = openBodyCache(process.cwd());
    expect(again.missing(bodies.slice(0, 5))).toEqual(bodies.slice(3, 5));
    expect(await readMissingBodies(again, bodies.slice(0, 5), 1)).toEqual({ read: 2, inWorkers: 0 });
    expect(again.read(bodies[4]!)).toEqual(readNoteBody(bodies[4]!));
  });
});
