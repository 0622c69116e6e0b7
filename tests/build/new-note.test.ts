/** `npm run new` scaffolds a note that passes the checks and builds, and refuses what it cannot create. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, projectRoot } from './run-build.ts';

function copyOfGoodSite(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'notes-new-'));
  cpSync(path.join(projectRoot, 'tests/fixtures/good/content'), path.join(dir, 'content'), { recursive: true });
  return path.join(dir, 'content');
}

function runNew(contentDir: string, args: string[]) {
  return spawnSync(process.execPath, [path.join(projectRoot, 'scripts/new.ts'), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, STUDY_NOTES_TODAY: '2026-03-10', CI: 'true' },
  });
}

describe('npm run new', () => {
  it('creates a note with valid frontmatter that builds, and prints its path and URL', () => {
    const content = copyOfGoodSite();
    const result = runNew(content, ['feature-stores', '--phase', 'platforms', '--title', 'Feature stores: Feast']);
    expect(result.status).toBe(0);
    const file = path.join(content, 'notes/platforms/feature-stores.mdx');
    expect(result.stdout).toContain('notes/platforms/feature-stores.mdx');
    expect(result.stdout).toContain('It will be published at /topics/feature-stores/.');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('title: "Feature stores: Feast"\n');
    expect(text).toContain('status: planned');
    expect(text).toContain('# started: 2026-03-10');

    const build = buildFixture('new-note', { CONTENT_DIR: content });
    expect(build.problemLines).toEqual([]);
    expect(build.status).toBe(0);
    expect(readFileSync(path.join(build.outDir, 'topics/feature-stores/index.html'), 'utf8')).toMatch(
      /<h1[^>]*>Feature stores: Feast<\/h1>/,
    );
    // The content folder is outside the project here: links to note files still resolve.
    expect(readFileSync(path.join(build.outDir, 'topics/kubernetes/index.html'), 'utf8')).toContain(
      '<a href="/topics/containers/#images-and-layers">containers</a>',
    );
  });

  it('takes the title from the slug and the first phase when none is given', () => {
    const content = copyOfGoodSite();
    expect(runNew(content, ['model-serving']).status).toBe(0);
    expect(readFileSync(path.join(content, 'notes/foundations/model-serving.mdx'), 'utf8')).toContain('title: Model serving\n');
  });

  it('refuses a slug that exists in any folder', () => {
    const content = copyOfGoodSite();
    const result = runNew(content, ['kubernetes', '--phase', 'platforms']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /A note with the slug "kubernetes" already exists: .*notes\/basics\/kubernetes\.mdx\. Pick another slug, or edit that note\./,
    );
    expect(existsSync(path.join(content, 'notes/platforms/kubernetes.mdx'))).toBe(false);
  });

  it('refuses an unknown phase and lists the real ones', () => {
    const result = runNew(copyOfGoodSite(), ['serving', '--phase', 'deployment']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'Unknown phase "deployment". Use one of: foundations, platforms, later (they are listed in content/roadmap.yaml).',
    );
  });

  it('refuses a slug that is not lowercase-with-hyphens', () => {
    const result = runNew(copyOfGoodSite(), ['Model_Serving']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      '"Model_Serving" is not a valid slug: use lowercase letters, digits and single hyphens, e.g. kubernetes-advanced.',
    );
  });

  it('never prompts in CI: with no slug it explains how to call it', () => {
    const result = runNew(copyOfGoodSite(), []);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Give the new note a slug.\nUsage: npm run new -- <slug> [--phase <id>] [--title "Title"]');
  });
});
