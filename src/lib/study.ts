/** Study time from the log. */
import type { LogEntry } from '../schemas/note.ts';

/** Total logged hours, and a label such as `6.5 h` (sessions without hours count as 0). */
export function studyHours(log: readonly LogEntry[]): { total: number; label: string } {
  const total = log.reduce((sum, entry) => sum + (entry.hours ?? 0), 0);
  const rounded = Math.round(total * 10) / 10;
  return { total: rounded, label: `${rounded} h` };
}
