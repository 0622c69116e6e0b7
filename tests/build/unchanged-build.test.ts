/**
 * A build with nothing changed is skipped and leaves the output folder byte for byte as it was (the same bytes a
 * full build writes); a changed note, a damaged output folder or STUDY_NOTES_FORCE_BUILD makes a full build.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, projectRoot, type RunResult } from './run-build.ts';

const SKIPPED = 'Nothing changed since the last build';

/** Every file of a built site with its bytes and modification time. */
function snapshot(outDir: string): Map<string, { bytes: Buffer; mtimeMs: number }> {
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)))
    .sort();
  return new Map(
    files.map((file) => [file, { bytes: readFileSync(path.join(outDir, file)), mtimeMs: statSync(path.join(outDir, file)).mtimeMs }]),
  );
}

const bytesOf = (files: ReturnType<typeof snapshot>) => new Map([...files].map(([file, { bytes }]) => [file, bytes.toString('base64')]));

describe('a build with nothing changed', () => {
  let content: string;
  let outDir: string;
  let build: (env?: Record<string, string>) => RunResult;

  beforeAll(() => {
    const dir = mkdtempSync(path.join(tmpdir(), 'notes-unchanged-'));
    content = path.join(dir, 'content');
    outDir = path.join(dir, 'dist');
    cpSync(path.join(projectRoot, 'tests/fixtures/good/content'), content, { recursive: true });
    build = (env = {}) => {
      const result = buildFixture('unchanged', { CONTENT_DIR: content, ...env }, { outDir });
      expect(result.stderr).not.toMatch(/^(?!Content check: 0 errors).*\berror/im);
      expect(result.status).toBe(0);
      return result;
    };
  });

  it('is skipped, leaving every output file untouched, and builds again once a note changes', () => {
    const first = build();
    expect(first.stdout).not.toContain(SKIPPED);
    const built = snapshot(outDir);
    expect(built.size).toBeGreaterThan(20);

    const second = build();
    expect(second.stdout).toContain(`${SKIPPED}: ${outDir}/ is up to date, left as it was. (STUDY_NOTES_FORCE_BUILD=1 builds anyway.)`);
    expect(second.stdout).not.toContain('page(s) built');
    // Not one file rewritten: same bytes, same modification times.
    expect(snapshot(outDir)).toEqual(built);

    // A forced full build writes the very bytes the skip kept.
    const forced = build({ STUDY_NOTES_FORCE_BUILD: '1' });
    expect(forced.stdout).not.toContain(SKIPPED);
    expect(forced.stdout).toContain('page(s) built');
    expect(bytesOf(snapshot(outDir))).toEqual(bytesOf(built));

    const note = path.join(content, 'notes/platforms/pipelines.mdx');
    writeFileSync(note, readFileSync(note, 'utf8').replace('Steps depend on', 'Every step depends on'));
    const edited = build();
    expect(edited.stdout).toContain('Building: content/notes/platforms/pipelines.mdx changed.');
    expect(readFileSync(path.join(outDir, 'topics/pipelines/index.html'), 'utf8')).toContain('Every step depends on');
    expect(build().stdout).toContain(SKIPPED);
  });

  it('builds again when the output folder lost a file or the site moved', () => {
    rmSync(path.join(outDir, 'topics/pipelines/index.html'));
    const repaired = build();
    expect(repaired.stdout).toContain('Building: the output folder is not as the last build left it (topics/pipelines/index.html).');
    expect(readFileSync(path.join(outDir, 'topics/pipelines/index.html'), 'utf8')).toContain('Every step depends on');

    const moved = build({ BASE_PATH: '/sub/' });
    expect(moved.stdout).toContain('Building: BASE_PATH changed.');
    expect(readFileSync(path.join(outDir, 'topics/pipelines/index.html'), 'utf8')).toContain('href="/sub/');
  });
});

describe('npm run build, which makes the search index once the build has exited', () => {
  let content: string;
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'notes-npm-build-'));
    content = path.join(dir, 'content');
    cpSync(path.join(projectRoot, 'tests/fixtures/good/content'), content, { recursive: true });
  });

  it('writes the very bytes astro build writes, and is skipped only once its index is recorded', () => {
    const byAstro = buildFixture('npm-build', { CONTENT_DIR: content }, { outDir: path.join(dir, 'by-astro') });
    expect(byAstro.status).toBe(0);
    const outDir = path.join(dir, 'by-npm');
    const byNpm = buildFixture('npm-build', { CONTENT_DIR: content }, { outDir, command: 'npm' });
    expect(byNpm.status).toBe(0);
    expect(byNpm.stdout).toMatch(/^Indexed \d+ pages for search\.$/m);
    expect(bytesOf(snapshot(outDir))).toEqual(bytesOf(snapshot(byAstro.outDir)));
    expect([...snapshot(outDir).keys()].some((file) => file.startsWith('pagefind/'))).toBe(true);

    const again = buildFixture('npm-build', { CONTENT_DIR: content }, { outDir, command: 'npm' });
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(SKIPPED);
    expect(again.stdout).not.toContain('Indexed');

    // The index is part of what the record holds: without it, the next build makes the whole site again.
    rmSync(path.join(outDir, 'pagefind'), { recursive: true });
    const repaired = buildFixture('npm-build', { CONTENT_DIR: content }, { outDir, command: 'npm' });
    expect(repaired.stdout).toMatch(/Building: the output folder is not as the last build left it \(pagefind\//);
    expect(bytesOf(snapshot(outDir))).toEqual(bytesOf(snapshot(byAstro.outDir)));
  });

  it('fails as astro build fails, with the same problem lines, and indexes nothing', () => {
    const byAstro = buildFixture('broken-links');
    const outDir = path.join(dir, 'broken');
    const byNpm = buildFixture('broken-links', {}, { outDir, command: 'npm' });
    expect(byAstro.status).toBe(1);
    expect(byNpm.status).toBe(1);
    expect(byNpm.problemLines).toEqual(byAstro.problemLines);
    expect(byNpm.problemLines.length).toBeGreaterThan(0);
    expect(byNpm.stdout).not.toContain('Indexed');
  });
});
