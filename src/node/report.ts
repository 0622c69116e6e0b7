/** Prints diagnostics for people (one line each), for machines (`--json`) and for GitHub pull requests. */
import { writeSync } from 'node:fs';
import { formatDiagnostic, sortDiagnostics, summarizeDiagnostics, type Diagnostic } from '../lib/diagnostics.ts';

/** `::error file=…,line=…::message` so the problem shows on the right line of a pull request. */
export function githubAnnotation(d: Diagnostic): string {
  const escape = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const props = [`file=${d.file}`, `line=${d.line}`, ...(d.column !== undefined ? [`col=${d.column}`] : []), `title=${d.field}`]
    .map((p) => p.replace(/,/g, '%2C').replace(/::/g, '%3A%3A'))
    .join(',');
  return `::${d.severity === 'error' ? 'error' : 'warning'} ${props}::${escape(`${d.message}. ${d.hint}`)}`;
}

export interface ReportOptions {
  json?: boolean;
  github?: boolean;
  write?: (text: string) => void;
}

/** Writes every diagnostic and a summary line; returns the sorted list. */
export function printDiagnostics(diagnostics: readonly Diagnostic[], options: ReportOptions = {}): Diagnostic[] {
  const write = options.write ?? ((text: string) => process.stderr.write(text));
  const sorted = sortDiagnostics(diagnostics);
  if (options.json) {
    const rows = sorted.map(({ severity, file, line, column, field, code, message, hint }) => ({
      severity,
      file,
      line,
      column: column ?? null,
      field,
      code,
      message,
      hint,
    }));
    process.stdout.write(`${JSON.stringify({ diagnostics: rows }, null, 2)}\n`);
    return sorted;
  }
  for (const d of sorted) write(`${formatDiagnostic(d)}\n`);
  if (options.github) for (const d of sorted) write(`${githubAnnotation(d)}\n`);
  if (sorted.length) write(`\nContent check: ${summarizeDiagnostics(sorted)}.\n`);
  return sorted;
}

/**
 * Prints the problems that stop a build and ends the process at once. Writes are synchronous, so nothing is
 * lost to a pipe that has not drained, and nothing Astro or Vite still has pending (workers, watchers, timers)
 * can keep the process alive: the exit is the same every time.
 */
export function stopBuild(diagnostics: readonly Diagnostic[], originals: readonly unknown[] = []): never {
  const write = (text: string) => writeSync(2, text);
  printDiagnostics(diagnostics, { github: process.env['GITHUB_ACTIONS'] === 'true', write });
  if (showOriginalErrors()) {
    for (const original of originals) write(`\n${original instanceof Error ? (original.stack ?? original.message) : String(original)}\n`);
  }
  write('The build stopped: fix each problem at the file and line it names, then build again.\n');
  process.exit(1);
}

/** `--verbose` or `DEBUG` shows the original error behind a translated one. */
export function showOriginalErrors(): boolean {
  return process.argv.includes('--verbose') || Boolean(process.env['DEBUG']);
}
