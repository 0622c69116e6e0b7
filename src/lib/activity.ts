/** Recent activity for the home page: the latest dated things that happened (not planned ones). */
import type { CalendarDate } from './calendar-date.ts';
import type { NoteRecord } from './note-record.ts';

export interface Activity {
  date: CalendarDate;
  label: string;
  note: NoteRecord;
}

/** Started, completed and logged sessions, newest first (ties by slug, then kind), at most `limit`. */
export function recentActivity(notes: readonly NoteRecord[], limit: number): Activity[] {
  const activities: Activity[] = notes.flatMap((note) => [
    ...(note.started ? [{ date: note.started, label: 'Started', note }] : []),
    ...(note.completed ? [{ date: note.completed, label: 'Completed', note }] : []),
    ...note.log.map((entry) => ({ date: entry.date, label: 'Studied', note })),
  ]);
  const kind = { Completed: 0, Studied: 1, Started: 2 } as Record<string, number>;
  return activities
    .sort((a, b) => b.date.localeCompare(a.date) || a.note.slug.localeCompare(b.note.slug) || kind[a.label]! - kind[b.label]!)
    .filter((a, i, all) => all.findIndex((b) => b.note.slug === a.note.slug && b.date === a.date) === i)
    .slice(0, limit);
}
