/**
 * Notes compiled by one build are reused by the next, and recompiled when anything they show changes —
 * their own text, or another note's title (wikilink labels come from it).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, projectRoot } from './run-build.ts';

describe('the compiled-note cache', () => {
  it('reuses unchanged notes, recompiles the changed one, and follows other notes’ titles', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'notes-mdx-cache-'));
    const content = path.join(dir, 'content');
    cpSync(path.join(projectRoot, 'tests/fixtures/good/content'), content, { recursive: true });
    const compiled = path.join(dir, '.astro-cache', 'mlops-study-notes', 'compiled-notes');
    const entries = () => readdirSync(compiled).filter((f) => f.endsWith('.json')).length;
    const build = () => {
      const result = buildFixture('mdx-cache', { CONTENT_DIR: content });
      expect(result.status).toBe(0);
      return (route: string) => readFileSync(path.join(result.outDir, route, 'index.html'), 'utf8');
    };

    const first = build();
    const afterFirst = entries();
    expect(afterFirst).toBe(4);

    const second = build();
    expect(entries()).toBe(afterFirst);
    expect(second('topics/kubernetes/')).toBe(first('topics/kubernetes/'));

    const pipelines = path.join(content, 'notes/platforms/pipelines.mdx');
    writeFileSync(pipelines, readFileSync(pipelines, 'utf8').replace('Steps depend on', 'Every step depends on'));
    const third = build();
    expect(entries()).toBe(afterFirst + 1);
    expect(third('topics/pipelines/')).toContain('Every step depends on');

    const containers = path.join(content, 'notes/basics/containers.mdx');
    writeFileSync(containers, readFileSync(containers, 'utf8').replace('title: Containers\n', 'title: Containers and images\n'));
    const fourth = build();
    expect(fourth('topics/kubernetes/')).toContain('<a href="/topics/containers/" class="wikilink">Containers and images</a>');
  });
});
