import { describe, expect, it } from 'vitest';
import {
  countCrossings,
  CROSSING_SWEEP_LIMIT,
  layoutRoadmap,
  layoutRoadmapStacked,
  roadmapHighlightCss,
  STACKED_NODE_WIDTH,
} from '../../src/lib/roadmap-layout.ts';

const phases = [
  { id: 'foundations', title: 'Foundations' },
  { id: 'platforms', title: 'Platforms' },
];
const note = (slug: string, phase: string, prerequisites: string[] = []) => ({
  slug,
  title: slug,
  phase,
  status: 'planned' as const,
  prerequisites,
});
// docker → kubernetes → kubeflow, and kubeflow also lists docker (implied by the path through kubernetes).
const notes = [
  note('docker', 'foundations'),
  note('kubernetes', 'foundations', ['docker']),
  note('python', 'foundations'),
  note('kubeflow', 'platforms', ['kubernetes', 'docker', 'python']),
];
const pairs = (edges: readonly { from: string; to: string }[]) => edges.map((e) => `${e.from}->${e.to}`).sort();

describe('layoutRoadmap', () => {
  it('draws the transitive reduction: an edge a longer path implies is left out', async () => {
    const layout = await layoutRoadmap({ phases, notes });
    expect(pairs(layout.edges)).toEqual(['docker->kubernetes', 'kubernetes->kubeflow', 'python->kubeflow']);
  });

  it('draws every listed prerequisite when asked to, for measuring', async () => {
    const layout = await layoutRoadmap({ phases, notes }, 'all');
    expect(pairs(layout.edges)).toContain('docker->kubeflow');
    expect(layout.edges).toHaveLength(4);
  });

  it('puts each phase in its own column, left to right', async () => {
    const layout = await layoutRoadmap({ phases, notes });
    const x = (slug: string) => layout.nodes.find((n) => n.slug === slug)!.x;
    expect(x('docker')).toBe(x('kubernetes'));
    expect(x('kubeflow')).toBeGreaterThan(x('docker'));
  });

  it('lays out a roadmap too large for the crossing sweep in columns, roadmap order top to bottom, nodes apart', async () => {
    // Two phases of 300 topics; each topic needs the one before it and its counterpart in the first phase.
    const count = CROSSING_SWEEP_LIMIT / 2 + 50;
    const big = ['foundations', 'platforms'].flatMap((phase, p) =>
      Array.from({ length: count }, (_, i) =>
        note(`${phase}-${i}`, phase, [...(i > 0 ? [`${phase}-${i - 1}`] : []), ...(p > 0 ? [`foundations-${i}`] : [])]),
      ),
    );
    expect(big.length).toBeGreaterThan(CROSSING_SWEEP_LIMIT);
    const layout = await layoutRoadmap({ phases, notes: big });
    expect(layout.nodes).toHaveLength(big.length);
    for (const phase of ['foundations', 'platforms']) {
      const column = big.filter((n) => n.phase === phase).map((n) => layout.nodes.find((node) => node.slug === n.slug)!);
      expect(new Set(column.map((node) => node.x)).size).toBe(1);
      column.slice(1).forEach((node, i) => expect(node.y).toBeGreaterThanOrEqual(column[i]!.y + column[i]!.height));
    }
    // Between the phases only the counterpart edges are left (the rest is implied): one routed edge per topic.
    expect(layout.edges.filter((e) => !e.withinPhase)).toHaveLength(count);
  });
});

describe('layoutRoadmapStacked', () => {
  const layout = layoutRoadmapStacked({ phases, notes });

  it('stacks the phases top to bottom, one topic under the other in roadmap order', () => {
    const ys = notes.map((n) => layout.nodes.find((node) => node.slug === n.slug)!.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(layout.nodes.map((n) => n.x)).size).toBe(1);
    expect(layout.phases.map((p) => p.id)).toEqual(['foundations', 'platforms']);
    expect(layout.phases[1]!.box.y).toBeGreaterThan(layout.phases[0]!.box.y + layout.phases[0]!.box.height);
  });

  it('stays about as narrow as a phone screen', () => {
    expect(layout.width).toBeLessThanOrEqual(STACKED_NODE_WIDTH + 140);
  });

  it('routes every edge of the reduction through its own lane, so no two edges overlap', () => {
    expect(pairs(layout.edges)).toEqual(['docker->kubernetes', 'kubernetes->kubeflow', 'python->kubeflow']);
    const lanes = layout.edges.map((e) => e.points[1]!.x);
    // kubernetes->kubeflow and python->kubeflow overlap vertically: different lanes.
    const [k, p] = ['kubernetes->kubeflow', 'python->kubeflow'].map(
      (id) => lanes[layout.edges.findIndex((e) => `${e.from}->${e.to}` === id)],
    );
    expect(k).not.toBe(p);
  });
});

describe('countCrossings', () => {
  it('counts proper crossings, not shared ends', () => {
    const h = {
      points: [
        { x: 0, y: 5 },
        { x: 10, y: 5 },
      ],
    };
    const v = {
      points: [
        { x: 5, y: 0 },
        { x: 5, y: 10 },
      ],
    };
    const touching = {
      points: [
        { x: 10, y: 5 },
        { x: 20, y: 5 },
      ],
    };
    expect(countCrossings([h, v])).toBe(1);
    expect(countCrossings([h, touching])).toBe(0);
  });
});

describe('roadmapHighlightCss', () => {
  it('highlights a topic’s own edges and dims the topics it is not connected to', () => {
    const css = roadmapHighlightCss([{ from: 'docker', to: 'kubernetes' }], ['docker', 'kubernetes', 'python']);
    expect(css).toContain(
      'svg:has([data-slug="docker"]:is(:hover,:focus-visible)) .roadmap-graph__edges :is([data-from="docker"],[data-to="docker"])',
    );
    expect(css).toContain('.roadmap-node:not([data-slug="docker"],[data-slug="kubernetes"]){opacity:0.4}');
    expect(css).toContain('.roadmap-node:not([data-slug="python"]){opacity:0.4}');
  });
});
