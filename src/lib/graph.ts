/**
 * The roadmap as a graph: roadmap order, prerequisites and what they unlock, backlinks, progress.
 * Backlinks are derived from each note's outgoing links, never stored twice.
 */
import type { NoteStatus } from '../schemas/note.ts';
import type { NoteRecord } from './note-record.ts';
import { compareCodePoints } from './compare.ts';

/**
 * Prerequisite cycles as closed paths starting at their alphabetically first slug: `[a, b, a]`.
 * Each cycle the depth-first search closes is reported once; where several cycles share notes, fixing the
 * reported ones can reveal another on the next run (finding every elementary cycle is exponential).
 */
export function findPrerequisiteCycles(notes: readonly Pick<NoteRecord, 'slug' | 'prerequisites'>[]): string[][] {
  const edges = new Map(notes.map((n) => [n.slug, n.prerequisites]));
  const cycles = new Map<string, string[]>();
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];

  const visit = (slug: string) => {
    state.set(slug, 'visiting');
    stack.push(slug);
    for (const next of edges.get(slug) ?? []) {
      if (!edges.has(next) || next === slug) continue;
      if (state.get(next) === 'visiting') {
        const loop = stack.slice(stack.indexOf(next));
        // Rotate so the cycle starts at its smallest slug: the same cycle is then reported once.
        const start = loop.indexOf([...loop].sort(compareCodePoints)[0]!);
        const rotated = [...loop.slice(start), ...loop.slice(0, start)];
        cycles.set(rotated.join(' '), [...rotated, rotated[0]!]);
      } else if (!state.has(next)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(slug, 'done');
  };
  for (const slug of [...edges.keys()].sort(compareCodePoints)) if (!state.has(slug)) visit(slug);
  return [...cycles.values()].sort((a, b) => compareCodePoints(a.join(' '), b.join(' ')));
}

/** Roadmap order: phase order, then `order` (notes without one last), then title, then slug. */
export function sortByRoadmap<T extends Pick<NoteRecord, 'phase' | 'order' | 'title' | 'slug'>>(
  notes: readonly T[],
  phaseIds: readonly string[],
): T[] {
  const phaseIndex = new Map(phaseIds.map((id, i) => [id, i]));
  const rank = (n: T) => phaseIndex.get(n.phase) ?? phaseIds.length;
  return [...notes].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY) ||
      compareCodePoints(a.title, b.title) ||
      compareCodePoints(a.slug, b.slug),
  );
}

export interface Backlink {
  slug: string;
  /** The sentence or heading the first mention sits in. */
  context: string;
}

export interface SiteGraph {
  /** Notes in roadmap order. */
  ordered: NoteRecord[];
  bySlug: ReadonlyMap<string, NoteRecord>;
  /** Slugs of notes that list the key as a prerequisite, in roadmap order. */
  unlocks: ReadonlyMap<string, string[]>;
  /** Notes whose body links to the key, in roadmap order. */
  backlinks: ReadonlyMap<string, Backlink[]>;
  /** Notes that list the key as related, or that the key lists, in roadmap order. */
  related: ReadonlyMap<string, string[]>;
}

/** Builds the graph of the published notes; references to notes not in the list (drafts) are left out. */
export function buildSiteGraph(notes: readonly NoteRecord[], phaseIds: readonly string[]): SiteGraph {
  const ordered = sortByRoadmap(notes, phaseIds);
  const bySlug = new Map(ordered.map((n) => [n.slug, n]));
  const unlocks = new Map<string, string[]>(ordered.map((n) => [n.slug, []]));
  const backlinks = new Map<string, Backlink[]>(ordered.map((n) => [n.slug, []]));
  const related = new Map<string, string[]>(ordered.map((n) => [n.slug, []]));
  const addOnce = (list: string[] | undefined, slug: string) => {
    if (list && !list.includes(slug)) list.push(slug);
  };

  for (const note of ordered) {
    for (const prerequisite of note.prerequisites) addOnce(unlocks.get(prerequisite), note.slug);
    for (const other of note.related) {
      if (!bySlug.has(other)) continue;
      addOnce(related.get(note.slug), other);
      addOnce(related.get(other), note.slug);
    }
    for (const { slug, context } of note.linksTo) {
      const list = backlinks.get(slug);
      if (list && !list.some((b) => b.slug === note.slug)) list.push({ slug: note.slug, context });
    }
  }
  // Related lists follow roadmap order too.
  const position = new Map(ordered.map((n, i) => [n.slug, i]));
  for (const list of related.values()) list.sort((a, b) => position.get(a)! - position.get(b)!);
  return { ordered, bySlug, unlocks, backlinks, related };
}

/** The notes before and after `slug` in roadmap order. */
// Every topic page asks for its neighbours: one index per roadmap order, so a page never scans every note.
const positions = new WeakMap<readonly NoteRecord[], Map<string, number>>();

