/** Builds plain note records for unit tests: a published, planned note with nothing but what the test sets. */
import type { NoteRecord } from '../../src/lib/note-record.ts';

export function noteRecord(slug: string, fields: Partial<NoteRecord> = {}): NoteRecord {
  return {
    slug,
    file: `content/notes/${slug}.mdx`,
    title: slug,
    summary: '',
    phase: 'foundations',
    status: 'planned',
    order: undefined,
    started: undefined,
    completed: undefined,
    target: undefined,
    log: [],
    prerequisites: [],
    related: [],
    tags: [],
    resources: [],
    evidence: [],
    aliases: [],
    draft: false,
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
