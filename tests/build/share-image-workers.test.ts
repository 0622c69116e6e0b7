/**
 * Share images drawn in worker threads: the good fixture built with none (the endpoints draw every image on the main
 * thread), one and two workers gives the very same PNGs, and a rebuild draws none again.
 */
import { globSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type RunResult } from './run-build.ts';

type Build = RunResult & { outDir: string };

/** Every share image of a built site, by its path under `og/`. */
function shareImages(outDir: string): Map<string, Buffer> {
  const files = globSync('og/**/*.png', { cwd: outDir }).sort();
  return new Map(files.map((file) => [file, readFileSync(path.join(outDir, file))]));
}

const cacheFiles = (cacheDir: string) => globSync('*.png', { cwd: cacheDir }).sort();

function expectBuilt(result: Build): void {
  expect(result.stderr).not.toMatch(/^(?!Content check: 0 errors).*\berror/im);
  expect(result.status).toBe(0);
}

describe('share images drawn in worker threads', () => {
  let serial: Build;
  let oneWorker: Build;
  let twoWorkers: Build;
  let rebuild: Build;
  let cacheDir: string;
  let cacheBefore: Map<string, number>;

  beforeAll(() => {
    const freshCache = () => mkdtempSync(path.join(tmpdir(), 'og-cache-'));
    serial = buildFixture('good', { STUDY_NOTES_WORKERS: '0', SHARE_IMAGE_CACHE_DIR: freshCache() });
    oneWorker = buildFixture('good', { STUDY_NOTES_WORKERS: '1', SHARE_IMAGE_CACHE_DIR: freshCache() });
    cacheDir = freshCache();
    twoWorkers = buildFixture('good', { STUDY_NOTES_WORKERS: '2', SHARE_IMAGE_CACHE_DIR: cacheDir });
    cacheBefore = new Map(cacheFiles(cacheDir).map((file) => [file, statSync(path.join(cacheDir, file)).mtimeMs]));
    // Nothing changed; and a mistaken STUDY_NOTES_WORKERS must not stop it.
    rebuild = buildFixture('good', { STUDY_NOTES_WORKERS: 'lots', SHARE_IMAGE_CACHE_DIR: cacheDir });
  }, 600_000);

  it('builds the site with no workers, one and two', () => {
    for (const build of [serial, oneWorker, twoWorkers, rebuild]) expectBuilt(build);
  });

  it('hands every image to the workers as soon as the content check has passed', () => {
    const images = shareImages(twoWorkers.outDir);
    // The site's, one per topic, one per logged week.
    expect([...images.keys()].filter((file) => file.startsWith('og/topics/')).length).toBeGreaterThan(1);
    expect([...images.keys()].filter((file) => file.startsWith('og/weeks/')).length).toBeGreaterThan(0);
    expect(twoWorkers.stdout).toContain(`Drawing ${images.size} share images in 2 worker threads (0 unchanged, from the cache).`);
    expect(oneWorker.stdout).toContain(`Drawing ${images.size} share images in 1 worker thread (0 unchanged, from the cache).`);
    expect(twoWorkers.stdout).toMatch(/Share images drawn in \d+\.\d\ds\./);
    // One cache file per image: the endpoints looked for exactly the files the workers wrote.
    expect(cacheBefore.size).toBe(images.size);
    expect(serial.stdout).not.toContain('worker thread');
  });

  it('makes the same PNGs, byte for byte, with two workers, one and none', () => {
    const expected = shareImages(serial.outDir);
    expect(expected.size).toBeGreaterThan(3);
    for (const build of [oneWorker, twoWorkers, rebuild]) {
      const actual = shareImages(build.outDir);
      expect([...actual.keys()]).toEqual([...expected.keys()]);
      for (const [file, bytes] of expected) expect(actual.get(file)!.equals(bytes), file).toBe(true);
    }
  });

  it('draws no image again when nothing changed', () => {
    expect(rebuild.stdout).toContain(`All ${cacheBefore.size} share images unchanged, from the cache.`);
    expect(rebuild.stdout).not.toContain('worker thread');
    const after = new Map(cacheFiles(cacheDir).map((file) => [file, statSync(path.join(cacheDir, file)).mtimeMs]));
    expect(after).toEqual(cacheBefore);
  });

  it('warns about a STUDY_NOTES_WORKERS that is not a whole number and uses the default', () => {
    expect(rebuild.stderr).toMatch(
      /^warning: STUDY_NOTES_WORKERS must be a whole number of worker threads \(0 for none\), not "lots": using \d+ \(one per core, none on a single core\)\.$/m,
    );
  });
});
