/**
 * Scale: the two ends of the range a real roadmap lives in.
 * - A roadmap with phases and no notes yet (a fresh start) builds, and every page says in words that it is empty.
 * - A generated roadmap of 300 notes (the benchmark's generator: headings, tables, code, wikilinks with anchors,
 *   relative .mdx links, prerequisites, tags, dates) builds, and every internal link and anchor resolves.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSite } from '../../bench/generate.ts';
import { crawlSite } from '../quality/crawl.ts';
import { sitePages } from '../quality/site-files.ts';
import { buildFixture, projectRoot } from './run-build.ts';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;

/** The text a reader sees in a page's `<main>`, whitespace collapsed (scripts and styles left out). */
function mainText(html: string): string {
  const parts: string[] = [];
  let inMain = false;
  const walk = (node: Node) => {
    if ('tagName' in node && (node.tagName === 'script' || node.tagName === 'style' || node.tagName === 'template')) return;
    const entering = 'tagName' in node && node.tagName === 'main';
    if (entering) inMain = true;
    if (inMain && node.nodeName === '#text' && 'value' in node) parts.push(node.value);
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
    if (entering) inMain = false;
  };
  walk(parse(html));
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * Writes files (paths relative to the folder) into `tests/.tmp/scale/<name>/content/`, emptied first, and returns
 * it: inside the project, where an author's content folder is.
 */
function contentFolder(name: string, files: readonly { path: string; contents: string }[]): string {
  const content = path.join(projectRoot, 'tests/.tmp/scale', name, 'content');
  rmSync(content, { recursive: true, force: true });
  mkdirSync(path.join(content, 'notes'), { recursive: true });
  for (const file of files) {
    mkdirSync(path.dirname(path.join(content, file.path)), { recursive: true });
    writeFileSync(path.join(content, file.path), file.contents);
  }
  return content;
}

/** The build ran and reported no error (the content check's "0 errors" summary line aside). */
function expectCleanBuild(result: { status: number | null; stderr: string }): void {
  expect(result.stderr).not.toMatch(/^(?!Content check: 0 errors).*\berror/im);
  expect(result.status).toBe(0);
}

describe('a roadmap with phases and no notes yet', () => {
  let out = '';
  const page = (route: string) => mainText(readFileSync(path.join(out, route, route.endsWith('.html') ? '' : 'index.html'), 'utf8'));

  beforeAll(() => {
    const roadmap = [
      'title: Empty Roadmap',
      'description: Phases planned, no notes written yet.',
      'author: A. Learner',
      'phases:',
      '  - id: basics',
      '    title: Basics',
      '    summary: Where it starts.',
      '  - id: platforms',
      '    title: Platforms',
      '    summary: What comes after.',
      '',
    ].join('\n');
    const result = buildFixture('scale-empty', {
      CONTENT_DIR: contentFolder('empty', [{ path: 'roadmap.yaml', contents: roadmap }]),
      ASTRO_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'notes-scale-cache-')),
    });
    expectCleanBuild(result);
    out = result.outDir;
  });

  it('builds the home page, the roadmap, the timeline, the tag index, review, weeks, portfolio and not-found pages, and nothing else', () => {
    expect(sitePages(out).map((p) => p.path)).toEqual([
      '/',
      '/404.html',
      '/portfolio/',
      '/review/',
      '/roadmap/',
      '/tags/',
      '/timeline/',
      '/weeks/',
    ]);
  });

  it('says on the home page that there are no notes yet, and how to add one, under each phase', () => {
    const home = page('');
    expect(home).toContain('No notes yet. Add one with npm run new -- my-first-topic');
    expect(home).toContain('1. Basics');
    expect(home).toContain('2. Platforms');
    expect(home.match(/No topics in this phase yet\./g)).toHaveLength(2);
  });

  it('says so on the roadmap, the timeline and the tag index', () => {
    expect(page('roadmap/')).toContain('No topics yet. Add a note with npm run new -- my-first-topic');
    const timeline = page('timeline/');
    expect(timeline).toContain('No topic has a date yet.');
    expect(timeline).toContain('No sessions logged yet.');
    expect(timeline).toContain('No dated events yet.');
    // No tables of headers alone, and no legend for a chart that is not drawn.
    expect(timeline).not.toContain('The chart data as tables');
    expect(timeline).not.toContain('Planned (to target)');
    expect(page('tags/')).toContain('No tags yet.');
  });

  it('says so on the review, weeks and portfolio pages', () => {
    expect(page('review/')).toContain('Nothing to review yet. When a topic is done');
    expect(page('weeks/')).toContain('No study sessions logged yet.');
    expect(page('portfolio/')).toContain('Nothing here yet.');
  });

  it('links nothing that is not there', () => {
    expect(crawlSite({ dir: out }).problems).toEqual([]);
  });
});

