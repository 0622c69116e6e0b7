import { describe, expect, it } from 'vitest';
import { phaseRail, RAIL_AROUND } from '../../src/lib/phase-rail.ts';

const notes = (prefix: string, count: number, done = 0) =>
  Array.from({ length: count }, (_, i) => ({
    slug: `${prefix}-${i + 1}`,
    title: `${prefix} ${i + 1}`,
    status: i < done ? ('done' as const) : ('planned' as const),
  }));
const shown = (rail: ReturnType<typeof phaseRail>) =>
  rail!.items.map((item) => (item.kind === 'more' ? `${item.count} more ${item.where}` : `${item.note.slug}${item.current ? '*' : ''}`));

describe('phaseRail', () => {
  const phases = [
    { id: 'basics', title: 'Basics', notes: notes('basics', 3, 3) },
    { id: 'core', title: 'Core', notes: notes('core', 25, 2) },
    { id: 'big', title: 'Big', notes: notes('big', 40) },
  ];

  it('lists a phase of up to 25 topics whole, in roadmap order, the current one marked', () => {
    const rail = phaseRail(phases, 'core-7')!;
    expect(rail.items).toHaveLength(25);
    expect(shown(rail)[6]).toBe('core-7*');
    expect(rail.phase).toEqual({ id: 'core', number: 2, title: 'Core', done: 2, total: 25, current: true });
  });

  it('lists every phase with its progress', () => {
    expect(phaseRail(phases, 'basics-1')!.phases.map((p) => `${p.number}. ${p.title} ${p.done}/${p.total}${p.current ? '*' : ''}`)).toEqual(
      ['1. Basics 3/3*', '2. Core 2/25', '3. Big 0/40'],
    );
  });

  it('shows the 10 topics around the current one of a longer phase, and how many more there are on each side', () => {
    expect(shown(phaseRail(phases, 'big-20'))).toEqual([
      '15 more before',
      ...Array.from({ length: 10 }, (_, i) => `big-${16 + i}${16 + i === 20 ? '*' : ''}`),
      '15 more after',
    ]);
  });

  it('keeps the window inside the phase at either end', () => {
    const first = shown(phaseRail(phases, 'big-1'));
    expect(first[0]).toBe('big-1*');
    expect(first.at(-1)).toBe('30 more after');
    const last = shown(phaseRail(phases, 'big-40'));
    expect(last[0]).toBe('30 more before');
    expect(last.at(-1)).toBe('big-40*');
    expect(last.filter((s) => !s.includes('more'))).toHaveLength(RAIL_AROUND);
  });

  it('has no rail for a topic no phase holds', () => {
    expect(phaseRail(phases, 'nowhere')).toBeUndefined();
  });
});

describe('phaseRail over one roadmap, topic after topic', () => {
  it('gives each topic of every phase its own place and the same counts', () => {
    const phases = [
      { id: 'a', title: 'A', notes: notes('a', 30, 12) },
      { id: 'b', title: 'B', notes: notes('b', 5, 1) },
    ];
    for (const phase of phases) {
      for (const [at, topic] of phase.notes.entries()) {
        const rail = phaseRail(phases, topic.slug)!;
        expect(rail.phase.id).toBe(phase.id);
        expect(
          rail.items.filter((item) => item.kind === 'note' && item.current).map((item) => item.kind === 'note' && item.note.slug),
        ).toEqual([topic.slug]);
        expect(rail.phases.map((p) => [p.done, p.total, p.current])).toEqual([
          [12, 30, phase.id === 'a'],
          [1, 5, phase.id === 'b'],
        ]);
        if (phase.notes.length <= 25) expect(shown(rail)[at]).toBe(`${topic.slug}*`);
      }
    }
  });
});
