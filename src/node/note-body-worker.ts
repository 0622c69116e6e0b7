/**
 * A worker thread of src/node/read-bodies.ts: reads each batch of note bodies it is sent (src/lib/note-body.ts) and
 * answers with what it read, in order.
 */
import { parentPort } from 'node:worker_threads';
import { readNoteBody } from '../lib/note-body.ts';

export interface BodyBatch {
  start: number;
  bodies: string[];
}

parentPort?.on('message', ({ start, bodies }: BodyBatch) => {
  parentPort?.postMessage({ start, reads: bodies.map((body) => readNoteBody(body)) });
});
// Loaded (remark and its extensions): ready for a first batch.
parentPort?.postMessage({ ready: true });
