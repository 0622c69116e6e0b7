/** The plain record of one note that every page, feed and check works from. */
import type { NoteFrontmatter } from '../schemas/note.ts';
import type { CalendarDate } from './calendar-date.ts';
import type { NoteBody } from './note-body.ts';
import type { SiteFiles } from './note-files.ts';

/** What a note's body says about it, read by `readNoteBody` (src/lib/note-body.ts); the rest of `NoteBody` is for checks. */
export type NoteBodyFacts = Omit<NoteBody, 'componentProblems' | 'files' | 'embeds' | 'syntaxError'>;

/**
 * A note: its frontmatter exactly as the schema outputs it (defaults applied), plus what its file and body say. A new
 * frontmatter field is added to the schema only; it reaches every page through here.
 */
export interface NoteRecord extends NoteFrontmatter, NoteBodyFacts {
  slug: string;
  /** Path from the project root: `content/notes/platforms/kubeflow.mdx`. */
  file: string;
  /** Notes this note links to in its body (resolved, aliases followed, without itself), in first-mention order,
   *  each with the sentence or heading of its first mention. */
  linksTo: { slug: string; context: string }[];
}

export interface SiteSources {
  /** Path of roadmap.yaml from the project root, for messages. */
  roadmapFile: string;
  /** Its text, or undefined when the file is missing. */
  roadmapSource: string | undefined;
  /** Path of the notes folder from the project root (`content/notes`), for messages. */
  notesDir: string;
  notes: readonly { file: string; source: string }[];
  /** The clock's date: the build date, or `STUDY_NOTES_TODAY`. */
  today: CalendarDate;
  /** True when `STUDY_NOTES_TODAY` set `today`; otherwise the roadmap's `asOf` wins (see src/lib/today.ts). */
  todayPinned?: boolean;
  /** The published-URL manifest (`content/permalinks.json`); `source` is undefined when the file is missing. */
  permalinks?: { file: string; source: string | undefined };
  /** The files that exist, so images, imports and stray files can be checked; those checks are skipped without it. */
  files?: SiteFiles;
}
