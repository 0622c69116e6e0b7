/**
 * "Staying up to date": `npm run upgrade` over two local repositories, the generator upstream and a learner's
 * roadmap cloned from it. Code changes arrive; the learner's content/ never conflicts with the starter's.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from './run-build.ts';

const identity = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
};
const env = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...identity, GIT_CONFIG_NOSYSTEM: '1' };

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', env });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

function write(root: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
}

function upgrade(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [path.join(projectRoot, 'scripts/upgrade.ts'), ...args], { cwd, encoding: 'utf8', env });
}

const starterRoadmap = 'title: Starter\nstarter: true\nphases: [{ id: basics, title: Basics }]\n';

let upstream = '';
let learner = '';
beforeEach(() => {
  const root = mkdtempSync(path.join(tmpdir(), 'notes-upgrade-'));
  upstream = path.join(root, 'upstream');
  learner = path.join(root, 'learner');
  mkdirSync(upstream);
  git(upstream, 'init', '-q', '-b', 'main');
  write(upstream, {
    'src/build.ts': 'export const version = 1;\n',
    'content/roadmap.yaml': starterRoadmap,
    'content/notes/basics/docker.mdx': 'starter docker v1\n',
  });
  git(upstream, 'add', '-A');
  git(upstream, 'commit', '-q', '-m', 'v1');
  git(path.dirname(learner), 'clone', '-q', upstream, learner);
  return () => rmSync(root, { recursive: true, force: true });
});

/** Upstream moves on: code, the starter's notes and roadmap all change, and a starter note is added. */
function upstreamReleasesV2(): void {
  write(upstream, {
    'src/build.ts': 'export const version = 2;\n',
    'content/roadmap.yaml': `${starterRoadmap}description: A better starter.\n`,
    'content/notes/basics/docker.mdx': 'starter docker v2\n',
    'content/notes/basics/kubernetes.mdx': 'a new starter note\n',
  });
  git(upstream, 'add', '-A');
  git(upstream, 'commit', '-q', '-m', 'v2');
}

describe('npm run upgrade', () => {
  it("merges the generator's changes and keeps the learner's content/ exactly", () => {
    // The learner made it theirs: their roadmap (no starter marker), their note, the starter's note edited and then removed.
    write(learner, {
      'content/roadmap.yaml': 'title: Jane\nphases: [{ id: basics, title: Basics }]\n',
      'content/notes/basics/mine.mdx': 'my note\n',
      'content/notes/basics/docker.mdx': 'my docker notes\n',
    });
    git(learner, 'add', '-A');
    git(learner, 'commit', '-q', '-m', 'Make it mine');
    const mine = git(learner, 'rev-parse', 'HEAD:content');
    upstreamReleasesV2();

    const result = upgrade(learner);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Upgraded from origin/main; content/ is unchanged and still yours.');
    expect(readFileSync(path.join(learner, 'src/build.ts'), 'utf8')).toBe('export const version = 2;\n');
    expect(git(learner, 'rev-parse', 'HEAD:content')).toBe(mine);
    expect(git(learner, 'status', '--porcelain')).toBe('');
    expect(git(learner, 'log', '-1', '--format=%s')).toBe('Upgrade from origin/main (content/ kept as yours)');
    // A second upgrade finds nothing new, and a later release merges without conflicts either.
    expect(upgrade(learner).stdout).toBe('Already up to date with origin/main.\n');
    write(upstream, { 'content/notes/basics/docker.mdx': 'starter docker v3\n', 'src/build.ts': 'export const version = 3;\n' });
    git(upstream, 'commit', '-q', '-am', 'v3');
    expect(upgrade(learner).status).toBe(0);
    expect(git(learner, 'rev-parse', 'HEAD:content')).toBe(mine);
  });

  it('takes the starter content too while the roadmap is still the starter', () => {
    upstreamReleasesV2();
    const result = upgrade(learner);
    expect(result.status).toBe(0);
    expect(readFileSync(path.join(learner, 'content/notes/basics/kubernetes.mdx'), 'utf8')).toBe('a new starter note\n');
  });

  it('refuses to run over uncommitted changes, and names a missing remote', () => {
    write(learner, { 'content/notes/basics/draft.mdx': 'unsaved\n' });
    const dirty = upgrade(learner);
    expect(dirty.status).toBe(1);
    expect(dirty.stderr).toContain('Your working tree has uncommitted changes.');
    rmSync(path.join(learner, 'content/notes/basics/draft.mdx'));
    const missing = upgrade(learner, '--remote', 'upstream');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('There is no git remote "upstream". Add the generator\'s repository once');
  });
});
