/**
 * When each file last changed, read from one `git log` over the content folder (never one git process per note,
 * which is what makes other generators' builds slow on large sites).
 */
import { isCalendarDate, type CalendarDate } from './calendar-date.ts';

/** Separates commits in the output of `git log --format=%x1e%cs --name-only`. */
export const COMMIT_SEPARATOR = '\x1e';

/** The `git log` arguments whose output `lastChangedByFile` reads: newest commit first, its date, then its files. */
export const LAST_CHANGED_LOG_ARGS = [
  '-c',
  'core.quotepath=off',
  'log',
  '--format=%x1e%cs',
  '--name-only',
  '--relative',
  '--no-renames',
  '--',
  '.',
];

/**
 * The day each file was last committed, from `git log --format=%x1e%cs --name-only` (newest first): the first
 * commit that names a file is its last change. Paths are as git prints them (relative to where it ran).
 */
export function lastChangedByFile(log: string): Map<string, CalendarDate> {
  const changed = new Map<string, CalendarDate>();
  for (const commit of log.split(COMMIT_SEPARATOR)) {
    const [date, ...files] = commit.split('\n');
    if (!date || !isCalendarDate(date.trim())) continue;
    for (const file of files) {
      const name = file.trim();
      if (name && !changed.has(name)) changed.set(name, date.trim());
    }
  }
  return changed;
}