describe('a generated roadmap of 300 notes', () => {
  const site = generateSite({ notes: 300, seed: 300, wordsPerNote: 400 });
  let out = '';

  beforeAll(() => {
    const result = buildFixture('scale-300', {
      CONTENT_DIR: contentFolder('300', site.files),
      // A cold build, as a first build of a big roadmap is: no entry of an earlier run can stand in for a note.
      ASTRO_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'notes-scale-cache-')),
      // The generator's dates are relative to its own "today"; the build must agree on what is past.
      STUDY_NOTES_TODAY: site.today,
      // Not example.com, where the generated resources point: those are external links.
      SITE_URL: 'https://notes.example.org',
    });
    expectCleanBuild(result);
    out = result.outDir;
  }, 600_000);

  it('builds a page for every note and every tag', () => {
    const paths = new Set(sitePages(out).map((p) => p.path));
    expect(site.notes).toHaveLength(300);
    for (const note of site.notes) expect(paths.has(`/topics/${note.slug}/`), note.slug).toBe(true);
    for (const tag of new Set(site.notes.flatMap((n) => n.tags))) expect(paths.has(`/tags/${tag}/`), tag).toBe(true);
  });

  it('resolves every internal link, asset and anchor of every page', () => {
    const result = crawlSite({ dir: out, site: 'https://notes.example.org' });
    expect(result.problems).toEqual([]);
    expect(result.pages).toBeGreaterThan(300);
    // The generated bodies link to headings of other notes: anchors were really checked.
    expect(site.notes.some((n) => n.links.some((l) => l.anchor))).toBe(true);
    expect(result.references).toBeGreaterThan(300 * 20);
  });
  it('keeps every topic page’s phase rail and neighbourhood bounded by the phase, not by the roadmap', () => {
    const between = (html: string, start: string, end: string) => {
      const from = html.indexOf(start);
      return from < 0 ? '' : html.slice(from, html.indexOf(end, from));
    };
    // The generated phases are long: the bound is really exercised.
    expect(Math.max(...site.notes.map((note) => site.notes.filter((n) => n.phase === note.phase).length))).toBeGreaterThan(25);
    for (const note of site.notes) {
      const html = readFileSync(path.join(out, 'topics', note.slug, 'index.html'), 'utf8');
      // A phase of up to 25 topics is listed whole; a longer one as the 10 around this topic and counts of the rest,
      // so the rail's markup has a fixed ceiling (25 topics and the phases) whatever the size of the roadmap.
      const phaseSize = site.notes.filter((n) => n.phase === note.phase).length;
      const railTopics = between(html, 'phase-rail__topics', '</ol>');
      expect(railTopics.match(/href="\/topics\//g), note.slug).toHaveLength(phaseSize <= 25 ? phaseSize : 10);
      if (phaseSize > 25) expect(railTopics, note.slug).toMatch(/\d+ more (before|after) this/);
      expect(between(html, '<nav id="phase-rail"', '</nav>').length, note.slug).toBeLessThan(16_000);
      // The topic, at most four boxes and one "N more" per group.
      const graph = between(html, 'neighbourhood__figure', '</svg>');
      expect((graph.match(/<a /g) ?? []).length, note.slug).toBeLessThanOrEqual(1 + 4 * 5);
    }
  });
});
