/** The worker pool behind the share images and the compiled notes, with a test worker (real threads). */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startWorkerPool } from '../../src/node/worker-pool.ts';
import type { TestJob } from './fixtures/test-pool-worker.ts';

const worker = new URL('./fixtures/test-pool-worker.ts', import.meta.url);
const freshLog = () => path.join(mkdtempSync(path.join(tmpdir(), 'worker-pool-')), 'done.txt');
const job = (key: string, action: TestJob['action'] = 'write') => ({ key, message: { key, action } satisfies TestJob });
const written = (log: string) => readFileSync(log, 'utf8').trim().split('\n');

describe('startWorkerPool', () => {
  it('does every job once, in at most one thread per job, and settles each', async () => {
    const log = freshLog();
    const pool = startWorkerPool({ worker, workerData: { log }, jobs: [job('a'), job('b'), job('a'), job('c')], threads: 8 });
    expect(pool).toMatchObject({ jobs: 3, threads: 3 });
    await Promise.all(['a', 'b', 'c'].map((key) => pool.waitFor(key)));
    await pool.finished;
    expect(written(log).sort()).toEqual(['a', 'b', 'c']);
    // Done jobs are no longer the pool's.
    expect(pool.waitFor('a')).toBeUndefined();
  });

  it('does the job someone waits for next', async () => {
    const log = freshLog();
    const pool = startWorkerPool({ worker, workerData: { log }, jobs: ['a', 'b', 'c', 'd', 'e'].map((key) => job(key)), threads: 1 });
    await pool.waitFor('a');
    // "b" went to the thread as soon as "a" was done; "e" jumps the queue.
    await pool.waitFor('e');
    await pool.finished;
    expect(written(log)).toEqual(['a', 'b', 'e', 'c', 'd']);
  });

  it('tells whoever waits that a job failed, and goes on with the others', async () => {
    const log = freshLog();
    const failures: { key?: string; reason: string }[] = [];
    const pool = startWorkerPool({
      worker,
      workerData: { log },
      jobs: [job('a'), job('bad', 'fail'), job('c')],
      threads: 1,
      failed: (problem) => failures.push(problem),
    });
    await expect(pool.waitFor('bad')).rejects.toThrow('bad cannot be done');
    await pool.finished;
    expect(written(log)).toEqual(['a', 'c']);
    expect(failures).toEqual([{ key: 'bad', reason: 'bad cannot be done' }]);
  });

  it('holds each thread to its heap limits: one that runs out stops, and whoever waits does its job', async () => {
    const log = freshLog();
    const pool = startWorkerPool({
      worker,
      workerData: { log },
      jobs: [job('greedy', 'hoard')],
      threads: 1,
      resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 },
    });
    await expect(pool.waitFor('greedy')).rejects.toThrow(/memory limit/);
    await pool.finished;
  });

  it('gives up the jobs of a thread that stopped, so whoever waits does them', async () => {
    const log = freshLog();
    const pool = startWorkerPool({ worker, workerData: { log }, jobs: [job('crash', 'stop'), job('b'), job('c')], threads: 1 });
    const b = pool.waitFor('b')!;
    await expect(pool.waitFor('crash')).rejects.toThrow('the worker thread stopped');
    // No thread left: the jobs still queued are given up, and no longer the pool's.
    await expect(b).rejects.toThrow('no worker thread left');
    expect(pool.waitFor('c')).toBeUndefined();
    expect(await pool.finished).toBeGreaterThan(0);
  });

  it('lets the caller take a job no thread has started, and none that one has', async () => {
    const log = freshLog();
    const pool = startWorkerPool({ worker, workerData: { log }, jobs: [job('a'), job('b'), job('c')], threads: 1 });
    // Before the thread is ready, every job can be taken.
    expect(pool.take('a')).toBe(true);
    await pool.waitFor('b');
    // Done ("b"), or handed to the thread as soon as "b" was done ("c"): not to be taken.
    expect(pool.take('b')).toBe(false);
    expect(pool.take('c')).toBe(false);
    await pool.finished;
    expect(written(log)).toEqual(['b', 'c']);
    expect(pool.done()).toBe(2);
  });

  it('lets self-serving threads take every job themselves, each once, the caller first where it takes one', async () => {
    const log = freshLog();
    const keys = Array.from({ length: 40 }, (_, i) => `job-${i}`);
    const pool = startWorkerPool({ worker, workerData: { log }, jobs: keys.map((key) => job(key)), threads: 2, selfServe: true });
    // Taken before any thread has loaded: the caller's to do, and no thread does it.
    expect(pool.take('job-39')).toBe(true);
    await pool.waitFor('job-0');
    expect(pool.take('job-0')).toBe(false);
    expect(await pool.finished).toBeGreaterThan(0);
    expect(written(log).sort()).toEqual(keys.slice(0, 39).sort());
    expect(pool.done()).toBe(39);
  });

  it('gives up the jobs of a self-serving thread that stopped, so whoever waits does them', async () => {
    const log = freshLog();
    const pool = startWorkerPool({
      worker,
      workerData: { log },
      jobs: [job('crash', 'stop'), job('b'), job('bad', 'fail')],
      threads: 1,
      selfServe: true,
    });
    const b = pool.waitFor('b')!;
    await expect(pool.waitFor('crash')).rejects.toThrow('the worker thread stopped');
    await expect(b).rejects.toThrow('no worker thread left');
    await pool.finished;
  });

  it('starts no thread for no job, and is finished at once', async () => {
    const pool = startWorkerPool({ worker, jobs: [], threads: 2 });
    expect(pool.threads).toBe(0);
    await expect(pool.finished).resolves.toBeGreaterThanOrEqual(0);
  });
});
