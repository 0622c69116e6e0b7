/**
 * How many worker threads the build uses: one per core unless `STUDY_NOTES_WORKERS` says otherwise (0: none, the
 * work stays on the main thread), so a run on one machine can compare 1 worker with 2. A single core gets none: a
 * worker there only competes with the main thread (measured on 2 cores, one worker was no faster than none).
 */

/** The environment variable that sets the pool size. */
export const WORKERS_VARIABLE = 'STUDY_NOTES_WORKERS';

export interface WorkerPoolSize {
  size: number;
  /** Set when the variable held something other than a whole number: the default is used instead. */
  warning?: string;
}

/** The pool size for `setting` (the variable's value, if set) on a machine with `cores` cores. */
export function workerPoolSize(setting: string | undefined, cores: number): WorkerPoolSize {
  const perCore = cores >= 2 ? cores : 0;
  if (setting === undefined || setting.trim() === '') return { size: perCore };
  // Digits only: `2.5`, `-1` and `two` are mistakes, not sizes.
  if (/^\s*\d+\s*$/.test(setting)) return { size: Number(setting) };
  return {
    size: perCore,
    warning: `${WORKERS_VARIABLE} must be a whole number of worker threads (0 for none), not "${setting}": using ${perCore} (one per core, none on a single core).`,
  };
}

/**
 * The note-compile pool's size: `STUDY_NOTES_WORKERS` when it is set, else one thread per core beyond the two that
 * the main thread and the share-image pool keep busy. Measured on two cores, compile threads only slowed the build:
 * each spends a second or more of CPU loading the pipeline, and the main thread compiled every note before they were
 * ready (README, "Benchmark").
 */
export function compilePoolSize(setting: string | undefined, cores: number): number {
  const { size, warning } = workerPoolSize(setting, cores);
  if (setting === undefined || setting.trim() === '' || warning) return Math.max(0, cores - 2);
  return size;
}
