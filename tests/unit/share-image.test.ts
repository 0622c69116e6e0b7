import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  everyShareImage,
  fitTitle,
  prerequisitesLabel,
  shareImageAlt,
  shareImageCacheKey,
  shareImagePath,
  siteShareImageOf,
  topicShareImage,
  topicShareImageOf,
  weekShareImage,
  weekShareImagePath,
} from '../../src/lib/share-image.ts';
import { buildSiteGraph, progressOf } from '../../src/lib/graph.ts';
import { weeklyDigests } from '../../src/lib/weeks.ts';
import type { NoteStatus } from '../../src/schemas/note.ts';
import { noteRecord } from './note-record-fixture.ts';

const statuses: Record<string, NoteStatus> = { containers: 'done', linux: 'done', networking: 'planned' };
const kubernetes = {
  title: 'Advanced Kubernetes',
  summary: 'Scheduling, GPUs, operators and autoscaling.',
  status: 'in-progress' as const,
  phase: 'infrastructure',
  prerequisites: ['containers', 'linux', 'networking'],
  log: [
    { date: '2026-03-01', note: 'a', hours: 2 },
    { date: '2026-03-02', note: 'b', hours: 4.5 },
  ],
};
const input = {
  siteTitle: 'MLOps Study Notes',
  note: kubernetes,
  phaseNumber: 3,
  phaseTitle: 'Infrastructure',
  statusOf: (s: string) => statuses[s],
};

describe('topicShareImage', () => {
  it('holds the title, phase, status, prerequisites done, hours studied and site title', () => {
    expect(topicShareImage(input)).toEqual({
      kind: 'topic',
      siteTitle: 'MLOps Study Notes',
      title: { text: 'Advanced Kubernetes', fontSize: 76 },
      summary: 'Scheduling, GPUs, operators and autoscaling.',
      phase: 'Phase 3 · Infrastructure',
      status: 'in-progress',
      statusLabel: 'In progress',
      prerequisites: { done: 2, total: 3, label: '2 of 3 prerequisites done' },
      studied: '6.5 h studied in 2 sessions',
    });
  });

  it('says when nothing is logged, or sessions have no hours', () => {
    expect(topicShareImage({ ...input, note: { ...kubernetes, log: [] } }).studied).toBe('No sessions logged yet');
    expect(topicShareImage({ ...input, note: { ...kubernetes, log: [{ date: '2026-03-01', note: 'a' }] } }).studied).toBe(
      '1 session logged',
    );
  });

  it('finds the phase number and title from the roadmap', () => {
    const site = {
      roadmap: {
        title: 'Notes',
        phases: [
          { id: 'basics', title: 'Basics' },
          { id: 'infrastructure', title: 'Infra' },
        ],
      },
      graph: { bySlug: new Map(Object.entries(statuses).map(([slug, status]) => [slug, { status }])) },
    };
    const image = topicShareImageOf(site, kubernetes);
    expect(image.phase).toBe('Phase 2 · Infra');
    expect(image.prerequisites.label).toBe('2 of 3 prerequisites done');
  });
});

describe('prerequisitesLabel', () => {
  it('counts prerequisites done, in words for none', () => {
    expect([prerequisitesLabel(0, 0), prerequisitesLabel(0, 1), prerequisitesLabel(2, 3)]).toEqual([
      'No prerequisites',
      '0 of 1 prerequisite done',
      '2 of 3 prerequisites done',
    ]);
  });
});

describe('fitTitle', () => {
  it('gives short titles larger type than long ones', () => {
    const sizes = ['MLOps', 'A'.repeat(50), 'word '.repeat(16), 'word '.repeat(19)].map((t) => fitTitle(t).fontSize);
    expect(sizes).toEqual([76, 66, 56, 50]);
  });

  it('cuts a very long title at a word and ends it with an ellipsis', () => {
    const { text } = fitTitle('A very long title '.repeat(10));
    expect([...text].length).toBeLessThanOrEqual(100);
    expect(text).toMatch(/ title…$|very…$|long…$|A…$/);
  });

  it('collapses whitespace', () => {
    expect(fitTitle('  Two \n words ').text).toBe('Two words');
  });
});

describe('shareImageCacheKey', () => {
  const image = topicShareImage(input);

  it('is a stable SHA-256 of the model and the renderer version', () => {
    const key = shareImageCacheKey(image, 'layout@1');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(shareImageCacheKey(topicShareImage(input), 'layout@1')).toBe(key);
    // Pinned: a change here means every cached image would be rendered again.
    expect(shareImageCacheKey(topicShareImage(input), 'layout@1')).toMatchInlineSnapshot(
      `"19d0d623ff5b69b17af30c51cafeee0496dff815f3d94cc1d6ce66ebee602c80"`,
    );
  });

  it('does not depend on the order properties were built in', () => {
    const reordered = Object.fromEntries(Object.entries(image).reverse()) as typeof image;
    expect(shareImageCacheKey(reordered, 'v')).toBe(shareImageCacheKey(image, 'v'));
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
  });

  it('changes with anything the image shows, and with the renderer version', () => {
    const key = shareImageCacheKey(image, 'v1');
    expect(shareImageCacheKey(topicShareImage({ ...input, note: { ...kubernetes, title: 'Kubernetes' } }), 'v1')).not.toBe(key);
    expect(shareImageCacheKey(topicShareImage({ ...input, note: { ...kubernetes, status: 'done' } }), 'v1')).not.toBe(key);
    expect(shareImageCacheKey(topicShareImage({ ...input, statusOf: () => 'done' }), 'v1')).not.toBe(key);
    expect(shareImageCacheKey(image, 'v2')).not.toBe(key);
  });

  it('ignores what the image does not show', () => {
    const key = shareImageCacheKey(image, 'v1');
    const other = { ...kubernetes, tags: ['x'], started: '2026-01-01', resources: [] };
    expect(shareImageCacheKey(topicShareImage({ ...input, note: other }), 'v1')).toBe(key);
  });
});