export function neighbours(graph: SiteGraph, slug: string): { previous: NoteRecord | undefined; next: NoteRecord | undefined } {
  let positionOf = positions.get(graph.ordered);
  if (!positionOf) {
    positionOf = new Map();
    // The first of two notes with one slug, as a scan would find it (the check refuses such a site anyway).
    for (const [i, n] of graph.ordered.entries()) if (!positionOf.has(n.slug)) positionOf.set(n.slug, i);
    positions.set(graph.ordered, positionOf);
  }
  const i = positionOf.get(slug) ?? -1;
  return { previous: i > 0 ? graph.ordered[i - 1] : undefined, next: i >= 0 ? graph.ordered[i + 1] : undefined };
}

export interface Progress {
  total: number;
  counts: Record<NoteStatus, number>;
  /** Whole percentages per status that add up to 100 (largest remainder), 0 for an empty site. */
  percent: Record<NoteStatus, number>;
}

export function progressOf(notes: readonly Pick<NoteRecord, 'status'>[]): Progress {
  const counts: Record<NoteStatus, number> = { planned: 0, 'in-progress': 0, done: 0 };
  for (const note of notes) counts[note.status]++;
  const total = notes.length;
  const percent: Record<NoteStatus, number> = { planned: 0, 'in-progress': 0, done: 0 };
  if (total > 0) {
    const statuses = Object.keys(counts) as NoteStatus[];
    const exact = statuses.map((s) => ({ s, value: (counts[s] * 100) / total }));
    for (const { s, value } of exact) percent[s] = Math.floor(value);
    let left = 100 - statuses.reduce((sum, s) => sum + percent[s], 0);
    for (const { s } of [...exact].sort((a, b) => (b.value % 1) - (a.value % 1) || compareCodePoints(a.s, b.s))) {
      if (left-- <= 0) break;
      percent[s]++;
    }
  }
  return { total, counts, percent };
}

/** True when the note is not done and every prerequisite is done: a good thing to study next. */
export function isReadyToStudy(note: NoteRecord, bySlug: ReadonlyMap<string, NoteRecord>): boolean {
  return note.status !== 'done' && note.prerequisites.every((p) => bySlug.get(p)?.status === 'done');
}

/** "Next up": in-progress notes first, then planned notes whose prerequisites are all done, in roadmap order. */
export function nextUp(graph: SiteGraph, limit: number): NoteRecord[] {
  const inProgress = graph.ordered.filter((n) => n.status === 'in-progress');
  const ready = graph.ordered.filter((n) => n.status === 'planned' && isReadyToStudy(n, graph.bySlug));
  return [...inProgress, ...ready].slice(0, limit);
}

export interface PrerequisiteEdge {
  /** The prerequisite: what to study first. */
  from: string;
  /** The note that lists it. */
  to: string;
}

/**
 * The prerequisite edges worth drawing: the transitive reduction, without every edge that a longer path already
 * implies (A→C when A→B→C). Prerequisites are acyclic (the check refuses cycles), so the reduction is unique.
 * Slugs missing from `notes` (drafts) are left out. Edges come in the notes' order, then the order they are listed.
 */
export function prerequisiteReduction(notes: readonly { slug: string; prerequisites: readonly string[] }[]): PrerequisiteEdge[] {
  const known = new Map(notes.map((n) => [n.slug, n.prerequisites.filter((p) => p !== n.slug)]));
  // Ancestor sets as bitsets over the notes (a note's bit is its position in `known`): a roadmap where most topics
  // build on most earlier ones has N² ancestor pairs, which as Sets of slugs cost seconds and hundreds of MB at
  // 5,000 notes; as bits they are N²/8 bytes, merged 32 at a time.
  const bit = new Map([...known.keys()].map((slug, i) => [slug, i]));
  const words = Math.ceil(bit.size / 32);
  const has = (set: Uint32Array, slug: string) => {
    const i = bit.get(slug)!;
    return (set[i >>> 5]! & (1 << (i & 31))) !== 0;
  };
  const ancestors = new Map<string, Uint32Array>();
  // Every note reachable backwards from `slug` (its prerequisites, theirs, …), memoised; `visiting` guards a cycle.
  const visiting = new Set<string>();
  const ancestorsOf = (slug: string): Uint32Array => {
    const cached = ancestors.get(slug);
    if (cached) return cached;
    const found = new Uint32Array(words);
    if (visiting.has(slug)) return found;
    visiting.add(slug);
    for (const prerequisite of known.get(slug) ?? []) {
      if (!known.has(prerequisite)) continue;
      const i = bit.get(prerequisite)!;
      found[i >>> 5]! |= 1 << (i & 31);
      const further = ancestorsOf(prerequisite);
      for (let w = 0; w < words; w++) found[w]! |= further[w]!;
    }
    visiting.delete(slug);
    ancestors.set(slug, found);
    return found;
  };
  const edges: PrerequisiteEdge[] = [];
  for (const note of notes) {
    const direct = [...new Set(known.get(note.slug) ?? [])].filter((p) => known.has(p));
    for (const prerequisite of direct) {
      const implied = direct.some((other) => other !== prerequisite && has(ancestorsOf(other), prerequisite));
      if (!implied) edges.push({ from: prerequisite, to: note.slug });
    }
  }
  return edges;
}
