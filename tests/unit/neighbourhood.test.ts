import { describe, expect, it } from 'vitest';
import { layoutNeighbourhood, neighbourGroups, NEIGHBOURS_PER_GROUP } from '../../src/lib/neighbourhood.ts';

const n = (slug: string) => ({ slug, title: `Title of ${slug}`, status: 'planned' as const });
const topic = n('kubeflow');

describe('neighbourGroups', () => {
  it('puts each topic in the first group it belongs to and leaves empty groups out', () => {
    const groups = neighbourGroups({
      topic,
      prerequisites: [n('k8s')],
      unlocks: [],
      related: [n('k8s'), n('kserve')],
      backlinks: [n('kubeflow')],
    });
    expect(groups.map((g) => [g.role, g.shown.map((s) => s.slug)])).toEqual([
      ['prerequisites', ['k8s']],
      ['related', ['kserve']],
    ]);
  });

  it('collapses a long group to a count past the limit', () => {
    const many = Array.from({ length: 12 }, (_, i) => n(`note-${i}`));
    const [group] = neighbourGroups({ topic, prerequisites: [], unlocks: [], related: [], backlinks: many });
    expect(group!.shown).toHaveLength(NEIGHBOURS_PER_GROUP);
    expect(group!.hidden).toBe(12 - NEIGHBOURS_PER_GROUP);
  });

  it('shows a group one over the limit whole, since "1 more" would take the same room', () => {
    const five = Array.from({ length: NEIGHBOURS_PER_GROUP + 1 }, (_, i) => n(`note-${i}`));
    const [group] = neighbourGroups({ topic, prerequisites: five, unlocks: [], related: [], backlinks: [] });
    expect(group!.hidden).toBe(0);
  });
});

describe('the neighbourhood layouts', () => {
  const many = Array.from({ length: 40 }, (_, i) => n(`note-${i}`));
  const groups = neighbourGroups({
    topic,
    prerequisites: many.slice(0, 10),
    unlocks: many.slice(10, 20),
    related: many.slice(20, 30),
    backlinks: many.slice(30),
  });

  it('stays the same size however many links a topic has, past the limit', () => {
    const graph = layoutNeighbourhood(groups, topic);
    // The topic, and per group the first few and one "N more" box.
    expect(graph.boxes).toHaveLength(1 + 4 * (NEIGHBOURS_PER_GROUP + 1));
    const more = 10 - NEIGHBOURS_PER_GROUP;
    expect(graph.boxes.filter((b) => b.slug === undefined).map((b) => b.title)).toEqual([
      `${more} more: Study first`,
      `${more} more: Unlocks`,
      `${more} more: Related`,
      `${more} more: Mentioned in`,
    ]);
    expect(graph.edges).toHaveLength(graph.boxes.length - 1);
  });

  it('stacks the topic and then each group in one column as narrow as a phone', () => {
    const stacked = layoutNeighbourhood(groups, topic);
    expect(stacked.width).toBeLessThanOrEqual(340);
    const ys = stacked.boxes.map((b) => b.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(stacked.boxes.every((b) => b.x + b.width <= stacked.width)).toBe(true);
  });
});
