/**
 * Notes compiled in worker threads: the good fixture built with no worker (every note compiled by the bundler on the
 * main thread), one and two gives the very same site, byte for byte, and the workers compile exactly the notes the
 * bundler then reads from the cache (none compiled twice). A separate build holds that the main thread, left to
 * itself, compiles alongside the workers.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type RunResult } from './run-build.ts';

type Build = RunResult & { outDir: string; compiledNotes: number };

/** Every file of a built site, by its path, as base64. */
function siteFiles(outDir: string): Map<string, string> {
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)))
    .sort();
  return new Map(files.map((file) => [file, readFileSync(path.join(outDir, file)).toString('base64')]));
}

function build(workers: string, workersOnly = true): Build {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'notes-compile-cache-'));
  // Every note to the workers: left to itself, the main thread compiles the notes no worker has started yet (on a
  // fixture this small, often all of them), and what the workers compile would go untested.
  const result = buildFixture('good', {
    STUDY_NOTES_WORKERS: workers,
    ASTRO_CACHE_DIR: cacheDir,
    ...(workersOnly ? { STUDY_NOTES_WORKERS_ONLY: '1' } : {}),
  });
  const compiled = path.join(cacheDir, 'mlops-study-notes', 'compiled-notes');
  return { ...result, compiledNotes: readdirSync(compiled).filter((file) => file.endsWith('.json')).length };
}

describe('notes compiled in worker threads', () => {
  const notes = readdirSync('tests/fixtures/good/content/notes', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
  let serial: Build;
  let oneWorker: Build;
  let twoWorkers: Build;
  let shared: Build;

  beforeAll(() => {
    serial = build('0');
    oneWorker = build('1');
    twoWorkers = build('2');
    shared = build('2', false);
  }, 900_000);

  it('builds the site with no worker, one and two', () => {
    for (const each of [serial, oneWorker, twoWorkers, shared]) {
      expect(each.stderr).not.toMatch(/^(?!Content check: 0 errors).*\berror/im);
      expect(each.status).toBe(0);
    }
    expect(serial.stdout).not.toContain('[mlops-study-notes:compiled-notes]');
    expect(oneWorker.stdout).toContain(`Compiling ${notes.length} notes in 1 worker thread.`);
    expect(twoWorkers.stdout).toContain(`Compiling ${notes.length} notes in 2 worker threads.`);
    // Every note compiled by the workers: none failed there and fell back to the main thread.
    for (const each of [oneWorker, twoWorkers])
      expect(each.stdout).toMatch(new RegExp(`Notes compiled in \\d+\\.\\d\\ds: ${notes.length} by the workers, 0 on the main thread\\.`));
    // Left to itself the main thread compiles the notes no worker has started yet: each note once, by one or the other.
    const counts = /Notes compiled in \d+\.\d\ds: (\d+) by the workers, (\d+) on the main thread\./.exec(shared.stdout);
    expect(Number(counts?.[1]) + Number(counts?.[2])).toBe(notes.length);
  });

  it('compiles each note once, in a worker, under the key the bundler reads', () => {
    // A key the bundler computed differently would add a second entry for that note.
    for (const each of [serial, oneWorker, twoWorkers, shared]) expect(each.compiledNotes).toBe(notes.length);
  });

  it('writes the same site, byte for byte, as a single thread', () => {
    const expected = siteFiles(serial.outDir);
    expect(expected.size).toBeGreaterThan(20);
    expect(siteFiles(oneWorker.outDir)).toEqual(expected);
    expect(siteFiles(twoWorkers.outDir)).toEqual(expected);
    expect(siteFiles(shared.outDir)).toEqual(expected);
  });
});
