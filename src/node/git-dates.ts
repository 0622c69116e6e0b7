/**
 * What git knows about the content folder, read once per Astro run by the content-check integration (which publishes
 * it with the analysed site, src/node/site-store.ts): the day each note last changed, from one
 * `git log` for the whole folder (never one process per note), and where the repository's root is, for "Edit this
 * page" links. Outside a git checkout (an exported tarball, no git installed) or in a shallow clone there are no
 * dates, links use the path from the project folder, and nothing fails.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { CalendarDate } from '../lib/calendar-date.ts';
import { LAST_CHANGED_LOG_ARGS, lastChangedByFile } from '../lib/git-log.ts';
import { contentLocation, type ContentLocation } from './load-site.ts';

export interface ContentHistory {
  /** The repository's root folder, when the content is in a git checkout. */
  repositoryRoot: string | undefined;
  /** Note files (paths from the project root, as in `NoteRecord.file`) → the day of their last commit. */
  lastChanged: Map<string, CalendarDate>;
}

function git(contentDir: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd: contentDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
      timeout: 60_000,
    });
  } catch {
    // No git, or not a repository.
    return undefined;
  }
}

/** Reads the content folder's history with one `git log`. */
export function readContentHistory(location: ContentLocation = contentLocation()): ContentHistory {
  const [top, shallow] = (git(location.contentDir, ['rev-parse', '--show-toplevel', '--is-shallow-repository']) ?? '').trim().split('\n');
  const repositoryRoot = top || undefined;
  const lastChanged = new Map<string, CalendarDate>();
  // A shallow clone's oldest commit lists every file as changed that day: no dates beat wrong ones.
  if (shallow === 'true') {
    process.stderr.write(
      'Last updated: the content is in a shallow git clone, so topic pages show no "Updated" date. Fetch the whole history (git fetch --unshallow; in GitHub Actions, actions/checkout with fetch-depth: 0).\n',
    );
  }
  const log = repositoryRoot && shallow !== 'true' ? git(location.contentDir, LAST_CHANGED_LOG_ARGS) : undefined;
  for (const [file, date] of lastChangedByFile(log ?? '')) {
    lastChanged.set(path.relative(location.root, path.join(location.contentDir, file)).split(path.sep).join('/'), date);
  }
  return { repositoryRoot, lastChanged };
}

/** A note file's path from the repository's root (from the project folder outside git), for "Edit this page". */
export function pathInRepository(history: ContentHistory, noteFile: string, location: ContentLocation = contentLocation()): string {
  const { repositoryRoot } = history;
  if (!repositoryRoot) return noteFile;
  return path.relative(repositoryRoot, path.resolve(location.root, noteFile)).split(path.sep).join('/');
}
