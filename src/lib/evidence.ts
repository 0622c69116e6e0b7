/**
 * Proof of work: what a learner built for each topic, from the note's `evidence` list and the `evidence` URL of
 * its log entries. Read by the topic page ("What I built") and `/portfolio/`.
 */
import type { EvidenceKind } from '../schemas/note.ts';
import type { CalendarDate } from './calendar-date.ts';
import type { NoteRecord } from './note-record.ts';
import { compareCodePoints } from './compare.ts';

/** The word shown for each kind of evidence. */
export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  repo: 'Repository',
  notebook: 'Notebook',
  demo: 'Demo',
  post: 'Post',
  certificate: 'Certificate',
  other: 'Link',
};

export interface EvidenceLink {
  title: string;
  url: string;
  kind: EvidenceKind;
  /** Set for a log entry's evidence: the day of the session. */
  date?: CalendarDate;
}

/** A note's evidence: its `evidence` list in order, then each log entry's evidence in date order. */
export function evidenceOf(note: Pick<NoteRecord, 'evidence' | 'log'>): EvidenceLink[] {
  const listed = note.evidence.map((e): EvidenceLink => ({ title: e.title, url: e.url, kind: e.kind ?? 'other' }));
  const logged = note.log
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => entry.evidence !== undefined)
    .sort((a, b) => compareCodePoints(a.entry.date, b.entry.date) || a.index - b.index)
    .map(({ entry }): EvidenceLink => ({ title: entry.note, url: entry.evidence!, kind: 'other', date: entry.date }));
  return [...listed, ...logged];
}

export interface PortfolioPhase<N> {
  id: string;
  title: string;
  entries: { note: N; evidence: EvidenceLink[] }[];
}

/**
 * The portfolio: per phase (roadmap order; phases without entries left out), the done topics that have evidence,
 * in roadmap order. Drafts never appear.
 */
export function portfolio<N extends Pick<NoteRecord, 'phase' | 'status' | 'draft' | 'evidence' | 'log'>>(
  notes: readonly N[],
  phases: readonly { id: string; title: string }[],
): PortfolioPhase<N>[] {
  return phases
    .map((phase) => ({
      id: phase.id,
      title: phase.title,
      entries: notes
        .filter((note) => !note.draft && note.status === 'done' && note.phase === phase.id)
        .map((note) => ({ note, evidence: evidenceOf(note) }))
        .filter((entry) => entry.evidence.length > 0),
    }))
    .filter((phase) => phase.entries.length > 0);
}

/** How much the portfolio holds: finished topics with evidence, and their links. */
export function portfolioSize(phases: readonly PortfolioPhase<unknown>[]): { topics: number; links: number } {
  const entries = phases.flatMap((phase) => phase.entries);
  return { topics: entries.length, links: entries.reduce((sum, entry) => sum + entry.evidence.length, 0) };
}
