/**
 * Reads the content folder from disk and runs the whole-site check: the one analysis of the content.
 *
 * Why our own reader rather than Astro's content layer: `npm run check`, `npm run new`, `plan`, `init` and
 * `permalinks` must analyse the site without booting Astro (a content-layer sync alone costs several times this
 * whole analysis: docs/architecture.md has the numbers), and the check reads the author's YAML as YAML 1.2, with a
 * line number for every field. Astro's `notes` collection (src/content.config.ts) therefore only compiles and
 * renders bodies; nothing reads its frontmatter. Inside an Astro run the integration analyses once per content
 * state and publishes the result (src/node/site-store.ts); scripts call `loadSite` and pass the result on.
 */
import { closeSync, existsSync, globSync, openSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../lib/diagnostics.ts';
import { isImagePath, looksLikeImage } from '../lib/note-files.ts';
import { analyzeSite, checkDiagrams, type AnalyzedSite } from '../lib/site-check.ts';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { openBodyCache, type BodyCache } from './body-cache.ts';
import { readMissingBodies } from './read-bodies.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { workerPoolSize, WORKERS_VARIABLE } from '../lib/worker-pool-size.ts';
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

export interface LoadOptions {
  /** A production build leaves drafts out (and warns about published notes that link to them); `astro dev` does not. */
  production: boolean;
  location?: ContentLocation;
  /** The body cache to read from (`readBodiesAhead`); else the project's is opened. */
  bodies?: BodyCache;
}

/**
 * Analyses the content on disk as it is now. Each call reads it again (unchanged note bodies come from the body
 * cache): callers analyse once per content state and hand the result on, they never call this per page.
 */
export function loadSite({ production, location = contentLocation(), bodies = openBodyCache(location.root) }: LoadOptions): AnalyzedSite {
  const roadmapPath = path.join(location.contentDir, 'roadmap.yaml');
  const permalinksPath = path.join(location.contentDir, 'permalinks.json');
  const noteFiles = listNoteFiles(location);
  const contentFiles = listFiles(location.contentDir);
  const publicDir = path.join(location.root, 'public');
  const publicFiles = listFiles(publicDir);
  const clock = readClock();
  const images = contentFiles.filter(isImagePath).map((file) => path.join(location.contentDir, file));

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
    { production, readBody: bodies.read, readFrontmatter: bodies.readFrontmatter },
  );
  bodies.save();
  return Object.freeze(site);
}

/**
 * Every problem of the content: the whole-site check and the Mermaid diagrams (whose parser is asynchronous).
 * What `npm run check`, the build and the dev server print.
 */
export async function checkContent(options: LoadOptions): Promise<{ site: AnalyzedSite; diagnostics: Diagnostic[] }> {
  const site = loadSite({ ...options, bodies: options.bodies ?? (await readBodiesAhead(options.location)).bodies });
  return { site, diagnostics: await diagnosticsWithDiagrams(site) };
}

/** The site's own diagnostics, then its diagrams' (checked asynchronously, so kept apart from `analyzeSite`). */
export async function diagnosticsWithDiagrams(site: AnalyzedSite): Promise<Diagnostic[]> {
  const diagrams = await checkDiagrams(site.notes.filter((n) => !(site.production && n.draft)));
  return [...site.diagnostics, ...diagrams];
}

/**
 * The project's body cache with every note body read: those it did not hold yet are read on every core
 * (src/node/read-bodies.ts). For the first analysis of a run; `STUDY_NOTES_WORKERS=0` reads on the main thread.
 */
export async function readBodiesAhead(
  location: ContentLocation = contentLocation(),
): Promise<{ bodies: BodyCache; read: number; inWorkers: number; ms: number }> {
  const started = performance.now();
  const bodies = openBodyCache(location.root);
  const sources = listNoteFiles(location).map((file) => splitFrontmatter(readFileSync(file, 'utf8')).bodyWithFileLines);
  // The share-image and compile pools start later: until then every core is free for this.
  const { size } = workerPoolSize(process.env[WORKERS_VARIABLE], availableParallelism());
  const { read, inWorkers } = await readMissingBodies(bodies, sources, Math.max(0, size - 1));
  return { bodies, read, inWorkers, ms: performance.now() - started };
}
