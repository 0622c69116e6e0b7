/**
 * Skips a build when nothing changed: a successful build saves a fingerprint of every input and a hash of every
 * file it wrote (src/node/build-record.ts); the next `astro build` that finds the same inputs and the output folder
 * exactly as that build left it says so and ends, without rewriting a byte. Any difference, a missing or unreadable
 * record, or `STUDY_NOTES_FORCE_BUILD=1` (or `astro build --force`) means a full build.
 *
 * Two integrations: `check` goes right after the content check (so a skipped build prints the same problems as a
 * full one, and nothing else has started yet); `record` goes last, after every integration that writes output.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeSync } from 'node:fs';
import { FORCE_BUILD_VARIABLE, whyBuild, type BuildInputs } from '../lib/build-record.ts';
import { indexAfterBuild, tellBuildCommand } from '../node/search-index.ts';
import { forgetBuildRecord, readBuildInputs, readBuildRecord, readOutputManifest, saveBuildRecord } from '../node/build-record.ts';

export function unchangedBuild(): { check: AstroIntegration; record: AstroIntegration } {
  let build: { root: string; outDir: string; inputs: BuildInputs } | undefined;
  return {
    check: {
      name: 'mlops-study-notes:unchanged-build',
      hooks: {
        'astro:config:setup': ({ command, config, logger }) => {
          if (command !== 'build') return;
          const root = fileURLToPath(config.root);
          const outDir = fileURLToPath(config.outDir);
          const args = process.argv.slice(2);
          const forced = /^(1|true|yes)$/i.test(process.env[FORCE_BUILD_VARIABLE] ?? '') || args.includes('--force');
          const inputs = readBuildInputs(root, args);
          if (!forced) {
            const reason = whyBuild(readBuildRecord(root), { inputs, outDir, readOutput: () => readOutputManifest(outDir) });
            if (reason === undefined) {
              // Synchronous, then exit: nothing Astro has pending may run after this.
              writeSync(
                1,
                `Nothing changed since the last build: ${outDir} is up to date, left as it was. (${FORCE_BUILD_VARIABLE}=1 builds anyway.)\n`,
              );
              process.exit(0);
            }
            logger.info(`Building: ${reason}.`);
          }
          // Until this build succeeds, the output folder may be half rewritten.
          forgetBuildRecord(root);
          build = { root, outDir, inputs };
        },
      },
    },
    record: {
      name: 'mlops-study-notes:unchanged-build-record',
      hooks: {
        // The last integration's hook: every file of the build is written by now.
        'astro:build:done': async () => {
          if (!build) return;
          try {
            const record = { inputs: build.inputs, outDir: build.outDir, output: readOutputManifest(build.outDir) };
            // With the search index still to come, `npm run build` saves the record once the index is written.
            if (indexAfterBuild()) await tellBuildCommand({ kind: 'record', record });
            else saveBuildRecord(build.root, record);
          } catch {
            // A read-only or full disk only costs the next build its skip.
          }
        },
      },
    },
  };
}
