/**
 * Catches what fails late in a build (Vite bundling a note, Astro rendering one) and reports it like the content
 * check does. Rendering problems are collected, so every broken page is named in one run; a bundling error stops
 * the build at once, since nothing after it can run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { translateBuildError, type BuildErrorInfo } from '../lib/build-errors.ts';
import { formatDiagnostic, type Diagnostic } from '../lib/diagnostics.ts';
import { NOTE_COMPONENTS } from '../lib/note-components.ts';
import { requirePublishedSite } from './site-store.ts';
import { stopBuild } from './report.ts';

interface Collected {
  diagnostics: Diagnostic[];
  originals: unknown[];
}
// Pages render from Astro's bundled copy of this module; the integration reads the same store from its own copy.
const STORE = Symbol.for('mlops-study-notes.render-problems');
const store = globalThis as unknown as Record<symbol, Collected | undefined>;

function collected(): Collected {
  return (store[STORE] ??= { diagnostics: [], originals: [] });
}

function sourceOf(note: string): string | undefined {
  try {
    return readFileSync(path.resolve(process.cwd(), note), 'utf8');
  } catch {
    return undefined;
  }
}

/** The errors inside one: Rolldown gathers several into `errors`. */
function infosOf(error: unknown): BuildErrorInfo[] {
  // Rolldown's inner errors are plain objects with a message, not Error instances.
  if (!error || typeof error !== 'object' || typeof (error as { message?: unknown }).message !== 'string')
    return [{ message: String(error) }];
  const e = error as Error & { id?: string; loc?: BuildErrorInfo['loc']; errors?: unknown[] };
  if (Array.isArray(e.errors) && e.errors.length) return e.errors.flatMap(infosOf);
  return [{ name: e.name, message: e.message, ...(e.id ? { id: e.id } : {}), ...(e.loc ? { loc: e.loc } : {}) }];
}

function translate(error: unknown, note?: string): Diagnostic[] {
  const { site } = requirePublishedSite();
  return infosOf(error).map((info) =>
    translateBuildError(info, {
      root: process.cwd().split('\\').join('/'),
      ...(note ? { note } : {}),
      ...(note && sourceOf(note) !== undefined ? { noteSource: sourceOf(note)! } : {}),
      uses: site.uses,
      components: Object.keys(NOTE_COMPONENTS),
    }),
  );
}

/**
 * A note's page failed to render. In a build the problem is kept for the end of the build; in `astro dev` it is
 * thrown with the same one line, which the error overlay shows.
 */
export function reportRenderError(note: string, error: unknown): void {
  const diagnostics = translate(error, note);
  if (requirePublishedSite().mode === 'dev') throw new Error(diagnostics.map(formatDiagnostic).join('\n'), { cause: error });
  collected().diagnostics.push(...diagnostics);
  collected().originals.push(error);
}

/** Ends a build whose pages failed to render, after every page has been tried. */
export function stopIfPagesFailed(): void {
  const { diagnostics, originals } = collected();
  if (diagnostics.length) stopBuild(diagnostics, originals);
}

/** Vite plugin: a bundling error (an image Astro cannot read, an import that does not resolve) as one line. */
export function buildErrorReporter(): Plugin {
  return {
    name: 'mlops-study-notes:build-errors',
    apply: 'build',
    // Vite turns an unresolved import into an error inside its own log handler, before any buildEnd.
    onLog(_level, log) {
      if (log.code !== 'UNRESOLVED_IMPORT') return;
      const error = Object.assign(new Error(log.message), { ...(log.id ? { id: log.id } : {}), ...(log.loc ? { loc: log.loc } : {}) });
      stopBuild(translate(error), [error]);
    },
    buildEnd(error) {
      if (!error) return;
      stopBuild(translate(error), [error]);
    },
  };
}
