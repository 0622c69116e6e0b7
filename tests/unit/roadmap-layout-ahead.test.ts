/**
 * The roadmap laid out ahead in a worker thread is the very layout the page would compute, and only for the input
 * it was started with: any other input, or none started, is laid out on the spot.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { layoutInputOf, layoutRoadmap, type LayoutInput } from '../../src/lib/roadmap-layout.ts';
import { roadmapLayoutOf, startRoadmapLayout, stopRoadmapLayout } from '../../src/node/roadmap-layout-ahead.ts';

const phases = [
  { id: 'foundations', title: 'Foundations', description: 'Not part of the layout.' },
  { id: 'platforms', title: 'Platforms' },
];
const note = (slug: string, phase: string, prerequisites: string[] = []) => ({
  slug,
  title: `${slug} in depth`,
  phase,
  status: 'planned' as const,
  prerequisites,
  summary: 'Not part of the layout either.',
});
const notes = [note('docker', 'foundations'), note('kubernetes', 'foundations', ['docker']), note('kubeflow', 'platforms', ['kubernetes'])];
const input: LayoutInput = layoutInputOf(phases, notes);

afterEach(() => stopRoadmapLayout());

describe('layoutInputOf', () => {
  it('keeps exactly what the layout reads', () => {
    expect(input.phases).toEqual([
      { id: 'foundations', title: 'Foundations' },
      { id: 'platforms', title: 'Platforms' },
    ]);
    expect(input.notes[1]).toEqual({
      slug: 'kubernetes',
      title: 'kubernetes in depth',
      phase: 'foundations',
      status: 'planned',
      prerequisites: ['docker'],
    });
  });
});

describe('roadmapLayoutOf', () => {
  it('gives the layout the worker thread drew, equal to the one drawn here', async () => {
    startRoadmapLayout(input);
    const ahead = await roadmapLayoutOf(layoutInputOf(phases, notes));
    expect(ahead).toEqual(await layoutRoadmap(input));
    expect(ahead.nodes.map((n) => n.slug)).toEqual(['docker', 'kubernetes', 'kubeflow']);
  });

  it('lays out another input itself, and any input when no thread was started', async () => {
    startRoadmapLayout(input);
    const fewer = layoutInputOf(phases, notes.slice(0, 2));
    expect((await roadmapLayoutOf(fewer)).nodes.map((n) => n.slug)).toEqual(['docker', 'kubernetes']);
    await stopRoadmapLayout();
    expect(await roadmapLayoutOf(input)).toEqual(await layoutRoadmap(input));
  });
});
