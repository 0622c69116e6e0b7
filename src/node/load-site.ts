/**
 * Reads the content folder from disk and runs the whole-site check, once per content state.
 * The result is memoised on `globalThis` and keyed by every file's size and mtime, so the Astro integration,
 * the pages and the dev server share one analysis per change instead of re-reading the site per page.
 */
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { todayCalendarDate } from '../lib/calendar-date.ts';
import type { Diagnostic } from '../lib/diagnostics.ts';
import { analyzeSite, checkDiagrams, type AnalyzedSite } from '../lib/site-check.ts';
import { openBodyCache } from './body-cache.ts';

export interface ContentLocation {
  /** Absolute project root. */
  root: string;
  /** Absolute content folder: `<root>/content`, or `CONTENT_DIR` (used by the fixture tests). */
  contentDir: string;
}

export function contentLocation(root: string = process.cwd()): ContentLocation {
  return { root, contentDir: path.resolve(root, process.env['CONTENT_DIR'] ?? 'content') };
}

/** Path from the project root with forward slashes, as authors see it in messages. */
function fromRoot(location: ContentLocation, absolute: string): string {
  return path.relative(location.root, absolute).split(path.sep).join('/');
}

export function listNoteFiles(location: ContentLocation): string[] {
  const notesDir = path.join(location.contentDir, 'notes');
  if (!existsSync(notesDir)) return [];
  return globSync('**/*.mdx', { cwd: notesDir })
    .map((relative) => path.join(notesDir, relative))
    .sort();
}

function fingerprint(files: readonly string[], production: boolean, today: string): string {
  return [production, today, ...files.map((f) => {
    const stat = statSync(f, { throwIfNoEntry: false });
    return `${f}:${stat?.size ?? -1}:${stat?.mtimeMs ?? -1}`;
  })].join('\n');
}

const MODE = Symbol.for('mlops-study-notes.build-mode');
const modeStore = globalThis as unknown as Record<symbol, 'build' | 'dev' | undefined>;

/** Remembers whether Astro is building (drafts left out) or serving the dev site; set by the integration. */
export function setBuildMode(mode: 'build' | 'dev'): void {
  modeStore[MODE] = mode;
}

/** `build` unless the integration said otherwise: drafts stay out unless we know we are in dev. */
export function buildMode(): 'build' | 'dev' {
  return modeStore[MODE] ?? 'build';
}

interface Memo {
  key: string;
  site: AnalyzedSite;
  production: boolean;
  contentDir: string;
}
const MEMO = Symbol.for('mlops-study-notes.analyzed-site');
const memoStore = globalThis as unknown as Record<symbol, Memo | undefined>;

/** Forgets the analysed site, so the next `loadSite` reads the content again (watchers call it on change). */
export function invalidateSite(): void {
  memoStore[MEMO] = undefined;
}

export interface LoadOptions {
  production: boolean;
  location?: ContentLocation;
}

/** The analysed site for the current content on disk. */
export function loadSite({ production, location = contentLocation() }: LoadOptions): AnalyzedSite {
  const memo = memoStore[MEMO];
  // During `astro build` the content cannot change: after the first analysis every page, endpoint and compiled
  // note gets the same result without touching the disk again (checking the files per call made builds O(N²)).
  if (memo && buildMode() === 'build' && memo.production === production && memo.contentDir === location.contentDir) return memo.site;

  const roadmapPath = path.join(location.contentDir, 'roadmap.yaml');
  const permalinksPath = path.join(location.contentDir, 'permalinks.json');
  const noteFiles = listNoteFiles(location);
  const today = todayCalendarDate(new Date(), process.env['STUDY_NOTES_TODAY']);
  const key = `${location.contentDir}\n${fingerprint([roadmapPath, permalinksPath, ...noteFiles], production, today)}`;
  if (memo?.key === key) return memo.site;

  const bodies = openBodyCache(location.root);
  const site = analyzeSite(
    {
      roadmapFile: fromRoot(location, roadmapPath),
      roadmapSource: existsSync(roadmapPath) ? readFileSync(roadmapPath, 'utf8') : undefined,
      notesDir: fromRoot(location, path.join(location.contentDir, 'notes')),
      notes: noteFiles.map((file) => ({ file: fromRoot(location, file), source: readFileSync(file, 'utf8') })),
      today,
      permalinks: {
        file: fromRoot(location, permalinksPath),
        source: existsSync(permalinksPath) ? readFileSync(permalinksPath, 'utf8') : undefined,
      },
    },
    { production, readBody: bodies.read },
  );
  bodies.save();
  memoStore[MEMO] = { key, site, production, contentDir: location.contentDir };
  return site;
}

const DIAGRAMS = Symbol.for('mlops-study-notes.diagram-diagnostics');
const diagramStore = globalThis as unknown as Record<symbol, { site: AnalyzedSite; diagnostics: Diagnostic[] } | undefined>;

/**
 * The diagram problems `checkContent` last found for this analysed site (none when it has not run for it yet), so
 * synchronous callers (the pages in `astro dev`, whose error overlay shows them) report them too.
 */
export function knownDiagramDiagnostics(site: AnalyzedSite): readonly Diagnostic[] {
  const memo = diagramStore[DIAGRAMS];
  return memo?.site === site ? memo.diagnostics : NONE;
}
const NONE: readonly Diagnostic[] = Object.freeze([]);

/**
 * Every problem of the content: the whole-site check and the Mermaid diagrams (whose parser is asynchronous).
 * What `npm run check`, the build and the dev server print.
 */
export async function checkContent(options: LoadOptions): Promise<{ site: AnalyzedSite; diagnostics: Diagnostic[] }> {
  const site = loadSite(options);
  const memo = diagramStore[DIAGRAMS];
  const diagrams = memo?.site === site ? memo.diagnostics : await checkDiagrams(site.notes.filter((n) => !(options.production && n.draft)));
  diagramStore[DIAGRAMS] = { site, diagnostics: diagrams };
  return { site, diagnostics: [...site.diagnostics, ...diagrams] };
}
