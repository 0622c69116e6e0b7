import { describe, expect, it } from 'vitest';
import { compilePoolSize, workerPoolSize } from '../../src/lib/worker-pool-size.ts';

describe('workerPoolSize', () => {
  it('uses one worker per core when STUDY_NOTES_WORKERS is not set', () => {
    expect(workerPoolSize(undefined, 4)).toEqual({ size: 4 });
    expect(workerPoolSize('', 2)).toEqual({ size: 2 });
  });

  it('uses the number STUDY_NOTES_WORKERS gives, 0 included', () => {
    expect(workerPoolSize('1', 8)).toEqual({ size: 1 });
    expect(workerPoolSize(' 3 ', 2)).toEqual({ size: 3 });
    expect(workerPoolSize('0', 2)).toEqual({ size: 0 });
  });

  it('warns about a value that is not a whole number and uses one per core', () => {
    expect(workerPoolSize('two', 2)).toEqual({
      size: 2,
      warning:
        'STUDY_NOTES_WORKERS must be a whole number of worker threads (0 for none), not "two": using 2 (one per core, none on a single core).',
    });
    expect(workerPoolSize('-1', 2).warning).toContain('not "-1"');
    expect(workerPoolSize('1.5', 2).size).toBe(2);
  });

  it('starts no worker by default on a single core, where it would only compete with the main thread', () => {
    expect(workerPoolSize(undefined, 1)).toEqual({ size: 0 });
    expect(workerPoolSize('1', 1)).toEqual({ size: 1 });
  });
});

describe('compilePoolSize', () => {
  it('compiles notes in one thread per core beyond two, unless STUDY_NOTES_WORKERS says otherwise', () => {
    expect([1, 2, 3, 4, 8].map((cores) => compilePoolSize(undefined, cores))).toEqual([0, 0, 1, 2, 6]);
    expect(compilePoolSize('2', 2)).toBe(2);
    expect(compilePoolSize('0', 8)).toBe(0);
    expect(compilePoolSize('two', 4)).toBe(2);
  });
});
