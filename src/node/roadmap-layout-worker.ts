/** The worker thread of src/node/roadmap-layout-ahead.ts: lays out the roadmap it is given and posts the layout back. */
import { parentPort, workerData } from 'node:worker_threads';
import { layoutRoadmap, type LayoutInput } from '../lib/roadmap-layout.ts';

parentPort!.postMessage(await layoutRoadmap(workerData as LayoutInput));
