#!/usr/bin/env node
/**
 * `npm run build`: `astro build` (arguments passed on) in a child process, then the Pagefind search index here,
 * once that process has ended. Run inside the build, Pagefind's memory would add to the build's, which it keeps
 * until it exits; one after the other, the peak is the larger of the two (README, "Where the memory goes").
 * A plain `astro build` makes the same site and indexes it itself.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { INDEX_AFTER_BUILD_VARIABLE, type BuildRecord } from '../src/lib/build-record.ts';
import type { AfterBuildMessage } from '../src/node/search-index.ts';

const root = process.cwd();
const astro = path.join(path.dirname(createRequire(path.join(root, 'package.json')).resolve('astro/package.json')), 'bin/astro.mjs');

interface BuildOutcome {
  code: number;
  /** The folder to index: set only when the build wrote the site (not when it failed or found nothing changed). */
  outDir?: string;
  record?: BuildRecord;
}

function runAstroBuild(args: readonly string[]): Promise<BuildOutcome> {
  const child = spawn(process.execPath, [astro, 'build', ...args], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, [INDEX_AFTER_BUILD_VARIABLE]: '1' },
  });
  // Ctrl-C reaches both processes; a signal sent to this one alone is passed on.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
  const outcome: BuildOutcome = { code: 1 };
  child.on('message', (message: AfterBuildMessage) => {
    if (message.kind === 'index') outcome.outDir = message.outDir;
    else outcome.record = message.record;
  });
  return new Promise((resolve) => {
    child.on('error', (error) => {
      process.stderr.write(`Could not start astro build: ${error.message}\n`);
      resolve(outcome);
    });
    // 'close', not 'exit': it comes after every message the build sent.
    child.on('close', (code, signal) => resolve({ ...outcome, code: code ?? (signal ? 1 : 0) }));
  });
}

const build = await runAstroBuild(process.argv.slice(2));
process.exitCode = build.code;
if (build.code === 0 && build.outDir) {
  // Loaded only now, so this process stays small while the build runs beside it.
  const { SEARCH_INDEX_FOLDER } = await import('../src/lib/routes.ts');
  const { saveBuildRecord, withOutputFolder } = await import('../src/node/build-record.ts');
  const { buildSearchIndex, indexedLine } = await import('../src/node/search-index.ts');
  try {
    process.stdout.write(`${indexedLine(await buildSearchIndex(build.outDir))}\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
  // Saved only once the index is written: until then the next build must not skip.
  if (process.exitCode === 0 && build.record) {
    try {
      saveBuildRecord(root, withOutputFolder(build.record, SEARCH_INDEX_FOLDER));
    } catch {
      // A read-only or full disk only costs the next build its skip.
    }
  }
}
