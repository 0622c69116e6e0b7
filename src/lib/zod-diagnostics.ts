/** Turns zod failures into author-facing diagnostics located at the field's line. */
import type { z } from 'zod';
import type { Diagnostic, Severity } from './diagnostics.ts';

/** `['resources', 0, 'url']` → `resources[0].url`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, segment) => (typeof segment === 'number' ? `${name}[${segment}]` : name ? `${name}.${String(segment)}` : String(segment)),
    '',
  );
}

export function zodIssuesToDiagnostics(
  issues: readonly z.core.$ZodIssue[],
  file: string,
  lineOfPath: (path: readonly (string | number)[]) => number,
  severity: Severity = 'error',
  /** What to call the whole document when the problem is not in one field. */
  rootField = 'frontmatter',
): Diagnostic[] {
  return issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    // Our schema messages are "problem\nfix"; zod's built-in ones have no fix part.
    const [message, hint] = issue.message.split('\n');
    return {
      severity,
      file,
      line: lineOfPath(path),
      field: fieldName(path) || rootField,
      code: `invalid-${issue.code}`.replace(/_/g, '-'),
      message: message!.replace(/\.$/, ''),
      hint: hint ?? 'See the frontmatter table in the README.',
    };
  });
}
