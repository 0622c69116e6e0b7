/** The plain record of one note that every page, feed and check works from. */
import type { Evidence, LogEntry, NoteStatus, Resource } from '../schemas/note.ts';
import type { CalendarDate } from './calendar-date.ts';
import type { MermaidBlock } from './mermaid.ts';
import type { BodyLink, NoteHeading, SelfCheckQuestion } from './note-body.ts';
import type { SiteFiles } from './note-files.ts';

export interface NoteRecord {
  slug: string;
  /** Path from the project root: `content/notes/platforms/kubeflow.mdx`. */
  file: string;
  title: string;
  summary: string;
  phase: string;
  status: NoteStatus;
  order: number | undefined;
  started: CalendarDate | undefined;
  completed: CalendarDate | undefined;
  target: CalendarDate | undefined;
  /** Expected hours (`estimate`), for the study plan. */
  estimate?: number | undefined;
  log: LogEntry[];
  prerequisites: string[];
  related: string[];
  tags: string[];
  resources: Resource[];
  /** What the learner built for this topic. */
  evidence: Evidence[];
  aliases: string[];
  draft: boolean;
  headings: NoteHeading[];
  /** The body's `<SelfCheck>` questions, for spaced review. */
  selfChecks: SelfCheckQuestion[];
  /** Outgoing links as written; resolved targets are in `linksTo`. */
  links: BodyLink[];
  /** Notes this note links to in its body (resolved, aliases followed, without itself), in first-mention order,
   *  each with the sentence or heading of its first mention. */
  linksTo: { slug: string; context: string }[];
  wordCount: number;
  hasMath: boolean;
  /** The note's ```mermaid blocks with the line of each opening fence. */
  diagrams: MermaidBlock[];
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
