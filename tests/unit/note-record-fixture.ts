/** Builds plain note records for unit tests: a published, planned note with nothing but what the test sets. */
import type { NoteRecord } from '../../src/lib/note-record.ts';
import type { TimelineNote } from '../../src/lib/timeline.ts';
import { frontmatterDefaults } from '../../src/schemas/note.ts';

export function noteRecord(slug: string, fields: Partial<NoteRecord> = {}): NoteRecord {
  return {
    slug,
    file: `content/notes/${slug}.mdx`,
    title: slug,
    summary: '',
    phase: 'foundations',
    order: undefined,
    started: undefined,
    completed: undefined,
    target: undefined,
    ...frontmatterDefaults(),
    headings: [],
    selfChecks: [],
    links: [],
    linksTo: [],
    wordCount: 0,
    hasMath: false,
    diagrams: [],
    ...fields,
  };
}

/** The part of a note that the timeline, the study chart and the calendar feed read: planned, undated, no log. */
export function timelineNote(slug: string, fields: Partial<TimelineNote> = {}): TimelineNote {
  return {
    slug,
    title: slug,
    phase: 'basics',
    status: 'planned',
    started: undefined,
    completed: undefined,
    target: undefined,
    log: [],
    draft: false,
    ...fields,
  };
}
