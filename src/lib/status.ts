/** Words for statuses, the same on every page. */
import type { NoteStatus } from '../schemas/note.ts';

export const STATUS_LABELS: Record<NoteStatus, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
};

/** Display order: what is finished first, then what is under way, then the plan. */
export const STATUS_ORDER: readonly NoteStatus[] = ['done', 'in-progress', 'planned'];

/** The one-character mark for a status inside SVG graphs, where the badge's icon does not fit. */
export const STATUS_GLYPHS: Record<NoteStatus, string> = {
  done: '✓',
  'in-progress': '◐',
  planned: '○',
};
