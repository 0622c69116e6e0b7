import { describe, expect, it } from 'vitest';
import { locateExpression, translateBuildError, type BuildErrorContext } from '../../src/lib/build-errors.ts';
import { formatDiagnostic } from '../../src/lib/diagnostics.ts';

const context: BuildErrorContext = {
  root: '/work/site',
  uses: [
    { file: 'content/notes/ml/chart.png', note: 'content/notes/ml/ml.mdx', line: 9, column: 1 },
    { file: 'content/notes/ml/results.ts', note: 'content/notes/ml/ml.mdx', line: 7, column: 1 },
  ],
  components: ['Callout', 'Figure', 'KeyTakeaways', 'SelfCheck'],
};
const line = (error: Parameters<typeof translateBuildError>[0], extra: Partial<BuildErrorContext> = {}) =>
  formatDiagnostic(translateBuildError(error, { ...context, ...extra }));

describe('translateBuildError', () => {
  it('names the note and line that show an image Astro cannot read', () => {
    expect(
      line({ name: 'NoImageMetadata', message: 'Could not process image metadata for `/work/site/content/notes/ml/chart.png`.' }),
    ).toBe(
      'content/notes/ml/ml.mdx:9:1 build: "chart.png" is not an image the build can read. The file is damaged or not really an image: export it again as PNG, JPEG, WebP, GIF or SVG, or remove it from the note.',
    );
  });

  it('reads the file and position of a Rolldown code frame, and names the note that imports it', () => {
    const message =
      'Build failed with 1 error:\n\n\u001b[31m[builtin:vite-transform] \u001b[0mUnexpected token\n   ╭─[ content/notes/ml/results.ts:3:23 ]\n';
    expect(line({ message })).toBe(
      'content/notes/ml/results.ts:3:23 build: the build failed here: Unexpected token (imported by content/notes/ml/ml.mdx:7). Fix the note at this line if you can; run the build again with --verbose (or DEBUG=1) to see the original error.',
    );
  });

  it('translates an unresolved import, and a missing component with the one that was meant', () => {
    expect(line({ message: '[vite]: Rolldown failed to resolve import "chart-lib" from "/work/site/content/notes/ml/ml.mdx".' })).toBe(
      'content/notes/ml/ml.mdx:1 build: the build cannot find "chart-lib". Fix the path (it is relative to the note, e.g. ./diagram.png), or install the package with npm install.',
    );
    expect(
      line(
        { message: 'Expected component `Callot` to be defined: you likely forgot to import, pass, or provide it.' },
        { note: 'content/notes/ml/ml.mdx' },
      ),
    ).toBe('content/notes/ml/ml.mdx:1 build: <Callot> is not a component this note can use. Did you mean <Callout>?');
  });

  it('finds the expression that threw while rendering', () => {
    const noteSource = '---\ntitle: X\n---\n\nThe accuracy was {results.accuracy}.\n';
    expect(
      line(
        { name: 'TypeError', message: "Cannot read properties of null (reading 'accuracy')" },
        { note: 'content/notes/ml/ml.mdx', noteSource },
      ),
    ).toBe(
      "content/notes/ml/ml.mdx:5:18 build: an expression failed while the page was rendered: Cannot read properties of null (reading 'accuracy'). Check the code in { } and in component props; in prose, write { as \\{ or inside backticks.",
    );
  });

  it('says "the build" when no file can be told, and never uses positions in compiled notes', () => {
    expect(translateBuildError({ message: 'Something odd' }, context)).toMatchObject({ file: 'the build', line: 1, code: 'build-error' });
    expect(
      translateBuildError({ message: 'x', loc: { file: '/work/site/content/notes/ml/ml.mdx', line: 40, column: 3 } }, context),
    ).toMatchObject({ file: 'content/notes/ml/ml.mdx', line: 1 });
  });
});

describe('locateExpression', () => {
  it('finds a call that is not a function', () => {
    expect(locateExpression('a\n\n{steps.map((s) => s)}\n', 'steps.map is not a function')).toEqual({ line: 3, column: 1 });
  });
});
