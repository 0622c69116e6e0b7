/** Renaming a note without an alias fails the build with instructions; an alias or a deliberate drop fixes it. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, projectRoot } from './run-build.ts';

function copyOfGoodSite(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'notes-permalinks-'));
  cpSync(path.join(projectRoot, 'tests/fixtures/good/content'), path.join(dir, 'content'), { recursive: true });
  return path.join(dir, 'content');
}

function run(script: string, contentDir: string, args: string[] = []) {
  return spawnSync(process.execPath, [path.join(projectRoot, 'scripts', script), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir },
  });
}

describe('links that never break', () => {
  it('warns that nothing counts as published while there is no manifest', () => {
    const content = copyOfGoodSite();
    rmSync(path.join(content, 'permalinks.json'));
    const result = run('check.ts', content);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(
      /^warning: .*content\/permalinks\.json:1 permalinks: there is no manifest of published URLs yet, so no URL counts as published\./m,
    );
  });

  it('fails the build when a published note is renamed without an alias, and passes once the alias is added', () => {
    const content = copyOfGoodSite();
    rmSync(path.join(content, 'permalinks.json'));
    expect(run('permalinks.ts', content).status).toBe(0);
    const manifest = readFileSync(path.join(content, 'permalinks.json'), 'utf8');
    expect(manifest).toContain('"/topics/pipelines/": ["why-pipelines"]');

    const renamed = path.join(content, 'notes/platforms/workflows.mdx');
    renameSync(path.join(content, 'notes/platforms/pipelines.mdx'), renamed);
    const broken = buildFixture('permalinks', { CONTENT_DIR: content });
    expect(broken.status).toBe(1);
    const line = manifest.split('\n').findIndex((l) => l.includes('"/topics/pipelines/"')) + 1;
    expect(broken.problemLines).toContain(
      `${path.relative(projectRoot, content)}/permalinks.json:${line} permalinks: /topics/pipelines/ was published but would now disappear. If you renamed or merged the note, add "pipelines" to the new note's aliases so the old link redirects; to remove it on purpose, run npm run permalinks -- --drop /topics/pipelines/`,
    );

    writeFileSync(renamed, readFileSync(renamed, 'utf8').replace('phase: platforms', 'phase: platforms\naliases: [pipelines]'));
    const fixed = buildFixture('permalinks', { CONTENT_DIR: content });
    expect(fixed.problemLines.filter((l) => !l.startsWith('warning:'))).toEqual([]);
    expect(fixed.status).toBe(0);
    expect(readFileSync(path.join(fixed.outDir, 'topics/pipelines/index.html'), 'utf8')).toContain('url=/topics/workflows/');
  });

  it('fails when a published heading anchor disappears, and lets the author drop it on purpose', () => {
    const content = copyOfGoodSite();
    run('permalinks.ts', content);
    const file = path.join(content, 'notes/basics/containers.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('## Registries', '## Image registries'));
    const check = run('check.ts', content);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(
      'permalinks: /topics/containers/#registries was published but that heading is gone. Keep a heading whose id is "registries", or remove the anchor on purpose with npm run permalinks -- --drop /topics/containers/#registries',
    );

    const refused = run('permalinks.ts', content);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('npm run permalinks -- --drop /topics/containers/#registries');

    const dropped = run('permalinks.ts', content, ['--drop', '/topics/containers/#registries']);
    expect(dropped.status).toBe(0);
    expect(run('check.ts', content).status).toBe(0);
    expect(readFileSync(path.join(content, 'permalinks.json'), 'utf8')).toContain(
      '"/topics/containers/": ["build-cache","image-registries","images-and-layers"]',
    );
  });
});
