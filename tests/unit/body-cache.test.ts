/**
 * The cache of read note bodies and parsed frontmatter, over a temporary project folder: what a later run is served
 * from the file, and what is never stored.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openBodyCache } from '../../src/node/body-cache.ts';

const yaml = 'title: Kubeflow\nsummary: Pipelines.\nphase: platforms\nlog:\n  - date: 2026-03-01\n    hours: 2\n';
let root: string;
const cacheFile = () => path.join(root, 'node_modules/.astro/mlops-study-notes/note-bodies.json');

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'body-cache-'));
  // The cache goes where a project keeps it: node_modules/.astro of the root.
  vi.stubEnv('ASTRO_CACHE_DIR', undefined);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('openBodyCache', () => {
  it('serves a later run the frontmatter it parsed, from the file, with the same lines', () => {
    const first = openBodyCache(root);
    const parsed = first.readFrontmatter(yaml);
    expect(parsed.lineOf(['log', 0, 'hours'])).toBe(6);
    first.save();

    // Changed in the file by hand: a run that gets this back was served from the cache, not from a new parse.
    const stored = JSON.parse(readFileSync(cacheFile(), 'utf8')) as { frontmatter: Record<string, { data: { title: string } }> };
    const [key] = Object.keys(stored.frontmatter);
    stored.frontmatter[key!]!.data.title = 'From the cache';
    writeFileSync(cacheFile(), JSON.stringify(stored));

    const again = openBodyCache(root).readFrontmatter(yaml);
    expect(again.data).toMatchObject({ title: 'From the cache', phase: 'platforms' });
    expect(again.lineOf(['log', 0, 'hours'])).toBe(6);
    expect(again.topLevelKeys).toEqual(parsed.topLevelKeys);
  });

  it('never stores frontmatter whose values JSON would change, and keeps only what the last run used', () => {
    const first = openBodyCache(root);
    expect(first.readFrontmatter('hours: .inf').data).toEqual({ hours: Infinity });
    first.readFrontmatter(yaml);
    first.save();
    expect(Object.keys(JSON.parse(readFileSync(cacheFile(), 'utf8')).frontmatter)).toHaveLength(1);

    const second = openBodyCache(root);
    second.readFrontmatter('title: Another note');
    second.save();
    const kept = JSON.parse(readFileSync(cacheFile(), 'utf8')).frontmatter as Record<string, { data: unknown }>;
    expect(Object.values(kept).map((entry) => entry.data)).toEqual([{ title: 'Another note' }]);
  });
});
