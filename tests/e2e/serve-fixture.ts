#!/usr/bin/env node
/**
 * For the browser tests: builds the good fixture site under a base path (`/sub/`), then serves it there.
 * It holds a draft and an alias, which the starter roadmap does not.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const port = process.env['E2E_FIXTURE_PORT'] ?? '4323';
// On another port, another output folder and cache: two test runs on one machine must not rebuild each other's site.
const suffix = port === '4323' ? '' : `-${port}`;
const outDir = path.join(root, `tests/.tmp/dist-sub${suffix}`);

const build = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    CONTENT_DIR: 'tests/fixtures/good/content',
    ASTRO_CACHE_DIR: path.join(root, `node_modules/.astro-fixtures/e2e-sub${suffix}`),
    BASE_PATH: '/sub/',
    SITE_URL: 'https://notes.example.org',
  },
});
if (build.status !== 0) process.exit(build.status ?? 1);
process.argv.push('--dir', outDir, '--port', port, '--base', '/sub/');
await import('../serve-dist.ts');
