/**
 * "Where am I in the journey": the current phase's topics in roadmap order around the topic being read, and the
 * other phases with their progress. Its size is bounded by the phase, never by the whole roadmap: a phase of up to
 * `whole` topics is listed whole, a longer one as the `around` topics around the current one and counts of the rest.
 */
import type { NoteStatus } from '../schemas/note.ts';

export interface RailNote {
  slug: string;
  title: string;
  status: NoteStatus;
}

export interface RailPhaseInput {
  id: string;
  title: string;
  /** Its notes in roadmap order. */
  notes: readonly RailNote[];
}

export type RailItem = { kind: 'note'; note: RailNote; current: boolean } | { kind: 'more'; count: number; where: 'before' | 'after' };

export interface RailPhase {
  id: string;
  /** 1-based position in the roadmap. */
  number: number;
  title: string;
  done: number;
  total: number;
  current: boolean;
}

export interface PhaseRail {
  phase: RailPhase;
  items: RailItem[];
  /** Every phase of the roadmap, the current one included (marked), in roadmap order. */
  phases: RailPhase[];
}

export const RAIL_WHOLE_PHASE = 25;
export const RAIL_AROUND = 10;

/** What every topic's rail reads of the roadmap: each phase's counts, and where each topic sits. */
interface RailIndex {
  summaries: Omit<RailPhase, 'current'>[];
  /** Slug → its phase's index and its position there (the first, should a slug appear twice). */
  places: Map<string, { phase: number; at: number }>;
}

// One index per roadmap (every topic page of a build asks with the same phases), so a page never scans every note.
const indexes = new WeakMap<readonly RailPhaseInput[], RailIndex>();

function railIndex(phases: readonly RailPhaseInput[]): RailIndex {
  let index = indexes.get(phases);
  if (index) return index;
  const places = new Map<string, { phase: number; at: number }>();
  for (const [phase, p] of phases.entries()) {
    for (const [at, n] of p.notes.entries()) if (!places.has(n.slug)) places.set(n.slug, { phase, at });
  }
  index = {
    summaries: phases.map((p, i) => ({
      id: p.id,
      number: i + 1,
      title: p.title,
      done: p.notes.filter((n) => n.status === 'done').length,
      total: p.notes.length,
    })),
    places,
  };
  indexes.set(phases, index);
  return index;
}

/** The rail for the topic `slug`; undefined when no phase holds it. */
export function phaseRail(
  phases: readonly RailPhaseInput[],
  slug: string,
  whole = RAIL_WHOLE_PHASE,
  around = RAIL_AROUND,
): PhaseRail | undefined {
  const { summaries: counted, places } = railIndex(phases);
  const place = places.get(slug);
  if (!place) return undefined;
  const { phase: index, at } = place;
  const summaries: RailPhase[] = counted.map((summary, i) => ({ ...summary, current: i === index }));
  const notes = phases[index]!.notes;
  // A window of `around` topics with the current one just before its middle, moved inward at either end.
  const start = notes.length <= whole ? 0 : Math.max(0, Math.min(at - Math.floor((around - 1) / 2), notes.length - around));
  const end = notes.length <= whole ? notes.length : start + around;
  const items: RailItem[] = notes.slice(start, end).map((note) => ({ kind: 'note', note, current: note.slug === slug }));
  if (start > 0) items.unshift({ kind: 'more', count: start, where: 'before' });
  if (end < notes.length) items.push({ kind: 'more', count: notes.length - end, where: 'after' });
  return { phase: summaries[index]!, items, phases: summaries };
}
