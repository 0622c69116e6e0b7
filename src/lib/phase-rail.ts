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

/** The rail for the topic `slug`; undefined when no phase holds it. */
export function phaseRail(
  phases: readonly RailPhaseInput[],
  slug: string,
  whole = RAIL_WHOLE_PHASE,
  around = RAIL_AROUND,
): PhaseRail | undefined {
  const index = phases.findIndex((p) => p.notes.some((n) => n.slug === slug));
  if (index < 0) return undefined;
  const summaries: RailPhase[] = phases.map((p, i) => ({
    id: p.id,
    number: i + 1,
    title: p.title,
    done: p.notes.filter((n) => n.status === 'done').length,
    total: p.notes.length,
    current: i === index,
  }));
  const notes = phases[index]!.notes;
  const at = notes.findIndex((n) => n.slug === slug);
  // A window of `around` topics with the current one just before its middle, moved inward at either end.
  const start = notes.length <= whole ? 0 : Math.max(0, Math.min(at - Math.floor((around - 1) / 2), notes.length - around));
  const end = notes.length <= whole ? notes.length : start + around;
  const items: RailItem[] = notes.slice(start, end).map((note) => ({ kind: 'note', note, current: note.slug === slug }));
  if (start > 0) items.unshift({ kind: 'more', count: start, where: 'before' });
  if (end < notes.length) items.push({ kind: 'more', count: notes.length - end, where: 'after' });
  return { phase: summaries[index]!, items, phases: summaries };
}
