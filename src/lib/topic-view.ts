/**
 * What a topic page shows besides the note itself, derived from the site graph and the build's today: the notes
 * around it, whether it is ready to study, and its own dated history split at today.
 */
import type { CalendarDate } from './calendar-date.ts';
import { isReadyToStudy, neighbours, type Backlink, type SiteGraph } from './graph.ts';
import type { NoteRecord } from './note-record.ts';
import { isOverdue, splitAtToday, timelineEvents, type TimelineEvent } from './timeline.ts';

export interface TopicRelations {
  prerequisites: NoteRecord[];
  /** Notes that list this one as a prerequisite. */
  unlocks: NoteRecord[];
  related: NoteRecord[];
  /** Notes whose body links here, each with its link. */
  backlinks: { note: NoteRecord; link: Backlink }[];
  /** Neighbours in roadmap order. */
  previous: NoteRecord | undefined;
  next: NoteRecord | undefined;
  /** A planned topic whose prerequisites (at least one) are all done. */
  ready: boolean;
}

/** The published notes around `note`; slugs of notes not in the graph (drafts) are left out. */
export function topicRelations(graph: SiteGraph, note: NoteRecord): TopicRelations {
  const notesOf = (slugs: readonly string[]) => slugs.flatMap((s) => graph.bySlug.get(s) ?? []);
  const prerequisites = notesOf(note.prerequisites);
  return {
    prerequisites,
    unlocks: notesOf(graph.unlocks.get(note.slug) ?? []),
    related: notesOf(graph.related.get(note.slug) ?? []),
    backlinks: (graph.backlinks.get(note.slug) ?? []).flatMap((link) => {
      const from = graph.bySlug.get(link.slug);
      return from ? [{ note: from, link }] : [];
    }),
    ...neighbours(graph, note.slug),
    ready: note.status === 'planned' && prerequisites.length > 0 && isReadyToStudy(note, graph.bySlug),
  };
}

export interface TopicHistory {
  /** Events up to today, each marked when it is a target that passed unmet. */
  past: { event: TimelineEvent; overdue: boolean }[];
  upcoming: TimelineEvent[];
  today: CalendarDate;
}

/** The note's own events split at today. A draft is left off the site timeline, but its own page (in `astro dev`)
 *  still shows its history. */
export function topicHistory(note: NoteRecord, today: CalendarDate): TopicHistory {
  const { past, upcoming } = splitAtToday(timelineEvents([{ ...note, draft: false }]), today);
  return { past: past.map((event) => ({ event, overdue: isOverdue(event, today) })), upcoming, today };
}
