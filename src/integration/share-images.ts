/**
 * The Astro integration that starts drawing the share images of a build in worker threads as soon as the content
 * check has passed, so they are drawn while Astro bundles and renders everything else (src/node/share-image-pool.ts).
 * `STUDY_NOTES_WORKERS` sets the number of threads (default: one per core; 0 leaves the drawing to the endpoints).
 * At the end of the build it stops every worker thread, the note-compiling ones included.
 */
import type { AstroIntegration } from 'astro';
import { availableParallelism } from 'node:os';
import { getSite } from '../data/site.ts';
import { everyShareImage } from '../lib/share-image.ts';
import { WORKERS_VARIABLE, workerPoolSize } from '../lib/worker-pool-size.ts';
import { stopNoteCompilePool } from '../node/note-compile-pool.ts';
import { startShareImagePool, type ShareImagePool } from '../node/share-image-pool.ts';
import { countLabel } from '../lib/plural.ts';

export function shareImages(): AstroIntegration {
  let pool: ShareImagePool | undefined;
  return {
    name: 'mlops-study-notes:share-images',
    hooks: {
      // Runs after the content check's own `astro:config:setup` (integrations run in order), which stops a build
      // whose content has errors before this starts.
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const { size, warning } = workerPoolSize(process.env[WORKERS_VARIABLE], availableParallelism());
        if (warning) process.stderr.write(`warning: ${warning}\n`);
        pool = startShareImagePool(everyShareImage(getSite()), { workers: size, warn: (message) => logger.warn(message) });
        const cached = pool.total - pool.drawing;
        if (pool.drawing === 0) {
          logger.info(`All ${pool.total} share images unchanged, from the cache.`);
        } else if (pool.workers > 0) {
          logger.info(
            `Drawing ${pool.drawing} share images in ${countLabel(pool.workers, 'worker thread')} (${cached} unchanged, from the cache).`,
          );
          void pool.finished.then((ms) => logger.info(`Share images drawn in ${(ms / 1000).toFixed(2)}s.`));
        }
      },
      'astro:build:done': async () => {
        await pool?.stop();
        // The note-compile workers too (src/node/note-compile-pool.ts): no thread outlives the build.
        await stopNoteCompilePool();
      },
    },
  };
}
