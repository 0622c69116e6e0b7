import { describe, expect, it } from 'vitest';
import {
  buildSiteGraph,
  findPrerequisiteCycles,
  isReadyToStudy,
  neighbours,
  nextUp,
  prerequisiteReduction,
  progressOf,
  sortByRoadmap,
} from '../../src/lib/graph.ts';
import { noteRecord } from './note-record-fixture.ts';
import type { NoteStatus } from '../../src/schemas/note.ts';

const phases = ['foundations', 'platforms'];

const note = noteRecord;

const slugs = (notes: readonly { slug: string }[]) => notes.map((n) => n.slug);

describe('findPrerequisiteCycles', () => {
  it('finds nothing in a graph without cycles', () => {
    expect(
      findPrerequisiteCycles([
        { slug: 'kubeflow', prerequisites: ['kubernetes', 'docker'] },
        { slug: 'kubernetes', prerequisites: ['docker'] },
        { slug: 'docker', prerequisites: [] },
      ]),
    ).toEqual([]);
  });

  it('reports each cycle once, as a closed path from its alphabetically first slug', () => {
    expect(
      findPrerequisiteCycles([
        { slug: 'c', prerequisites: ['a'] },
        { slug: 'a', prerequisites: ['b'] },
        { slug: 'b', prerequisites: ['c'] },
        { slug: 'y', prerequisites: ['x'] },
        { slug: 'x', prerequisites: ['y'] },
      ]),
    ).toEqual([
      ['a', 'b', 'c', 'a'],
      ['x', 'y', 'x'],
    ]);
  });

  it('ignores a note that lists itself, which is reported on its own', () => {
    expect(findPrerequisiteCycles([{ slug: 'docker', prerequisites: ['docker'] }])).toEqual([]);
  });

  it('ignores prerequisites that are not notes', () => {
    expect(findPrerequisiteCycles([{ slug: 'docker', prerequisites: ['containers'] }])).toEqual([]);
  });
});

describe('sortByRoadmap', () => {
  it('orders by phase, then order, then title, then slug, with unordered notes last in their phase', () => {
    const notes = [
      note('unordered-b', { title: 'B' }),
      note('later-phase', { phase: 'platforms', order: 1 }),
      note('unordered-a', { title: 'A' }),
      note('second', { order: 2 }),
      note('same-title-z', { title: 'Same', order: 1 }),
      note('same-title-y', { title: 'Same', order: 1 }),
      note('no-phase', { phase: 'unknown', order: 0 }),
      note('first', { order: 0.5, title: 'Z' }),
    ];
    expect(slugs(sortByRoadmap(notes, phases))).toEqual([
      'first',
      'same-title-y',
      'same-title-z',
      'second',
      'unordered-a',
      'unordered-b',
      'later-phase',
      'no-phase',
    ]);
  });

  it('leaves its input untouched', () => {
    const notes = [note('b'), note('a')];
    sortByRoadmap(notes, phases);
    expect(slugs(notes)).toEqual(['b', 'a']);
  });
});

describe('buildSiteGraph', () => {
  const docker = note('docker', { order: 1 });
  const kubernetes = note('kubernetes', {
    order: 2,
    prerequisites: ['docker'],
    related: ['kubeflow'],
    links: [{ kind: 'wikilink', target: 'docker', line: 3, column: 1, context: 'Pods run [[docker]] images.' }],
    linksTo: [{ slug: 'docker', context: 'Pods run [[docker]] images.' }],
  });
  const kubeflow = note('kubeflow', {
    phase: 'platforms',
    prerequisites: ['kubernetes', 'docker', 'secret-plans'],
    related: ['docker', 'secret-plans'],
    links: [
      { kind: 'markdown', href: '../kubernetes.mdx', line: 5, column: 3, context: 'Runs on Kubernetes.' },
      { kind: 'wikilink', target: 'docker', line: 6, column: 1, context: 'Steps are [[docker]] containers.' },
      { kind: 'wikilink', target: 'docker', line: 7, column: 1, context: 'A second mention.' },
    ],
    linksTo: [
      { slug: 'kubernetes', context: 'Runs on Kubernetes.' },
      { slug: 'docker', context: 'Steps are [[docker]] containers.' },
      { slug: 'secret-plans', context: 'A draft.' },
    ],
  });
  const graph = buildSiteGraph([kubeflow, kubernetes, docker], phases);

  it('puts the notes in roadmap order and indexes them by slug', () => {
    expect(slugs(graph.ordered)).toEqual(['docker', 'kubernetes', 'kubeflow']);
    expect(graph.bySlug.get('kubeflow')).toBe(kubeflow);
  });

  it('lists what each note unlocks, in roadmap order', () => {
    expect(Object.fromEntries(graph.unlocks)).toEqual({ docker: ['kubernetes', 'kubeflow'], kubernetes: ['kubeflow'], kubeflow: [] });
  });

  it('derives backlinks from outgoing links, once per note, with the first mention as context', () => {
    expect(Object.fromEntries(graph.backlinks)).toEqual({
      docker: [
        { slug: 'kubernetes', context: 'Pods run [[docker]] images.' },
        { slug: 'kubeflow', context: 'Steps are [[docker]] containers.' },
      ],
      kubernetes: [{ slug: 'kubeflow', context: 'Runs on Kubernetes.' }],
      kubeflow: [],
    });
  });

  it('makes related notes symmetrical, in roadmap order, leaving out notes not in the site', () => {
    expect(Object.fromEntries(graph.related)).toEqual({
      docker: ['kubeflow'],
      kubernetes: ['kubeflow'],
      kubeflow: ['docker', 'kubernetes'],
    });
  });

  it('lists a related pair once when both notes name each other', () => {
    const a = note('a', { related: ['b'] });
    const b = note('b', { related: ['a'] });
    expect(Object.fromEntries(buildSiteGraph([a, b], phases).related)).toEqual({ a: ['b'], b: ['a'] });
  });
});

