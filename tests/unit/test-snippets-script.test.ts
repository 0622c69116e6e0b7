import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const python = spawnSync('/usr/bin/python3', ['-c', 'import sklearn, yaml, kubernetes'], { encoding: 'utf8' });
const shellcheck = spawnSync('sh', ['-c', 'command -v shellcheck'], { encoding: 'utf8' });
const toolsMissing = python.status !== 0 || shellcheck.status !== 0;
if (toolsMissing) console.warn('tests/unit/test-snippets-script: Debian python3 packages or shellcheck missing; skipped.');

describe.skipIf(toolsMissing)('npm run test:snippets over a fixture note', () => {
  const run = spawnSync(process.execPath, ['scripts/test-snippets.ts', '--dir', 'tests/fixtures/snippets/notes'], {
    cwd: root,
    encoding: 'utf8',
  });
  const lines = run.stdout.split('\n');
  const status = (line: number) => lines.find((l) => l.includes(`mixed.mdx:${line} `))?.split(' ')[0];

  it('exits 1 and ends with a summary that counts every kind of result', () => {
    expect(run.status).toBe(1);
    expect(lines.filter(Boolean).at(-1)).toMatch(
      /^7 ran or validated, 1 syntax-checked only \(norun\), 2 not checked, 6 failed — 1 note in /,
    );
  });

  it('runs python, compares output blocks with the real stdout, and chains a continues block', () => {
    expect(status(7)).toBe('ok');
    expect(status(11)).toBe('ok');
    expect(run.stdout).toContain(
      'mixed.mdx:21 output differs from what the python block above prints\n         it prints:\n         actual\n',
    );
    expect(run.stdout).toMatch(/mixed\.mdx:27 python runs in [\d.]+ s \(after 2 earlier blocks\)/);
    expect(run.stdout).toContain('mixed.mdx:37 python exits with 1\n         boom\n');
  });

  it('only compiles a norun block, and fails a language without a checker unless norun says why', () => {
    expect(run.stdout).toContain('syntax tests/fixtures/snippets/notes/mixed.mdx:33 python compiles; not run: needs pandera (PyPI only)');
    expect(status(70)).toBe('FAIL');
    expect(run.stdout).toContain('mixed.mdx:74 hcl block, no checker here: no terraform here');
  });

  it('checks built-in Kubernetes kinds field by field and custom resources by name', () => {
    expect(run.stdout).toContain('mixed.mdx:41 yaml\n         document 1 (Deployment).spec.replica: unknown field for V1DeploymentSpec');
    expect(run.stdout).toContain('mixed.mdx:57 yaml valid (InferenceService:basic)');
  });

  it('lints shell with shellcheck and reports unknown fence words', () => {
    expect(run.stdout).toContain('[SC2164]');
    expect(run.stdout).toContain('[SC2086]');
    expect(run.stdout).toContain('mixed.mdx:86 fence meta\n         unknown fence word "shiny"');
  });
});
