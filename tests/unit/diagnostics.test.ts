import { describe, expect, it } from 'vitest';
import { formatDiagnostic, hasErrors, sortDiagnostics, summarizeDiagnostics, type Diagnostic } from '../../src/lib/diagnostics.ts';

const unknownPrerequisite: Diagnostic = {
  severity: 'error',
  file: 'content/notes/platforms/kubeflow.mdx',
  line: 7,
  field: 'prerequisites[0]',
  code: 'unknown-prerequisite',
  message: 'unknown note "kubernetes-advance"',
  hint: 'Did you mean "kubernetes-advanced"?',
};

const diagnostic = (overrides: Partial<Diagnostic>): Diagnostic => ({ ...unknownPrerequisite, ...overrides });

describe('formatDiagnostic', () => {
  it('writes file, line, field, problem and fix on one line', () => {
    expect(formatDiagnostic(unknownPrerequisite)).toBe(
      'content/notes/platforms/kubeflow.mdx:7 prerequisites[0]: unknown note "kubernetes-advance". Did you mean "kubernetes-advanced"?',
    );
  });

  it('adds the column when the problem sits inside a line', () => {
    expect(
      formatDiagnostic(
        diagnostic({
          line: 12,
          column: 5,
          field: 'link',
          code: 'unknown-note',
          message: '[[kubeflo]]: no note has the slug "kubeflo"',
          hint: 'Did you mean "kubeflow"?',
        }),
      ),
    ).toBe('content/notes/platforms/kubeflow.mdx:12:5 link: [[kubeflo]]: no note has the slug "kubeflo". Did you mean "kubeflow"?');
  });

  it('prefixes warnings so errors keep the contract shape', () => {
    expect(
      formatDiagnostic(
        diagnostic({ severity: 'warning', field: 'sumary', message: 'unknown field "sumary" is ignored', hint: 'Did you mean "summary"?' }),
      ),
    ).toBe('warning: content/notes/platforms/kubeflow.mdx:7 sumary: unknown field "sumary" is ignored. Did you mean "summary"?');
  });
});

describe('sortDiagnostics', () => {
  it('orders by file, then line, then column, then field, then code', () => {
    const found = [
      diagnostic({ file: 'content/notes/b.mdx', line: 1, code: 'b' }),
      diagnostic({ file: 'content/notes/a.mdx', line: 9, column: 4, code: 'c' }),
      diagnostic({ file: 'content/notes/a.mdx', line: 9, column: 2, code: 'd' }),
      diagnostic({ file: 'content/notes/a.mdx', line: 3, field: 'tags', code: 'e' }),
      diagnostic({ file: 'content/notes/a.mdx', line: 3, field: 'phase', code: 'g' }),
      diagnostic({ file: 'content/notes/a.mdx', line: 3, field: 'phase', code: 'f' }),
      diagnostic({ file: 'content/notes/a.mdx', line: 9, code: 'h' }),
    ];
    expect(sortDiagnostics(found).map((d) => d.code)).toEqual(['f', 'g', 'e', 'h', 'd', 'c', 'b']);
  });

  it('leaves its input untouched', () => {
    const found = [diagnostic({ line: 2 }), diagnostic({ line: 1 })];
    sortDiagnostics(found);
    expect(found.map((d) => d.line)).toEqual([2, 1]);
  });
});

describe('hasErrors', () => {
  it('is true only when at least one diagnostic is an error', () => {
    expect(hasErrors([diagnostic({ severity: 'warning' }), diagnostic({})])).toBe(true);
    expect(hasErrors([diagnostic({ severity: 'warning' })])).toBe(false);
    expect(hasErrors([])).toBe(false);
  });
});

describe('summarizeDiagnostics', () => {
  it('counts errors and warnings with singular and plural words', () => {
    expect(summarizeDiagnostics([diagnostic({}), diagnostic({}), diagnostic({ severity: 'warning' })])).toBe('2 errors, 1 warning');
    expect(summarizeDiagnostics([diagnostic({})])).toBe('1 error, 0 warnings');
    expect(summarizeDiagnostics([])).toBe('0 errors, 0 warnings');
  });
});
