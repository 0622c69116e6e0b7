/** The plain record of one note that every page, feed and check works from. */
import type { LogEntry, NoteStatus, Resource } from '../schemas/note.ts';
import type { CalendarDate } from './calendar-date.ts';
import type { MermaidBlock } from './mermaid.ts';
import type { BodyLink, NoteHeading } from './note-body.ts';

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
  log: LogEntry[];
  prerequisites: string[];
  related: string[];
  tags: string[];
  resources: Resource[];
  aliases: string[];
  draft: boolean;
  headings: NoteHeading[];
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
  today: CalendarDate;
  /** The published-URL manifest (`content/permalinks.json`); `source` is undefined when the file is missing. */
  permalinks?: { file: string; source: string | undefined };
}
