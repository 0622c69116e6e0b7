import { describe, expect, it } from 'vitest';
import { noteTemplate, newSlugProblem, titleFromSlug } from '../../src/lib/scaffold.ts';
import { parseYamlWithLines, splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { noteFrontmatterSchema } from '../../src/schemas/note.ts';

describe('scaffolding a note', () => {
  it('turns a slug into a sentence-case title', () => {
    expect(titleFromSlug('kubernetes-advanced')).toBe('Kubernetes advanced');
  });

  it('writes frontmatter that passes the note schema', () => {
    const split = splitFrontmatter(noteTemplate({ title: 'Yes', phase: 'platforms', today: '2026-03-10' }));
    const parsed = parseYamlWithLines(split.yaml!);
    expect(parsed.problems).toEqual([]);
    const data = noteFrontmatterSchema.parse(parsed.data);
    expect(data).toMatchObject({ title: 'Yes', phase: 'platforms', status: 'planned', prerequisites: [], log: [] });
  });

  it('quotes titles that YAML would misread', () => {
    expect(noteTemplate({ title: 'Caching: a primer', phase: 'p', today: '2026-03-10' })).toContain('title: "Caching: a primer"\n');
    expect(noteTemplate({ title: '2026 plan', phase: 'p', today: '2026-03-10' })).toContain('title: "2026 plan"\n');
  });

  it('refuses invalid and existing slugs', () => {
    const existing = new Map([['docker', 'content/notes/infra/docker.mdx']]);
    expect(newSlugProblem('docker', existing)).toBe(
      'A note with the slug "docker" already exists: content/notes/infra/docker.mdx. Pick another slug, or edit that note.',
    );
    expect(newSlugProblem('Docker', existing)).toMatch(/^"Docker" is not a valid slug/);
    expect(newSlugProblem('kserve', existing)).toBeUndefined();
  });
});
