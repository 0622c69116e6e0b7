/**
 * Diagnostics: what pure checks return instead of throwing, so one run can report every problem.
 * One place (`formatDiagnostic`) turns them into the lines authors read.
 */
import { compareCodePoints } from './compare.ts';
import { countLabel } from './plural.ts';

export type Severity = 'error' | 'warning';

/** One problem found in the content, located precisely enough for an author (or an editor) to jump to it. */
export interface Diagnostic {
  severity: Severity;
  /** Path from the project root, with forward slashes: `content/notes/platforms/kubeflow.mdx`. */
  file: string;
  /** 1-based line in `file`. */
  line: number;
  /** 1-based column, when the problem sits inside a line (links, MDX syntax). */
  column?: number;
  /** The frontmatter field (`prerequisites[1]`) or the kind of body element (`link`) at fault. */
  field: string;
  /** Stable machine-readable kind, e.g. `unknown-prerequisite`. Never renamed once published. */
  code: string;
  /** What is wrong, without a trailing period. */
  message: string;
  /** How to fix it, as a full sentence. */
  hint: string;
}

/**
 * The line an author reads: `content/notes/x.mdx:7 prerequisites: unknown note "a". Did you mean "b"?`
 * Warnings carry a `warning:` prefix so that errors keep the exact shape of the contract.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const location = d.column === undefined ? `${d.file}:${d.line}` : `${d.file}:${d.line}:${d.column}`;
  const text = `${location} ${d.field}: ${d.message}. ${d.hint}`;
  return d.severity === 'warning' ? `warning: ${text}` : text;
}

/** Deterministic report order: by file, then position, then code. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compareCodePoints(a.file, b.file) ||
      a.line - b.line ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compareCodePoints(a.field, b.field) ||
      compareCodePoints(a.code, b.code),
  );
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** A one-line summary such as `2 errors, 1 warning`. */
export function summarizeDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return `${countLabel(errors, 'error')}, ${countLabel(warnings, 'warning')}`;
}
