/**
 * Every broken fixture site fails `npm run build` and `npm run check` with exit code 1 and exactly the problem
 * lines in its expected.txt: all problems in one run, each naming the file, the line or field, and the fix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, checkFixture, projectRoot } from './run-build.ts';

const brokenSites = readdirSync(path.join(projectRoot, 'tests/fixtures')).filter((name) => name.startsWith('broken-'));

function expectedLines(name: string): string[] {
  return readFileSync(path.join(projectRoot, 'tests/fixtures', name, 'expected.txt'), 'utf8')
    .trim()
    .split('\n');
}

describe.each(brokenSites)('the broken site %s', (name) => {
  it('fails the build with exit code 1 and one line per problem, ending on its own', () => {
    const result = buildFixture(name);
    expect(result.signal).toBeNull(); // not killed by run-build's timeout
    expect(result.status).toBe(1);
    expect(result.problemLines).toEqual(expectedLines(name));
    expect(result.stderr).toContain('The build stopped: fix each problem at the file and line it names');
  });

  it('fails `npm run check` with the same lines as the build', () => {
    const result = checkFixture(name);
    expect(result.signal).toBeNull();
    expect(result.status).toBe(1);
    expect(result.problemLines).toEqual(expectedLines(name));
  });
});

describe('npm run check', () => {
  it('prints machine-readable diagnostics with --json', () => {
    const result = checkFixture('broken-references', ['--json']);
    expect(result.status).toBe(1);
    const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: Record<string, unknown>[] };
    expect(diagnostics).toContainEqual({
      severity: 'error',
      file: 'tests/fixtures/broken-references/content/notes/basics/typo.mdx',
      line: 5,
      column: null,
      field: 'prerequisites[0]',
      code: 'unknown-prerequisite',
      message: 'unknown note "bsae"',
      hint: 'Did you mean "base"?',
    });
    expect(Object.keys(diagnostics[0]!).sort()).toEqual(['code', 'column', 'field', 'file', 'hint', 'line', 'message', 'severity']);
  });

  it('adds GitHub annotations when GITHUB_ACTIONS=true', () => {
    const result = checkFixture('broken-links', [], { GITHUB_ACTIONS: 'true' });
    expect(result.stderr).toContain(
      '::error file=tests/fixtures/broken-links/content/notes/advanced/linker.mdx,line=9,col=15,title=link::[[targt]]: no note has the slug "targt". Did you mean "target"?',
    );
  });

  it('passes the good site with exit code 0', () => {
    const result = checkFixture('good');
    expect(result.status).toBe(0);
    expect(result.problemLines).toEqual([]);
  });
});

describe('npm run check -- --watch', () => {
  it('checks again when a note changes, and reports the fix', async () => {
    const { spawn } = await import('node:child_process');
    const { cpSync, mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const content = path.join(mkdtempSync(path.join(tmpdir(), 'notes-watch-')), 'content');
    cpSync(path.join(projectRoot, 'tests/fixtures/broken-references/content'), content, { recursive: true });
    const child = spawn(process.execPath, [path.join(projectRoot, 'scripts/check.ts'), '--watch'], {
      cwd: projectRoot,
      env: { ...process.env, CONTENT_DIR: content },
    });
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const waitFor = async (text: string) => {
      for (let i = 0; i < 100 && !output.includes(text); i++) await new Promise((r) => setTimeout(r, 100));
      expect(output).toContain(text);
    };
    try {
      await waitFor('Watching');
      expect(output).toContain('unknown note "bsae". Did you mean "base"?');
      const typo = path.join(content, 'notes/basics/typo.mdx');
      writeFileSync(typo, readFileSync(typo, 'utf8').replace('[bsae]', '[base]'));
      await waitFor('— content changed, checking again —');
      const recheck = () => output.slice(output.lastIndexOf('— content changed'));
      for (let i = 0; i < 100 && !recheck().includes('notes checked'); i++) await new Promise((r) => setTimeout(r, 100));
      expect(recheck()).toContain('6 notes checked');
      expect(recheck()).not.toContain('"bsae"');
    } finally {
      child.kill();
    }
  });
});
