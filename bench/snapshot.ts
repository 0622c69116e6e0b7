/**
 * A private copy of the project to build from.
 *
 * Astro 7 writes its prerender chunks to `<root>/.astro/.prerender/` whatever `cacheDir` and `outDir` say, so two
 * builds of the same folder at once delete each other's chunks (`ERR_MODULE_NOT_FOUND … .astro/.prerender/chunks`).
 * On a shared machine someone may run `npm run build` or the tests while the bench runs; building from a copy
 * keeps both intact, and keeps the measured source fixed for the whole run even if files change meanwhile.
 */
import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';

// Top-level entries the build does not need: outputs, caches, VCS, tests, docs and the bench itself.
const NOT_COPIED = new Set(['node_modules', '.git', '.astro', 'dist', 'test-results', 'playwright-report', 'bench', 'tests', 'docs']);

/**
 * Copies the project at `projectRoot` into `target` (sources and config only) and links its `node_modules`, so
 * `astro build` can run there with the same dependencies. Returns `target`.
 */
export function snapshotProject(projectRoot: string, target: string): string {
  mkdirSync(target, { recursive: true });
  cpSync(projectRoot, target, {
    recursive: true,
    filter: (source) => !NOT_COPIED.has(path.relative(projectRoot, source).split(path.sep)[0]!),
  });
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(target, 'node_modules'), 'dir');
  return target;
}

/** Removes a project's `.astro/` folder (types, prerender chunks), so the next build starts cold. */
export function removeDotAstro(root: string): void {
  rmSync(path.join(root, '.astro'), { recursive: true, force: true });
}
