import { describe, expect, it } from 'vitest';
import { notesWithTag, relatedTags, tagIndex, topicCountLabel } from '../../src/lib/tags.ts';
import type { NoteStatus } from '../../src/schemas/note.ts';

/** Notes in roadmap order: only the fields tags look at. */
const note = (slug: string, tags: string[], status: NoteStatus = 'planned') => ({ slug, tags, status });
const notes = [
  note('containers', ['docker', 'containers'], 'done'),
  note('kubernetes', ['kubernetes', 'containers'], 'in-progress'),
  note('pipelines', ['kubernetes', 'workflows']),
  note('serving', ['kubernetes', 'containers', 'zeta']),
  note('alpha', ['alpha']),
];

describe('tagIndex', () => {
  it('lists every tag with its count, most used first, then by name', () => {
    expect(tagIndex(notes).map((t) => `${t.tag} ${t.count}`)).toEqual([
      'containers 3',
      'kubernetes 3',
      'alpha 1',
      'docker 1',
      'workflows 1',
      'zeta 1',
    ]);
  });

  it('keeps each tag’s notes in roadmap order and counts them by status', () => {
    const containers = tagIndex(notes).find((t) => t.tag === 'containers')!;
    expect(containers.notes.map((n) => n.slug)).toEqual(['containers', 'kubernetes', 'serving']);
    expect(containers.statusCounts).toEqual({ done: 1, 'in-progress': 1, planned: 1 });
  });

  it('counts a tag listed twice on one note once', () => {
    expect(tagIndex([note('a', ['x', 'x'])])).toEqual([
      { tag: 'x', count: 1, notes: [note('a', ['x', 'x'])], statusCounts: { done: 0, 'in-progress': 0, planned: 1 } },
    ]);
  });

  it('orders names by code point, not by the machine’s locale', () => {
    expect(tagIndex([note('a', ['b', 'a-b', 'a', 'a1'])]).map((t) => t.tag)).toEqual(['a', 'a-b', 'a1', 'b']);
  });

  it('is empty for a site without tags', () => {
    expect(tagIndex([note('a', [])])).toEqual([]);
  });
});

describe('notesWithTag', () => {
  it('returns the notes of a tag in the order given', () => {
    expect(notesWithTag(notes, 'kubernetes').map((n) => n.slug)).toEqual(['kubernetes', 'pipelines', 'serving']);
  });
});

describe('relatedTags', () => {
  it('lists tags used on the same notes, most shared first, then by name', () => {
    expect(relatedTags(notes, 'kubernetes')).toEqual([
      { tag: 'containers', shared: 2 },
      { tag: 'workflows', shared: 1 },
      { tag: 'zeta', shared: 1 },
    ]);
  });

  it('stops at the limit', () => {
    expect(relatedTags(notes, 'kubernetes', 1)).toEqual([{ tag: 'containers', shared: 2 }]);
  });
});

describe('topicCountLabel', () => {
  it('says topic or topics', () => {
    expect([topicCountLabel(1), topicCountLabel(3)]).toEqual(['1 topic', '3 topics']);
  });
});
