/**
 * What fails only while building (an expression that throws as the page renders, a script a note imports that
 * does not parse) is reported like a content problem: one line with the file, the line and the fix, never a
 * stack trace; the original error only with DEBUG. A failed build ends on its own, every time.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, projectRoot } from './run-build.ts';

const expectedLines = (name: string) =>
  readFileSync(path.join(projectRoot, 'tests/fixtures', name, 'expected.txt'), 'utf8')
    .trim()
    .split('\n');

describe.each(['failing-render', 'failing-bundle'])('the site %s, whose content check passes', (name) => {
  it('fails the build with one line per problem, no stack trace, and exits on its own', () => {
    const started = performance.now();
    const result = buildFixture(name);
    expect(result.signal).toBeNull();
    expect(result.status).toBe(1);
    expect(performance.now() - started).toBeLessThan(120_000);
    expect(result.problemLines).toEqual(expectedLines(name));
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr).not.toContain('Stack trace');
    expect(result.stderr).toContain('The build stopped: fix each problem at the file and line it names');
  });
});

describe('the original error behind a translated one', () => {
  it('is shown with DEBUG=1', () => {
    const result = buildFixture('failing-render', { DEBUG: '1' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("TypeError: Cannot read properties of null (reading 'accuracy')");
  });
});
