/**
 * Compiled notes, cached across builds. Compiling MDX through the unified pipeline (remark-gfm, smartypants, our
 * link plugin, KaTeX, Shiki) is most of a build's bundling time, and most notes do not change between builds.
 *
 * The key holds everything the compiled module depends on: the note's text, frontmatter and path; the site's link
 * index (other notes' titles, heading ids, aliases and drafts, which wikilink labels and hrefs come from); the base
 * path; the renderer options; and the code and dependencies of the pipeline (package-lock.json, astro.config.mjs,
 * src/plugins, src/lib, src/schemas and src/node). Only `astro build` uses it: the dev server has its own invalidation.
 */
import { createHash } from 'node:crypto';
import { existsSync, globSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import type { MarkdownProcessor } from 'astro/markdown';
import { projectCacheDir } from './cache-dir.ts';
import type { AnalyzedSite } from '../lib/site-check.ts';
import { publishedSite } from './site-store.ts';
import { compareCodePoints } from '../lib/compare.ts';
import { startNoteCompilePool } from './note-compile-pool.ts';

export type MdxRenderer = Awaited<ReturnType<NonNullable<MarkdownProcessor['createMdxRenderer']>>>;
export type MdxRenderResult = Awaited<ReturnType<MdxRenderer['process']>>;

// Bump when the cached entry's shape changes.
const CACHE_VERSION = 1;

function sha256(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url');
}

/** The pipeline's own code and dependencies: a change to any of them recompiles every note. */
function pipelineFingerprint(root: string): string {
  const files = [
    'package-lock.json',
    'astro.config.mjs',
    ...globSync('src/{plugins,lib,schemas,node}/**/*.ts', { cwd: root }).sort(compareCodePoints),
  ].filter((file) => existsSync(path.join(root, file)));
  return sha256(...files.map((file) => `${file}\n${readFileSync(path.join(root, file), 'utf8')}`));
}

/** What other notes contribute to a compiled note: titles, heading ids, aliases, drafts. */
function linkIndexFingerprint(base: string, site: AnalyzedSite): string {
  // The file list too: an Obsidian embed (`![[x.png]]`) compiles to the path where the image is found.
  return sha256(
    base,
    JSON.stringify(site.notes.map((n) => [n.slug, n.file, n.title, n.headings.map((h) => h.id), n.aliases, n.draft])),
    JSON.stringify(site.files?.content ?? []),
  );
}

function withoutFunctions(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'function' ? `fn:${String(v).length}` : v));
}

/** The cache file of one compiled note: what the MDX transform passes to the renderer, under the site's context. */
export function compiledNoteFile(directory: string, context: string, filePath: string, content: string, frontmatter: unknown): string {
  return path.join(directory, `${sha256(context, filePath, content, JSON.stringify(frontmatter))}.json`);
}

export function storeCompiledNote(file: string, result: MdxRenderResult): void {
  try {
    const temporary = `${file}.${process.pid}.${threadId}.tmp`;
    writeFileSync(temporary, JSON.stringify(result));
    renameSync(temporary, file);
  } catch {
    // A read-only or full disk only costs speed.
  }
}

/**
 * `STUDY_NOTES_WORKERS_ONLY=1`: the main thread compiles none of the notes the workers were given (it only waits),
 * so that a test can hold what the workers compile to what the main thread compiles.
 */
export const WORKERS_ONLY_VARIABLE = 'STUDY_NOTES_WORKERS_ONLY';

/**
 * Wraps a Markdown processor so that `astro build` compiles the notes it will need in worker threads as soon as
 * bundling starts (src/node/note-compile-pool.ts), and reuses notes compiled by an earlier build.
 */
export function withCompiledNoteCache(processor: MarkdownProcessor, options: { base: string; root?: string }): MarkdownProcessor {
  const createMdxRenderer = processor.createMdxRenderer?.bind(processor);
  if (!createMdxRenderer) return processor;
  const wrapped: MarkdownProcessor = {
    ...processor,
    async createMdxRenderer(shared, mdx) {
      const renderer = await createMdxRenderer(shared, mdx);
      const published = publishedSite();
      if (published?.mode !== 'build') return renderer;
      const root = options.root ?? process.cwd();
      const directory = path.join(projectCacheDir(root), 'compiled-notes');
      const site = published.site;
      const context = sha256(
        String(CACHE_VERSION),
        pipelineFingerprint(root),
        linkIndexFingerprint(options.base, site),
        withoutFunctions(shared),
        withoutFunctions(mdx),
      );
      mkdirSync(directory, { recursive: true });
      const noteFiles = site.notes.map((note) => note.file);
      const leaveAllToWorkers = process.env[WORKERS_ONLY_VARIABLE] === '1';
      const pool = await startNoteCompilePool({ root, base: options.base, directory, context, shared, mdx, noteFiles });

      const compile = async (file: string, ...args: Parameters<MdxRenderer['process']>): Promise<MdxRenderResult> => {
        const result = await renderer.process(...args);
        storeCompiledNote(file, result);
        return result;
      };
      // The main thread compiles too, one note at a time, rather than wait idle for the workers: in its turn, a
      // waiting note that no worker has started yet is compiled here.
      let mainThreadTurn: Promise<unknown> = Promise.resolve();
      const inTurn = <T>(task: () => Promise<T>): Promise<T> => {
        const run = mainThreadTurn.then(task);
        mainThreadTurn = run.catch(() => undefined);
        return run;
      };

      return {
        async process(content, filePath, frontmatter): Promise<MdxRenderResult> {
          const file = compiledNoteFile(directory, context, filePath, content, frontmatter);
          const queued = pool?.waitFor(file);
          if (pool && queued) {
            if (!leaveAllToWorkers) {
              const compiledHere = await inTurn(async () => (pool.take(file) ? compile(file, content, filePath, frontmatter) : undefined));
              if (compiledHere) return compiledHere;
            }
            // A worker has it: wait (a note it failed is compiled below, and fails here with its own error).
            await queued.catch(() => undefined);
          }
          try {
            return JSON.parse(readFileSync(file, 'utf8')) as MdxRenderResult;
          } catch {
            // Not compiled before (or unreadable): compile it now.
          }
          return compile(file, content, filePath, frontmatter);
        },
      };
    },
  };
  return wrapped;
}