describe('neighbours', () => {
  const graph = buildSiteGraph([note('a', { order: 1 }), note('b', { order: 2 }), note('c', { order: 3 })], phases);

  it('gives the notes before and after in roadmap order', () => {
    const { previous, next } = neighbours(graph, 'b');
    expect([previous?.slug, next?.slug]).toEqual(['a', 'c']);
  });

  it('has no previous note for the first and no next note for the last', () => {
    expect(neighbours(graph, 'a').previous).toBeUndefined();
    expect(neighbours(graph, 'c').next).toBeUndefined();
  });

  it('has no neighbours for a note that is not in the graph', () => {
    expect(neighbours(graph, 'draft')).toEqual({ previous: undefined, next: undefined });
  });
});

describe('progressOf', () => {
  const withStatuses = (...statuses: NoteStatus[]) => statuses.map((status) => ({ status }));

  it('counts notes by status', () => {
    expect(progressOf(withStatuses('done', 'done', 'in-progress', 'planned'))).toEqual({
      total: 4,
      counts: { planned: 1, 'in-progress': 1, done: 2 },
      percent: { planned: 25, 'in-progress': 25, done: 50 },
    });
  });

  it('rounds percentages so they add up to 100, giving the rest to the largest remainders', () => {
    // 5/7 = 71.43, 1/7 = 14.29, 1/7 = 14.29: the one point left goes to the largest remainder.
    expect(progressOf(withStatuses('planned', 'planned', 'planned', 'planned', 'planned', 'in-progress', 'done')).percent).toEqual({
      planned: 72,
      'in-progress': 14,
      done: 14,
    });
    // 3/7 = 42.86 twice and 1/7 = 14.29: two points go to the two larger remainders.
    expect(progressOf(withStatuses('planned', 'planned', 'planned', 'in-progress', 'in-progress', 'in-progress', 'done')).percent).toEqual({
      planned: 43,
      'in-progress': 43,
      done: 14,
    });
  });

  it('breaks equal remainders by status name', () => {
    expect(progressOf(withStatuses('planned', 'in-progress', 'done')).percent).toEqual({ planned: 33, 'in-progress': 33, done: 34 });
  });

  it('always adds up to 100', () => {
    for (let planned = 0; planned <= 12; planned++) {
      for (let inProgress = 0; inProgress <= 12; inProgress++) {
        for (let done = 0; done <= 12; done++) {
          if (planned + inProgress + done === 0) continue;
          const notes = [
            ...withStatuses(...Array<NoteStatus>(planned).fill('planned')),
            ...withStatuses(...Array<NoteStatus>(inProgress).fill('in-progress')),
            ...withStatuses(...Array<NoteStatus>(done).fill('done')),
          ];
          const { percent } = progressOf(notes);
          expect(percent.planned + percent['in-progress'] + percent.done).toBe(100);
        }
      }
    }
  });

  it('is all zeros for an empty site', () => {
    expect(progressOf([])).toEqual({
      total: 0,
      counts: { planned: 0, 'in-progress': 0, done: 0 },
      percent: { planned: 0, 'in-progress': 0, done: 0 },
    });
  });
});

describe('isReadyToStudy', () => {
  const bySlug = new Map([
    ['docker', note('docker', { status: 'done' })],
    ['kubernetes', note('kubernetes', { status: 'in-progress' })],
  ]);

  it('is true when every prerequisite is done', () => {
    expect(isReadyToStudy(note('kubernetes', { prerequisites: ['docker'] }), bySlug)).toBe(true);
    expect(isReadyToStudy(note('intro'), bySlug)).toBe(true);
  });

  it('is false while a prerequisite is not done', () => {
    expect(isReadyToStudy(note('kubeflow', { prerequisites: ['docker', 'kubernetes'] }), bySlug)).toBe(false);
  });

  it('is false for a note that is done', () => {
    expect(isReadyToStudy(note('docker', { status: 'done' }), bySlug)).toBe(false);
  });
});

