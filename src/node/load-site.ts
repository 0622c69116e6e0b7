/**
 * Reads the content folder from disk and runs the whole-site check, once per content state.
 * The result is memoised on `globalThis` and keyed by every file's size and mtime, so the Astro integration,
 * the pages and the dev server share one analysis per change instead of re-reading the site per page.
 */
import { closeSync, existsSync, globSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../lib/diagnostics.ts';
import { isImagePath, looksLikeImage } from '../lib/note-files.ts';
import { analyzeSite, checkDiagrams, type AnalyzedSite } from '../lib/site-check.ts';
import { openBodyCache } from './body-cache.ts';
import { readClock } from './clock.ts';
import { compareCodePoints } from '../lib/compare.ts';

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
    .sort(compareCodePoints);
}

/** Every file under `dir`, relative to it with forward slashes (empty when the folder is missing). */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return globSync('**/*', { cwd: dir, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort(compareCodePoints);
}

/** The first kilobyte of a file, enough to tell an image format by its signature. */
function startOf(file: string): Uint8Array {
  const buffer = new Uint8Array(1024);
  const fd = openSync(file, 'r');
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    closeSync(fd);
  }
}

/** JSON files a note may import (`import results from './results.json'`) that do not parse. */
function brokenJsonFiles(location: ContentLocation, contentFiles: readonly string[]): { file: string; reason: string }[] {
  const broken: { file: string; reason: string }[] = [];
  for (const file of contentFiles.filter((f) => f.endsWith('.json') && f !== 'permalinks.json')) {
    const absolute = path.join(location.contentDir, file);
    try {
      JSON.parse(readFileSync(absolute, 'utf8'));
    } catch (error) {
      // Node quotes a multi-line excerpt after the reason; keep the reason (and its position when given).
      const message = (error as Error).message.split('\n')[0]!;
      const reason = /^(?:Unexpected token '[^']*'|[^,]+)/.exec(message)?.[0] ?? message;
      broken.push({ file: fromRoot(location, absolute), reason: reason.replace(/\.$/, '') });
    }
  }
  return broken;
}

/** Names of the project's dependencies and dev dependencies. */
function projectPackages(root: string): string[] {
  try {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<
      string,
      Record<string, string> | undefined
    >;
    return [...Object.keys(manifest['dependencies'] ?? {}), ...Object.keys(manifest['devDependencies'] ?? {})].sort(compareCodePoints);
  } catch {
    return [];
  }
}

function fingerprint(files: readonly string[], production: boolean, today: string): string {
  return [
    production,
    today,
    ...files.map((f) => {
      const stat = statSync(f, { throwIfNoEntry: false });
      return `${f}:${stat?.size ?? -1}:${stat?.mtimeMs ?? -1}`;
    }),
  ].join('\n');
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
  const contentFiles = listFiles(location.contentDir);
  const publicDir = path.join(location.root, 'public');
  const publicFiles = listFiles(publicDir);
  const clock = readClock();
  // File names are part of the key: adding the image a note was missing must clear its error.
  const images = contentFiles.filter(isImagePath).map((file) => path.join(location.contentDir, file));
  // Images and JSON are read too (their first bytes, their syntax): a change to one must re-check.
  const data = contentFiles.filter((f) => f.endsWith('.json')).map((file) => path.join(location.contentDir, file));
  const key = `${location.contentDir}\n${fingerprint([roadmapPath, permalinksPath, ...noteFiles, ...images, ...data], production, `${clock.date}:${clock.pinned}`)}\n${contentFiles.join('\n')}\n${publicFiles.join('\n')}`;
  if (memo?.key === key) return memo.site;

  const bodies = openBodyCache(location.root);
  const site = analyzeSite(
    {
      roadmapFile: fromRoot(location, roadmapPath),
      roadmapSource: existsSync(roadmapPath) ? readFileSync(roadmapPath, 'utf8') : undefined,
      notesDir: fromRoot(location, path.join(location.contentDir, 'notes')),
      notes: noteFiles.map((file) => ({ file: fromRoot(location, file), source: readFileSync(file, 'utf8') })),
      today: clock.date,
      todayPinned: clock.pinned,
      permalinks: {
        file: fromRoot(location, permalinksPath),
        source: existsSync(permalinksPath) ? readFileSync(permalinksPath, 'utf8') : undefined,
      },
      files: {
        contentDir: fromRoot(location, location.contentDir),
        content: contentFiles.map((file) => fromRoot(location, path.join(location.contentDir, file))),
        public: publicFiles,
        exists: (projectPath) => existsSync(path.resolve(location.root, projectPath)),
        packages: projectPackages(location.root),
        brokenJson: brokenJsonFiles(location, contentFiles),
        damagedImages: images.filter((file) => !looksLikeImage(file, startOf(file))).map((file) => fromRoot(location, file)),
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
