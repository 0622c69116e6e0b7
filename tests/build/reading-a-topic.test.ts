/**
 * What a topic page tells a reader about the note itself: when it last changed (from one `git log` over the content
 * folder, shown on the page, in the JSON-LD and in the sitemap), and nothing of it outside git; and that an old URL
 * answers with a 301 on the hosts that read `_redirects`.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, fixtureContent, projectRoot } from './run-build.ts';

/** A copy of the good fixture's content in a folder of its own (a git repository when `git` is given). */
function copyOfGoodContent(): { root: string; content: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'notes-git-'));
  const content = path.join(root, 'content');
  cpSync(path.join(projectRoot, fixtureContent('good')), content, { recursive: true });
  return { root, content };
}

function git(cwd: string, args: string[], date?: string): void {
  execFileSync('git', args, {
    cwd,
    stdio: 'ignore',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
    },
  });
}

const read = (outDir: string, file: string) => readFileSync(path.join(outDir, file), 'utf8');
const jsonLd = (html: string) =>
  JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!) as Record<string, unknown>;
const lastmods = (xml: string) =>
  Object.fromEntries([...xml.matchAll(/<loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => [m[1], m[2]]));

describe('last updated, in a git checkout', () => {
  let outDir = '';
  let gitCalls: string[] = [];

  beforeAll(() => {
    const { root, content } = copyOfGoodContent();
    // A branch of its own for "Edit this page" links.
    writeFileSync(
      path.join(content, 'roadmap.yaml'),
      readFileSync(path.join(content, 'roadmap.yaml'), 'utf8').replace(/^repo: .*$/m, '$&\neditBranch: trunk'),
    );
    git(root, ['init', '-q', '-b', 'main']);
    git(root, ['add', '.']);
    // Late in the evening west of UTC: the day is the committer's own calendar day, whatever TZ builds.
    git(root, ['commit', '-q', '-m', 'First notes'], '2026-10-01T23:30:00-07:00');
    writeFileSync(
      path.join(content, 'notes/basics/kubernetes.mdx'),
      `${readFileSync(path.join(content, 'notes/basics/kubernetes.mdx'), 'utf8')}\nOne more line.\n`,
    );
    git(root, ['commit', '-q', '-am', 'Kubernetes: one more line'], '2026-11-03T09:00:00+01:00');

    // A git on PATH that records each call, to hold the build to one `git log` for the whole folder.
    const bin = mkdtempSync(path.join(tmpdir(), 'git-spy-'));
    const calls = path.join(bin, 'calls.txt');
    writeFileSync(
      path.join(bin, 'git'),
      `#!/bin/sh\necho "$@" >> ${calls}\nexec ${execFileSync('which', ['git'], { encoding: 'utf8' }).trim()} "$@"\n`,
    );
    chmodSync(path.join(bin, 'git'), 0o755);
    writeFileSync(calls, '');

    const result = buildFixture('good', { CONTENT_DIR: content, TZ: 'Pacific/Kiritimati', PATH: `${bin}:${process.env['PATH']}` });
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
    outDir = result.outDir;
    gitCalls = readFileSync(calls, 'utf8').trim().split('\n').filter(Boolean);
  });

  it('shows when each note was last committed', () => {
    expect(read(outDir, 'topics/kubernetes/index.html')).toContain('<time datetime="2026-11-03">Updated 3 November 2026</time>');
    expect(read(outDir, 'topics/containers/index.html')).toContain('<time datetime="2026-10-01">Updated 1 October 2026</time>');
  });

  it('links "Edit this page" to the note\'s path from the repository root, on the configured branch', () => {
    expect(read(outDir, 'topics/kubernetes/index.html')).toContain(
      'href="https://github.com/example/notes/edit/trunk/content/notes/basics/kubernetes.mdx">Edit this page',
    );
  });

  it('gives the same day as dateModified in the JSON-LD and as lastmod in the sitemap', () => {
    expect(jsonLd(read(outDir, 'topics/kubernetes/index.html'))['dateModified']).toBe('2026-11-03');
    const sitemap = lastmods(read(outDir, 'sitemap-0.xml'));
    expect(sitemap['https://example.com/topics/kubernetes/']).toMatch(/^2026-11-03/);
    expect(sitemap['https://example.com/topics/containers/']).toMatch(/^2026-10-01/);
    expect(sitemap['https://example.com/']).toBeUndefined();
  });

  it('reads the history with one git process for the whole content folder, not one per note', () => {
    expect(gitCalls.filter((call) => /(^|\s)log(\s|$)/.test(call))).toHaveLength(1);
    // No call names a note; besides the log, the build asks where the repository's root is, once.
    expect(gitCalls.filter((call) => call.includes('.mdx'))).toEqual([]);
    expect(gitCalls.filter((call) => call.startsWith('rev-parse --show-toplevel'))).toHaveLength(1);
  });
});

describe('last updated, in a shallow clone', () => {
  it('shows no date rather than the clone day for every note, and says how to fetch the history', () => {
    const { root } = copyOfGoodContent();
    git(root, ['init', '-q', '-b', 'main']);
    git(root, ['add', '.']);
    git(root, ['commit', '-q', '-m', 'First notes'], '2026-10-01T12:00:00+00:00');
    writeFileSync(
      path.join(root, 'content/notes/basics/kubernetes.mdx'),
      `${readFileSync(path.join(root, 'content/notes/basics/kubernetes.mdx'), 'utf8')}\nMore.\n`,
    );
    git(root, ['commit', '-q', '-am', 'More'], '2026-11-03T12:00:00+00:00');
    const clone = mkdtempSync(path.join(tmpdir(), 'notes-shallow-'));
    git(clone, ['clone', '-q', '--depth', '1', `file://${root}`, 'site']);

    const result = buildFixture('good', { CONTENT_DIR: path.join(clone, 'site/content'), TZ: 'UTC' });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('the content is in a shallow git clone, so topic pages show no "Updated" date');
    expect(read(result.outDir, 'topics/containers/index.html')).not.toContain('Updated ');
  });
});

describe('last updated, outside git', () => {
  let outDir = '';

  beforeAll(() => {
    const { content } = copyOfGoodContent();
    // And without `repo`: no "Edit this page" link.
    writeFileSync(path.join(content, 'roadmap.yaml'), readFileSync(path.join(content, 'roadmap.yaml'), 'utf8').replace(/^repo: .*\n/m, ''));
    const result = buildFixture('good', { CONTENT_DIR: content, TZ: 'UTC' });
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
    outDir = result.outDir;
  });

  it('shows no date, and the JSON-LD and sitemap fall back without failing', () => {
    const html = read(outDir, 'topics/kubernetes/index.html');
    expect(html).not.toContain('Updated ');
    expect(html).not.toContain('Edit this page');
    expect(html).toContain('min read');
    expect(jsonLd(read(outDir, 'topics/containers/index.html'))['dateModified']).toBe('2026-03-04');
    expect(read(outDir, 'sitemap-0.xml')).not.toContain('<lastmod>');
  });

  it('writes _redirects with a 301 from each alias to its note, beside the _headers file', () => {
    expect(
      read(outDir, '_redirects')
        .split('\n')
        .filter((line) => line && !line.startsWith('#')),
    ).toEqual(['/topics/docker-basics/ /topics/containers/ 301']);
    expect(read(outDir, '_headers')).toContain('X-Content-Type-Options: nosniff');
  });
});