describe('nextUp', () => {
  const graph = buildSiteGraph(
    [
      note('docker', { order: 1, status: 'done' }),
      note('kubernetes', { order: 2, prerequisites: ['docker'] }),
      note('helm', { order: 3, prerequisites: ['kubernetes'] }),
      note('terraform', { order: 4 }),
      note('kubeflow', { phase: 'platforms', status: 'in-progress', prerequisites: ['kubernetes'] }),
    ],
    phases,
  );

  it('lists notes in progress first, then planned notes whose prerequisites are done, in roadmap order', () => {
    expect(slugs(nextUp(graph, 10))).toEqual(['kubeflow', 'kubernetes', 'terraform']);
  });

  it('stops at the limit', () => {
    expect(slugs(nextUp(graph, 2))).toEqual(['kubeflow', 'kubernetes']);
  });
});

describe('prerequisiteReduction', () => {
  it('leaves out an edge that a longer path implies', () => {
    expect(
      prerequisiteReduction([
        { slug: 'a', prerequisites: [] },
        { slug: 'b', prerequisites: ['a'] },
        { slug: 'c', prerequisites: ['a', 'b'] },
      ]),
    ).toEqual([
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
    ]);
  });

  it('keeps edges implied only through a longer chain out too, and keeps independent prerequisites', () => {
    expect(
      prerequisiteReduction([
        { slug: 'a', prerequisites: [] },
        { slug: 'b', prerequisites: ['a'] },
        { slug: 'c', prerequisites: ['b'] },
        { slug: 'x', prerequisites: [] },
        { slug: 'd', prerequisites: ['a', 'c', 'x', 'x'] },
      ]),
    ).toEqual([
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
      { from: 'c', to: 'd' },
      { from: 'x', to: 'd' },
    ]);
  });

  it('ignores prerequisites that are not in the list (drafts)', () => {
    expect(prerequisiteReduction([{ slug: 'b', prerequisites: ['draft'] }])).toEqual([]);
  });
});

describe('prerequisiteReduction on a large roadmap', () => {
  // The reduction as it was computed with a Set of slugs per note: the bitsets must give the very same edges.
  function reductionWithSets(notes: readonly { slug: string; prerequisites: readonly string[] }[]) {
    const known = new Map(notes.map((n) => [n.slug, n.prerequisites.filter((p) => p !== n.slug)]));
    const ancestors = new Map<string, Set<string>>();
    const visiting = new Set<string>();
    const ancestorsOf = (slug: string): Set<string> => {
      const cached = ancestors.get(slug);
      if (cached) return cached;
      const found = new Set<string>();
      if (visiting.has(slug)) return found;
      visiting.add(slug);
      for (const prerequisite of known.get(slug) ?? []) {
        if (!known.has(prerequisite)) continue;
        found.add(prerequisite);
        for (const further of ancestorsOf(prerequisite)) found.add(further);
      }
      visiting.delete(slug);
      ancestors.set(slug, found);
      return found;
    };
    return notes.flatMap((note) => {
      const direct = [...new Set(known.get(note.slug) ?? [])].filter((p) => known.has(p));
      return direct
        .filter((prerequisite) => !direct.some((other) => other !== prerequisite && ancestorsOf(other).has(prerequisite)))
        .map((prerequisite) => ({ from: prerequisite, to: note.slug }));
    });
  }

  // A seeded roadmap of 300 notes, each on 0–4 earlier ones (some unknown, some repeated), with a few cycles.
  function roadmap(seed: number) {
    let state = seed;
    const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    return Array.from({ length: 300 }, (_, i) => ({
      slug: `n${i}`,
      prerequisites: Array.from({ length: Math.floor(random() * 5) }, () =>
        random() < 0.05 ? `draft${i}` : `n${random() < 0.02 ? i + 1 + Math.floor(random() * 5) : Math.floor(random() * i)}`,
      ),
    }));
  }

  it('gives the same edges as a reduction over sets of slugs, cycles included', () => {
    for (const seed of [1, 2, 3]) {
      const notes = roadmap(seed);
      expect(prerequisiteReduction(notes)).toEqual(reductionWithSets(notes));
    }
  });
});

describe('neighbours on a large roadmap', () => {
  it('gives every note the ones before and after it in roadmap order', () => {
    const notes = Array.from({ length: 200 }, (_, i) => note(`n${i}`, { order: i + 1 }));
    const graph = buildSiteGraph(notes, phases);
    for (const [i, n] of graph.ordered.entries()) {
      expect(neighbours(graph, n.slug)).toEqual({ previous: graph.ordered[i - 1], next: graph.ordered[i + 1] });
    }
  });
});
