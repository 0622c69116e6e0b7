#!/usr/bin/env node
/**
 * For the browser tests of live authoring: copies the good fixture to tests/.tmp/dev-content (the tests edit
 * it) and runs `astro dev` over it.
 */
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';

const root = path.resolve(import.meta.dirname, '../..');
export const devContent = path.join(root, 'tests/.tmp/dev-content');
const port = process.env['E2E_DEV_PORT'] ?? '4324';

rmSync(devContent, { recursive: true, force: true });
cpSync(path.join(root, 'tests/fixtures/good/content'), devContent, { recursive: true });
const child = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', port], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CONTENT_DIR: devContent, ASTRO_CACHE_DIR: path.join(root, 'node_modules/.astro-fixtures/e2e-dev') },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
