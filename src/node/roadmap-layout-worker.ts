/** The worker thread of src/node/roadmap-layout-ahead.ts: lays out the roadmap it is given and answers with the layout. */
import { layoutRoadmap, type LayoutInput } from '../lib/roadmap-layout.ts';
import { LAYOUT_JOB } from './roadmap-layout-ahead.ts';
import { serveJobs } from './worker-pool.ts';

serveJobs<LayoutInput>(
  () => LAYOUT_JOB,
  (input) => layoutRoadmap(input),
);
