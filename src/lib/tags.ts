/**
 * Tags across the site: the `/tags/` index and the notes of one tag.
 * Notes come in roadmap order (as `getSite().notes` gives them); every list here keeps that order.
 */
import type { NoteStatus } from '../schemas/note.ts';
import type { NoteRecord } from './note-record.ts';
import { compareCodePoints } from './compare.ts';
import { countLabel } from './plural.ts';

/** One tag with the notes that carry it. */
export interface TagEntry<T> {
  tag: string;
  /** How many notes carry the tag. */
  count: number;
  /** The notes, in the order they were given (roadmap order). */
  notes: T[];
  /** Those notes counted by status, for a small progress bar. */
  statusCounts: Record<NoteStatus, number>;
}

/**
 * Every tag used by `notes`, most used first, then by name (code-point order, so the result is the same on every
 * machine). A note that lists a tag twice counts once.
 */
export function tagIndex<T extends Pick<NoteRecord, 'tags' | 'status'>>(notes: readonly T[]): TagEntry<T>[] {
  const byTag = new Map<string, T[]>();
  for (const note of notes) {
    for (const tag of new Set(note.tags)) {
      const list = byTag.get(tag);
      if (list) list.push(note);
      else byTag.set(tag, [note]);
    }
  }
  return [...byTag]
    .map(([tag, tagged]) => {
      const statusCounts: Record<NoteStatus, number> = { done: 0, 'in-progress': 0, planned: 0 };
      for (const note of tagged) statusCounts[note.status]++;
      return { tag, count: tagged.length, notes: tagged, statusCounts };
    })
    .sort((a, b) => b.count - a.count || compareCodePoints(a.tag, b.tag));
}

/** The notes that carry `tag`, in the order given (roadmap order). */
export function notesWithTag<T extends Pick<NoteRecord, 'tags'>>(notes: readonly T[], tag: string): T[] {
  return notes.filter((note) => note.tags.includes(tag));
}

/**
 * Tags that appear on the same notes as `tag`, most shared notes first, then by name; at most `limit`.
 */
export function relatedTags(notes: readonly Pick<NoteRecord, 'tags'>[], tag: string, limit = 8): { tag: string; shared: number }[] {
  const shared = new Map<string, number>();
  for (const note of notes) {
    const tags = new Set(note.tags);
    if (!tags.has(tag)) continue;
    for (const other of tags) if (other !== tag) shared.set(other, (shared.get(other) ?? 0) + 1);
  }
  return [...shared]
    .map(([other, count]) => ({ tag: other, shared: count }))
    .sort((a, b) => b.shared - a.shared || compareCodePoints(a.tag, b.tag))
    .slice(0, limit);
}

/** `1 topic`, `3 topics`. */
export function topicCountLabel(count: number): string {
  return countLabel(count, 'topic');
}
