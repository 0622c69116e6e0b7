/** Runs the real CLI (`astro build`, `scripts/check.ts`) over a fixture content folder, as an author would. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

export interface RunResult {
  status: number | null;
  /** Set when the process was killed (by the timeout), null when it ended on its own. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The author-facing problem lines of stderr: `<file>:<line> …` and `warning: …`. */
  problemLines: string[];
}

/** vitest puts its own and Vite's variables (NODE_ENV=test, BASE_URL, MODE, …) in process.env; a build must not see them. */
function withoutTestEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_ENV: _n, VITEST: _v, BASE_URL: _b, DEV: _d, MODE: _m, SSR: _s, PROD: _p, ...rest } = env;
  return rest;
}

function run(args: string[], env: Record<string, string>): RunResult {
  const result = spawnSync(process.execPath, args, {
    cwd: projectRoot,
    encoding: 'utf8',
    // A failed check or build must end on its own: one that hangs is killed here (status null) and fails its test.
    timeout: 240_000,
    // Without vitest's NODE_ENV=test: the build must run as it does for an author.
    env: { ...withoutTestEnv(process.env), FORCE_COLOR: '0', NO_COLOR: '1', ...env },
  });
  const problemLines = result.stderr.split('\n').filter((line) => /^(warning: )?\S+\.[A-Za-z0-9]+:\d+/.test(line));
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr, problemLines };
}

export function fixtureContent(name: string): string {
  return `tests/fixtures/${name}/content`;
}

/** The build commands: `astro build` itself, and `npm run build` (scripts/build.ts, which runs it). */
const BUILD_COMMANDS = {
  astro: [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'],
  npm: [path.join(projectRoot, 'scripts/build.ts')],
};

/** `astro build` (or `npm run build`) of a fixture into a fresh temporary folder (or `outDir`); returns the folder with the result. */
export function buildFixture(
  name: string,
  env: Record<string, string> = {},
  {
    outDir = mkdtempSync(path.join(tmpdir(), `notes-${name}-`)),
    command = 'astro',
  }: { outDir?: string; command?: keyof typeof BUILD_COMMANDS } = {},
): RunResult & { outDir: string } {
  const contentDir = env['CONTENT_DIR'] ?? fixtureContent(name);
  // One Astro cache per content folder: a cache reused after the content moved can serve stale renders.
  const cacheDir = path.isAbsolute(contentDir)
    ? path.join(path.dirname(contentDir), '.astro-cache')
    : path.join(projectRoot, 'node_modules/.astro-fixtures', name);
  const result = run([...BUILD_COMMANDS[command], '--outDir', outDir], {
    CONTENT_DIR: contentDir,
    ASTRO_CACHE_DIR: cacheDir,
    ...env,
  });
  return { ...result, outDir };
}

export function checkFixture(name: string, args: string[] = [], env: Record<string, string> = {}): RunResult {
  return run([path.join(projectRoot, 'scripts/check.ts'), ...args], { CONTENT_DIR: fixtureContent(name), ...env });
}
