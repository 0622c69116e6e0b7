/**
 * Lays the roadmap graph out ahead, in a worker thread, while Astro bundles. ELK's layout of the wide graph is the
 * slowest page of a large site (1.4 s of the main thread at 1,000 topics, 12.8 s at 5,000), and it depends only on the
 * analysed site, so a build starts it as soon as the content check has passed (src/integration/roadmap-layout-ahead.ts)
 * and the roadmap page takes the result. Without one for the same input (in `astro dev`, or when the thread failed),
 * the page lays the graph out itself: the same function on the same input, so the same layout.
 */
import { layoutRoadmap, type LayoutInput, type RoadmapLayout } from '../lib/roadmap-layout.ts';
import { startWorkerPool } from './worker-pool.ts';

/** The one job of the thread (src/node/roadmap-layout-worker.ts). */
export const LAYOUT_JOB = 'roadmap-layout';

interface LayoutAhead {
  /** The input it lays out, as JSON: a page asking for another input lays its own out. */
  key: string;
  layout: Promise<RoadmapLayout>;
  stop(): Promise<void>;
}

// On globalThis: the integration that starts the thread and the bundled roadmap page load this module separately.
const SLOT = Symbol.for('mlops-study-notes.roadmap-layout-ahead');
const slot = globalThis as unknown as Record<symbol, LayoutAhead | undefined>;

/** Starts laying `input` out in a worker thread (the project's worker pool, with one job). */
export function startRoadmapLayout(input: LayoutInput): void {
  let laidOut: RoadmapLayout | undefined;
  const pool = startWorkerPool<LayoutInput>({
    worker: new URL('./roadmap-layout-worker.ts', import.meta.url),
    jobs: [{ key: LAYOUT_JOB, message: input }],
    threads: 1,
    answered: (_key, layout) => (laidOut = layout as RoadmapLayout),
  });
  // The pool finishes once its job is done or given up (the thread failed or was stopped).
  const layout = pool.finished.then(() => laidOut ?? Promise.reject(new Error('the roadmap layout thread gave no layout')));
  // Nobody may be waiting when it fails (a site without a roadmap page): never an unhandled rejection.
  layout.catch(() => undefined);
  slot[SLOT] = { key: JSON.stringify(input), layout, stop: pool.stop };
}

/** Ends the thread if it still runs. */
export async function stopRoadmapLayout(): Promise<void> {
  await slot[SLOT]?.stop();
  slot[SLOT] = undefined;
}

/** The wide layout of `input`: the one laid out ahead for the same input, else laid out now. */
export async function roadmapLayoutOf(input: LayoutInput): Promise<RoadmapLayout> {
  const ahead = slot[SLOT];
  if (ahead && ahead.key === JSON.stringify(input)) {
    try {
      return await ahead.layout;
    } catch {
      // The thread failed: lay it out here, the same way.
    }
  }
  return layoutRoadmap(input);
}
