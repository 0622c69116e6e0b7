import { describe, expect, it } from 'vitest';
import { buildSiteGraph } from '../../src/lib/graph.ts';
import { topicHistory, topicRelations } from '../../src/lib/topic-view.ts';
import { noteRecord } from './note-record-fixture.ts';

const phases = ['foundations', 'platforms'];
const docker = noteRecord('docker', { title: 'Docker', status: 'done', order: 1, completed: '2026-03-01' });
const kubernetes = noteRecord('kubernetes', {
  title: 'Kubernetes',
  order: 2,
  prerequisites: ['docker', 'draft-topic'],
  related: ['kubeflow'],
  linksTo: [{ slug: 'docker', context: 'Builds on Docker.' }],
});
const kubeflow = noteRecord('kubeflow', {
  title: 'Kubeflow',
  phase: 'platforms',
  prerequisites: ['kubernetes'],
  linksTo: [{ slug: 'kubernetes', context: 'Runs on Kubernetes.' }],
});
const graph = buildSiteGraph([kubeflow, kubernetes, docker], phases);
const slugs = (notes: readonly { slug: string }[]) => notes.map((n) => n.slug);

describe('topicRelations', () => {
  it('lists the published notes around a topic, leaving out slugs of notes not in the graph', () => {
    const relations = topicRelations(graph, kubernetes);
    expect(slugs(relations.prerequisites)).toEqual(['docker']);
    expect(slugs(relations.unlocks)).toEqual(['kubeflow']);
    expect(slugs(relations.related)).toEqual(['kubeflow']);
    expect(relations.backlinks.map((b) => [b.note.slug, b.link.context])).toEqual([['kubeflow', 'Runs on Kubernetes.']]);
    expect([relations.previous?.slug, relations.next?.slug]).toEqual(['docker', 'kubeflow']);
  });

  it('calls a planned topic ready when it has prerequisites and all of them are done', () => {
    expect(topicRelations(graph, { ...kubernetes, prerequisites: ['docker'] }).ready).toBe(true);
    // A prerequisite that is not published (a draft) is not done.
    expect(topicRelations(graph, kubernetes).ready).toBe(false);
    // Its prerequisite is not done.
    expect(topicRelations(graph, kubeflow).ready).toBe(false);
    // No prerequisites: a starting point, not "ready next".
    expect(topicRelations(graph, docker).ready).toBe(false);
  });

  it('has no previous note for the first topic and no next one for the last', () => {
    expect(topicRelations(graph, docker).previous).toBeUndefined();
    expect(topicRelations(graph, kubeflow).next).toBeUndefined();
  });
});

describe('topicHistory', () => {
  const note = noteRecord('kubeflow', {
    title: 'Kubeflow',
    status: 'in-progress',
    started: '2026-03-01',
    target: '2026-03-10',
    log: [{ date: '2026-03-02', note: 'Pipelines.', hours: 1 }],
  });

  it('splits the note’s events at today, with the target ahead while it has not passed', () => {
    const history = topicHistory(note, '2026-03-05');
    expect(history.past.map(({ event, overdue }) => [event.kind, event.date, overdue])).toEqual([
      ['started', '2026-03-01', false],
      ['session', '2026-03-02', false],
    ]);
    expect(history.upcoming.map((event) => [event.kind, event.date])).toEqual([['target', '2026-03-10']]);
    expect(history.today).toBe('2026-03-05');
  });

  it('marks a passed target as overdue', () => {
    const history = topicHistory(note, '2026-03-12');
    expect(history.past.map(({ event, overdue }) => [event.kind, overdue])).toEqual([
      ['started', false],
      ['session', false],
      ['target', true],
    ]);
    expect(history.upcoming).toEqual([]);
  });

  it('shows a draft its own history', () => {
    expect(topicHistory({ ...note, draft: true }, '2026-03-05').past).toHaveLength(2);
  });
});