describe('siteShareImageOf', () => {
  it('summarises the roadmap and its progress', () => {
    const image = siteShareImageOf({
      roadmap: { title: 'MLOps Study Notes', description: 'A roadmap.', author: 'Jane', phases: [1, 2, 3] },
      progress: { total: 8, counts: { done: 3, 'in-progress': 1, planned: 4 }, percent: { done: 38, 'in-progress': 12, planned: 50 } },
    });
    expect(image).toMatchObject({ scope: '3 phases · 8 topics', progressLabel: '3 of 8 topics done (38%)', author: 'Jane' });
    expect(shareImageAlt(image)).toBe('MLOps Study Notes: study roadmap of 3 phases · 8 topics, 3 of 8 topics done (38%).');
  });
});

describe('shareImageAlt and shareImagePath', () => {
  it('describes a topic image in one sentence', () => {
    expect(shareImageAlt(topicShareImage(input))).toBe(
      'Advanced Kubernetes (MLOps Study Notes): In progress, Phase 3 · Infrastructure. 2 of 3 prerequisites done; 6.5 h studied in 2 sessions.',
    );
  });

  it('puts images under og/ within the base path', () => {
    expect(shareImagePath('/sub/', 'kubeflow')).toBe('/sub/og/topics/kubeflow.png');
    expect(shareImagePath('/')).toBe('/og/site.png');
  });
});

describe('weekShareImage', () => {
  const [week] = weeklyDigests([
    noteRecord('docker', {
      title: 'Docker',
      status: 'done',
      started: '2026-11-23',
      completed: '2026-11-25',
      log: [{ date: '2026-11-23', note: 'a', hours: 2 }],
    }),
    noteRecord('k8s', { title: 'Kubernetes', log: [{ date: '2026-11-24', note: 'b', hours: 1.5 }] }),
    noteRecord('helm', { title: 'Helm', log: [{ date: '2026-11-25', note: 'c', hours: 1 }] }),
    noteRecord('kserve', {
      title: 'KServe',
      status: 'done',
      completed: '2026-11-01',
      log: [{ date: '2026-11-29', note: 'r', hours: 0.5, kind: 'review' }],
    }),
  ]);

  it('shows the week, its hours, its first topics and what was completed or reviewed', () => {
    const image = weekShareImage('MLOps Study Notes', week!);
    expect(image).toEqual({
      kind: 'week',
      siteTitle: 'MLOps Study Notes',
      title: 'Week 48, 2026',
      range: '23–29 November 2026',
      hours: '5 h of study',
      topics: 'Docker, Kubernetes, Helm and 1 more',
      sessions: '4 sessions · 4 topics',
      highlights: '1 completed · 1 review',
    });
    expect(shareImageAlt(image)).toBe(
      'Week 48, 2026 (23–29 November 2026) of MLOps Study Notes: 5 h of study, 4 sessions · 4 topics, 1 completed · 1 review. Topics: Docker, Kubernetes, Helm and 1 more.',
    );
    expect(weekShareImagePath('/sub/', week!.id)).toBe('/sub/og/weeks/2026-W48.png');
  });
});

describe('everyShareImage', () => {
  it('lists the site image, then one per topic and one per week, as the og/ routes draw them', () => {
    const notes = [
      noteRecord('docker', { title: 'Docker', phase: 'basics', status: 'done', log: [{ date: '2026-11-23', note: 'a', hours: 2 }] }),
      noteRecord('k8s', {
        title: 'Kubernetes',
        phase: 'basics',
        prerequisites: ['docker'],
        log: [{ date: '2026-12-01', note: 'b', hours: 1 }],
      }),
    ];
    const graph = buildSiteGraph(notes, ['basics']);
    const site = {
      roadmap: { title: 'Notes', description: 'A roadmap.', phases: [{ id: 'basics', title: 'Basics' }] },
      graph,
      notes: graph.ordered,
      progress: progressOf(graph.ordered),
      weeks: weeklyDigests(graph.ordered),
    };
    const images = everyShareImage(site);
    expect(images.map((image) => image.kind)).toEqual(['site', 'topic', 'topic', 'week', 'week']);
    expect(images[2]).toEqual(topicShareImageOf(site, graph.bySlug.get('k8s')!));
    expect(images[2]).toMatchObject({ prerequisites: { done: 1, total: 1 } });
    expect(images.at(-1)).toMatchObject({ kind: 'week', title: 'Week 49, 2026' });
  });
});
