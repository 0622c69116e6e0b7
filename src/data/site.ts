/**
 * The only module that talks to Astro's content layer. Pages ask it for plain records computed once per
 * content state; it throws one error listing every problem when the content is broken (seen in the dev overlay).
 */
import { getEntry, render } from 'astro:content';
import { formatDiagnostic, hasErrors, sortDiagnostics } from '../lib/diagnostics.ts';
import { buildSiteGraph, progressOf, type SiteGraph, type Progress } from '../lib/graph.ts';
import type { NoteRecord } from '../lib/note-record.ts';
import type { Phase, Roadmap } from '../schemas/roadmap.ts';
import type { CalendarDate } from '../lib/calendar-date.ts';
import { noteLastChanged, pathInRepository } from '../node/git-dates.ts';
import { buildMode, knownDiagramDiagnostics, loadSite } from '../node/load-site.ts';

export interface PhaseWithNotes extends Phase {
  notes: NoteRecord[];
  progress: Progress;
}

export interface Site {
  roadmap: Roadmap;
  /** Published notes (drafts too in `astro dev`), in roadmap order. */
  notes: NoteRecord[];
  graph: SiteGraph;
  progress: Progress;
  phases: PhaseWithNotes[];
  phaseTitle(id: string): string;
  /** The day the note's file was last committed; undefined outside a git checkout or for an uncommitted note. */
  lastChanged(note: NoteRecord): CalendarDate | undefined;
  /** The note's file from the repository's root, for "Edit this page" links. */
  pathInRepository(note: NoteRecord): string;
}

let cached: { analysed: object; diagramProblems: object; site: Site } | undefined;

export function getSite(): Site {
  // The command decides, not NODE_ENV: `astro build` leaves drafts out even when NODE_ENV says otherwise.
  const production = buildMode() === 'build';
  const analysed = loadSite({ production });
  // Diagram problems arrive from an asynchronous check (in `astro dev`, after each change): they are part of the key.
  const diagramProblems = knownDiagramDiagnostics(analysed);
  if (cached?.analysed === analysed && cached.diagramProblems === diagramProblems) return cached.site;

  const errors = sortDiagnostics([...analysed.diagnostics, ...diagramProblems]).filter((d) => d.severity === 'error');
  if (hasErrors(errors) || !analysed.roadmap) {
    throw new Error(`The content has errors:\n${errors.map(formatDiagnostic).join('\n')}`);
  }
  const roadmap = analysed.roadmap;
  const visible = analysed.notes.filter((n) => !(production && n.draft));
  const phaseIds = roadmap.phases.map((p) => p.id);
  const graph = buildSiteGraph(visible, phaseIds);
  const titles = new Map(roadmap.phases.map((p) => [p.id, p.title]));
  const site: Site = {
    roadmap,
    notes: graph.ordered,
    graph,
    progress: progressOf(graph.ordered),
    phases: roadmap.phases.map((phase) => {
      const notes = graph.ordered.filter((n) => n.phase === phase.id);
      return { ...phase, notes, progress: progressOf(notes) };
    }),
    phaseTitle: (id) => titles.get(id) ?? id,
    lastChanged: (note) => noteLastChanged().get(note.file),
    pathInRepository: (note) => pathInRepository(note.file),
  };
  cached = { analysed, diagramProblems, site };
  return site;
}

/** The rendered body of a note, with its Astro headings. */
export async function renderNote(slug: string) {
  const entry = await getEntry('notes', slug);
  if (!entry) throw new Error(`No content entry for the note "${slug}".`);
  return render(entry);
}
