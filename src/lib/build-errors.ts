/**
 * Errors that Astro and Vite raise during a build, translated into the content check's shape: the note, the line
 * when known, what is wrong and the fix. The check catches what it can see beforehand; this is for the rest (an
 * image file that is damaged, an expression that throws while rendering, an import Vite cannot resolve).
 */
import type { Diagnostic } from './diagnostics.ts';
import { isImagePath } from './note-files.ts';
import { closestMatch } from './suggest.ts';

/** What an Astro, Vite or Rolldown error carries, as plain data. */
export interface BuildErrorInfo {
  /** `NoImageMetadata`, `TypeError`, … */
  name?: string;
  message: string;
  /** The module that failed (Vite's `id`), absolute. */
  id?: string;
  loc?: { file?: string; line?: number; column?: number };
}

/** Where a note uses a file, so an error about the file can name the note's line. */
export interface FileUse {
  /** The used file, project-relative. */
  file: string;
  note: string;
  line: number;
  column: number;
}

export interface BuildErrorContext {
  /** Absolute project root, with forward slashes. */
  root: string;
  /** The note being rendered, when the error came from rendering one. */
  note?: string;
  /** Its text, to find the line of an expression that threw. */
  noteSource?: string;
  uses: readonly FileUse[];
  /** Names of the components notes can use, for "Did you mean". */
  components: readonly string[];
}

