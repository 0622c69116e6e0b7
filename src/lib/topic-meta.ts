/**
 * The small facts of a topic page's reading line: how long it takes to read, and where to edit it.
 */
import { formatCalendarDate, type CalendarDate } from './calendar-date.ts';

/** Words a reader gets through in a minute of technical prose with code (a common estimate is 200–250). */
export const WORDS_PER_MINUTE = 220;

const minutes = new Intl.NumberFormat('en', { style: 'unit', unit: 'minute', unitDisplay: 'short' });

/** Whole minutes to read `wordCount` words, at least one. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

/** "5 min read", with the unit spelled by Intl. */
export function readingTimeLabel(wordCount: number): string {
  return `${minutes.format(readingMinutes(wordCount))} read`;
}

/** "Updated 3 November 2026". */
export function updatedLabel(date: CalendarDate): string {
  return `Updated ${formatCalendarDate(date)}`;
}

/**
 * The forge's edit page of a note: `<repo>/edit/<branch>/<file>`, the file's path from the repository root with each
 * segment URL-encoded (GitHub, GitLab and Gitea all use this shape). Undefined without a repository.
 */
export function editPageUrl(repo: string | undefined, branch: string, file: string): string | undefined {
  if (!repo) return undefined;
  const path = file.split('/').map(encodeURIComponent).join('/');
  return `${repo.replace(/\/+$/, '')}/edit/${branch.split('/').map(encodeURIComponent).join('/')}/${path}`;
}
