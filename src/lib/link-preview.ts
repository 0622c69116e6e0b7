/**
 * Link previews: the data a topic's preview card shows (written at build time to `/topics/<slug>/preview.json`,
 * fetched by the card on first use), and where the card goes so that it never covers the link it describes.
 */
import type { NoteStatus } from '../schemas/note.ts';
import type { NoteRecord } from './note-record.ts';
import { STATUS_LABELS } from './status.ts';

export interface TopicPreview {
  title: string;
  status: NoteStatus;
  /** The status in words, as on the page. */
  statusLabel: string;
  /** `4. Core MLOps` */
  phase: string;
  summary: string;
  /** Heading id → heading text, for `#heading` links. */
  headings: Record<string, string>;
}

/** Where the card's script is served, under the base path (bundled at build time: src/pages/scripts/). */
export const LINK_PREVIEW_SCRIPT = 'scripts/link-preview.js';

/** The file name of a topic's preview data, inside the topic's own folder: `/topics/<slug>/preview.json`. */
export const PREVIEW_FILE = 'preview.json';

export function topicPreviewOf(
  note: Pick<NoteRecord, 'title' | 'status' | 'summary' | 'headings'>,
  phase: { number: number; title: string },
): TopicPreview {
  return {
    title: note.title,
    status: note.status,
    statusLabel: STATUS_LABELS[note.status],
    phase: `${phase.number}. ${phase.title}`,
    summary: note.summary,
    headings: Object.fromEntries(note.headings.map((h) => [h.id, h.text])),
  };
}

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/**
 * Where the card goes, in viewport coordinates: under the link when it fits, else above it, never over it; moved
 * sideways to stay inside the viewport (with `margin` to spare). `link` is the link's bounding box.
 */
export function previewPlacement(
  link: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 8,
  margin = 8,
): { top: number; left: number; side: 'below' | 'above' } {
  const below = link.top + link.height + gap;
  const fitsBelow = below + card.height <= viewport.height - margin;
  const above = link.top - gap - card.height;
  const side = fitsBelow || above < margin ? 'below' : 'above';
  const left = Math.max(margin, Math.min(link.left, viewport.width - margin - card.width));
  return { top: side === 'below' ? below : above, left, side };
}
