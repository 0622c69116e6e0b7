/**
 * A worker thread of src/node/read-bodies.ts: reads each note body it takes (src/lib/note-body.ts) and answers with
 * what it read.
 */
import { readNoteBody } from '../lib/note-body.ts';
import { serveJobs } from './worker-pool.ts';

export interface BodyJob {
  /** The body's position in the list the pool was given. */
  index: number;
  body: string;
}

serveJobs<BodyJob>(
  ({ index }) => String(index),
  async ({ body }) => readNoteBody(body),
);