// An absolute path to a file of the project in a message: `/work/site/content/notes/x.png`.
const ABSOLUTE_PATH = /(?<![\w.-])(\/[^\s"'`()<>:]+\.[A-Za-z0-9]+)/g;
// Terminal colours and the `[plugin]` / `[builtin:…]` tags that Vite and Rolldown put in front of a message.
const DECORATION = /\x1b\[[0-9;]*m|^\s*\[(?:plugin |builtin:)[^\]]*\]\s*/g;

/** `absolute` relative to `root` (with `../` when outside it, as the content check names a CONTENT_DIR elsewhere). */
function projectRelative(root: string, absolute: string): string | undefined {
  const clean = absolute.replace(/^file:\/\//, '').replace(/[?#].*$/, '');
  if (!clean.startsWith('/')) return clean || undefined; // already relative to the project
  const from = root.split('/').filter(Boolean);
  const to = clean.split('/').filter(Boolean);
  let shared = 0;
  while (shared < from.length && shared < to.length && from[shared] === to[shared]) shared++;
  return [...Array<string>(from.length - shared).fill('..'), ...to.slice(shared)].join('/');
}

/** The line of a message that says what went wrong (Rolldown puts `[plugin name]` and a count first). */
function firstMeaningfulLine(message: string): string {
  const lines = message
    .replace(DECORATION, '')
    .split('\n')
    .map((l) => l.replace(DECORATION, ''))
    .map((l) => l.trim())
    .filter((l) => l && !/^\[plugin [^\]]*\]$/.test(l) && !/^Build failed with \d+ errors?:?$/.test(l));
  // Rolldown's native plugins say only that they threw; the reason follows `Caused by:`.
  const cause = lines.indexOf('Caused by:');
  const reason = cause !== -1 && lines[cause + 1] ? `: ${lines[cause + 1]}` : '';
  return `${lines[0] ?? message}${reason}`.replace(/^[A-Z][A-Za-z]*Error: |^[A-Z][A-Za-z]+: (?=Could not|Expected)/, '');
}

// Rolldown's code frame header: `[ content/notes/results.ts:3:23 ]`.
const FRAME_HEADER = /\[\s*([^\s\]]+?):(\d+):(\d+)\s*\]/;

/** The error's location: its own `loc`, else the one in its code frame (1-based column there). */
function locationOf(error: BuildErrorInfo): BuildErrorInfo['loc'] {
  if (error.loc?.file) return error.loc;
  const frame = FRAME_HEADER.exec(error.message.replace(DECORATION, '').replace(/\x1b\[[0-9;]*m/g, ''));
  return frame ? { file: frame[1]!, line: Number(frame[2]), column: Number(frame[3]) - 1 } : error.loc;
}

/** The project files an error names: its module, its location, then paths in its message. */
function filesNamed(error: BuildErrorInfo, root: string): string[] {
  const candidates = [error.loc?.file, error.id, ...[...error.message.matchAll(ABSOLUTE_PATH)].map((m) => m[1])];
  return candidates
    .flatMap((c) => (c ? (projectRelative(root, c) ?? []) : []))
    .filter((f) => !/(^|\/)(node_modules|\.astro|dist)\//.test(f));
}

interface Translation {
  code: string;
  message: string;
  hint: string;
}

function translate(error: BuildErrorInfo, subject: string | undefined, components: readonly string[]): Translation {
  const message = firstMeaningfulLine(error.message);
  if (error.name === 'NoImageMetadata' || /image metadata/i.test(message)) {
    return {
      code: 'unreadable-image',
      message: `${subject ? `"${subject}"` : 'an image'} is not an image the build can read`,
      hint: 'The file is damaged or not really an image: export it again as PNG, JPEG, WebP, GIF or SVG, or remove it from the note.',
    };
  }
  const unresolved = /(?:failed to resolve import|could not resolve|cannot find module)\s+["'`]([^"'`]+)["'`]/i.exec(message);
  if (unresolved) {
    return {
      code: 'unresolved-import',
      message: `the build cannot find "${unresolved[1]}"`,
      hint: 'Fix the path (it is relative to the note, e.g. ./diagram.png), or install the package with npm install.',
    };
  }
  const component = /Expected component `([^`]+)` to be defined/.exec(message);
  if (component) {
    const match = closestMatch(component[1]!, components);
    return {
      code: 'unknown-component',
      message: `<${component[1]}> is not a component this note can use`,
      hint: match !== undefined ? `Did you mean <${match}>?` : 'Use a study component, or import the component at the top of the note.',
    };
  }
  if (error.name === 'LocalImageUsedWrongly' || /LocalImageUsedWrongly/.test(message)) {
    return {
      code: 'image-as-text',
      message: 'an image is given as a path written as text',
      hint: 'Import the image beside the note and pass it: import diagram from \'./diagram.png\'; then <Figure src={diagram} alt="…" />.',
    };
  }
  if (error.name === 'TypeError' || error.name === 'ReferenceError') {
    return {
      code: 'render-error',
      message: `an expression failed while the page was rendered: ${message.replace(/\.$/, '')}`,
      hint: 'Check the code in { } and in component props; in prose, write { as \\{ or inside backticks.',
    };
  }
  return {
    code: 'build-error',
    message: `the build failed here: ${message.replace(/\.$/, '')}`,
    hint: 'Fix the note at this line if you can; run the build again with --verbose (or DEBUG=1) to see the original error.',
  };
}

/** One diagnostic for a build error: on the note (and line) it concerns when that can be told, else the file it names. */
/**
 * The line and column of the `{…}` that most likely threw: the first one holding the name the error names
 * (`reading 'accuracy'`, `steps.map is not a function`, `x is not defined`).
 */
export function locateExpression(source: string, message: string): { line: number; column: number } | undefined {
  const property = /reading '([^']+)'/.exec(message)?.[1];
  const name = property !== undefined ? `.${property}` : /([\w$.]+) is not (?:a function|defined|iterable)/.exec(message)?.[1];
  if (!name) return undefined;
  const lines = source.split('\n');
  for (const [i, line] of lines.entries()) {
    for (let at = line.indexOf(name); at !== -1; at = line.indexOf(name, at + 1)) {
      const open = line.lastIndexOf('{', at);
      if (open !== -1) return { line: i + 1, column: open + 1 };
    }
  }
  return undefined;
}

export function translateBuildError(raw: BuildErrorInfo, context: BuildErrorContext): Diagnostic {
  const loc = locationOf(raw);
  const error: BuildErrorInfo = { ...raw, ...(loc ? { loc } : {}) };
  const named = filesNamed(error, context.root);
  const note = context.note ?? named.find((f) => f.endsWith('.mdx'));
  const asset = named.find((f) => !f.endsWith('.mdx'));
  const use = asset ? context.uses.find((u) => u.file === asset && (note === undefined || u.note === note)) : undefined;
  const translation = translate(error, asset && use ? asset.split('/').at(-1) : asset, context.components);
  // A code file the note imports (a .ts with a syntax error) is reported where the error is, naming the import;
  // an image, at the line of the note that shows it. A note's own positions are in its compiled JavaScript, not
  // in the MDX, so they are not used.
  const inAsset = asset !== undefined && named[0] === asset && error.loc?.line !== undefined && !isImagePath(asset);
  if (inAsset) {
    return {
      severity: 'error',
      file: asset,
      line: error.loc!.line!,
      ...(error.loc!.column !== undefined ? { column: error.loc!.column + 1 } : {}),
      field: 'build',
      ...translation,
      message: use ? `${translation.message} (imported by ${use.note}:${use.line})` : translation.message,
    };
  }
  const expression = !use && context.noteSource !== undefined ? locateExpression(context.noteSource, error.message) : undefined;
  const at = use ?? expression;
  return {
    severity: 'error',
    file: use?.note ?? note ?? asset ?? 'the build',
    line: at?.line ?? 1,
    ...(at ? { column: at.column } : {}),
    field: 'build',
    ...translation,
  };
}
