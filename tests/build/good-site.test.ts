/** The good fixture site builds, and its pages hold what the contract promises. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from './run-build.ts';

let outDir = '';
const page = (route: string) => readFileSync(path.join(outDir, route, route.endsWith('.html') ? '' : 'index.html'), 'utf8');
/** Every `<time datetime>` with its visible text, in document order. */
const times = (html: string) => [...html.matchAll(/<time datetime="([^"]+)">([^<]+)<\/time>/g)].map((m) => `${m[1]} ${m[2]}`);

beforeAll(() => {
  const result = buildFixture('good', { TZ: 'UTC' });
  expect(result.stderr).not.toMatch(/error/i);
  expect(result.status).toBe(0);
  outDir = result.outDir;
});

describe('the good fixture site', () => {
  it('has a page per published note, the home page and the not-found page', () => {
    for (const route of ['', 'topics/containers/', 'topics/kubernetes/', 'topics/pipelines/', '404.html']) {
      expect(existsSync(path.join(outDir, route, route.endsWith('.html') ? '' : 'index.html')), route).toBe(true);
    }
  });

  it('leaves the draft out of pages and lists', () => {
    expect(existsSync(path.join(outDir, 'topics/secret-plans'))).toBe(false);
    expect(page('')).not.toContain('Secret plans');
  });

  it('shows the title, status as text, phase and calendar dates on a topic page', () => {
    const html = page('topics/kubernetes/');
    expect(html).toContain('<h1>Kubernetes</h1>');
    expect(html).toMatch(/class="status status--in-progress">.*In progress<\/span>/s);
    expect(html).toContain('1. Foundations');
    expect(times(html)).toEqual(expect.arrayContaining(['2026-03-05 5 March 2026', '2026-03-20 20 March 2026']));
  });

  it("shows the note's difficulty with its facts, and no difficulty for a note without one", () => {
    expect(page('topics/kubernetes/')).toContain('<div><dt>Difficulty</dt><dd>Intermediate</dd></div>');
    expect(page('topics/containers/')).not.toContain('<dt>Difficulty</dt>');
  });

  it('resolves every link form of the contract to a topic URL', () => {
    const html = page('topics/kubernetes/');
    expect(html).toContain('<a href="/topics/containers/#images-and-layers">containers</a>');
    expect(html).toContain('<a href="/topics/containers/#build-cache" class="wikilink">build cache</a>');
    // An alias in a wikilink resolves to the note and shows its title.
    expect(html).toContain('<a href="/topics/containers/" class="wikilink">Containers</a>');
    expect(html).toContain('<a href="/topics/pipelines/">pipelines</a>');
    expect(html).toMatch(
      /<a href="https:\/\/kubernetes.io\/docs\/home\/" class="external">the official site<span class="sr-only"> \(external site\)<\/span><\/a>/,
    );
  });

  it('gives every h2 and h3 an id and a visible anchor link', () => {
    const html = page('topics/containers/');
    expect(html).toContain('<h2 id="images-and-layers">Images and layers<a class="heading-anchor" href="#images-and-layers">#</a></h2>');
    expect(html).toContain('<h3 id="build-cache">Build cache<a class="heading-anchor" href="#build-cache">#</a></h3>');
  });

  it('draws ```mermaid blocks as inline SVG at build time, with no Mermaid script and no <style> element', () => {
    const html = page('topics/pipelines/');
    const figures = html.match(/<figure class="diagram">/g) ?? [];
    expect(figures).toHaveLength(2);
    expect(html).toContain('role="img" aria-label="A training pipeline run"');
    expect(html).toMatch(/role="img" aria-label="Sequence diagram: [^"]*predict/);
    expect(html).toContain('>Good enough?</text>');
    expect(html).not.toContain('language-mermaid');
    expect(html).not.toMatch(/<style|mermaid\.(min\.)?js|fonts\.googleapis/);
    // Each diagram's ids carry its own prefix, so two on a page never collide.
    expect(html).toContain('id="diagram-1-arrowhead"');
    expect(html).toContain('id="diagram-2-');
  });

  it('renders GFM tables and task lists, KaTeX math and the study components', () => {
    const html = page('topics/kubernetes/');
    expect(html).toContain('<table>');
    // Each task-list checkbox is named by its item's text (it has no <label>).
    expect(html).toContain('<input type="checkbox" checked disabled aria-label="Read the docs"> Read the docs');
    expect(html).toContain('<input type="checkbox" disabled aria-label="Deploy something"> Deploy something');
    expect(html).toContain('class="katex"');
    expect(html).toMatch(/<link rel="stylesheet" href="\/_astro\/katex\.min\.[\w-]+\.css">/);
    expect(html).toContain('class="callout callout--tip"');
    expect(html).toContain('<details><summary>Show answer</summary>');
    expect(page('topics/pipelines/')).toContain('class="takeaways"');
    // A figure stored beside its note is optimised by Astro and keeps its alt text and caption.
    expect(page('topics/containers/')).toMatch(
      /<figure class="figure"><img src="\/_astro\/layers\.[\w-]+\.webp" alt="Image layers stacked from the base image up"[^>]*width="320" height="160"><figcaption>Each instruction adds a layer\.<\/figcaption><\/figure>/,
    );
  });

  it('escapes quotes, angle brackets and ampersands from frontmatter', () => {
    const html = page('topics/pipelines/');
    expect(html).toContain(
      '<p class="lede">Workflows of steps: a summary with a colon, quotes &quot; and &lt;angle&gt; &amp; ampersands.</p>',
    );
    expect(html).toContain(
      '<meta name="description" content="Workflows of steps: a summary with a colon, quotes &quot; and &lt;angle&gt; &amp; ampersands.">',
    );
  });

  it('shows prerequisites, unlocks, related and backlinks on a topic page', () => {
    const html = page('topics/kubernetes/');
    expect(html).toMatch(/id="rel-prerequisites">Study first<\/h2>.*?href="\/topics\/containers\/">Containers</s);
    expect(html).toMatch(/id="rel-unlocks">Unlocks<\/h2>.*?href="\/topics\/pipelines\/">Pipelines</s);
    expect(html).toMatch(/id="rel-backlinks">Mentioned in<\/h2>.*?href="\/topics\/containers\/">Containers</s);
  });

  it('shows the reading time on a topic page and on its cards, and links "Edit this page" to the note in the repository', () => {
    const html = page('topics/kubernetes/');
    expect(html).toMatch(/<p class="topic-meta"><span>1 min read<\/span>/);
    expect(html).toContain(
      '<span><a class="external" href="https://github.com/example/notes/edit/main/tests/fixtures/good/content/notes/basics/kubernetes.mdx">Edit this page',
    );
    expect(page('').match(/<span>1 min read<\/span>/g)?.length).toBe(3);
  });

  it("writes a redirect page for an alias, with the note's own link-preview tags", () => {
    const html = page('topics/docker-basics/');
    expect(html).toContain('<meta property="og:title" content="Containers">');
    expect(html).toContain('<meta property="og:url" content="https://example.com/topics/containers/">');
    expect(html).toContain('<meta property="og:image" content="https://example.com/og/topics/containers.png">');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(html).toContain('<meta name="twitter:description" content="Images, layers and registries.">');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/topics/containers/">');
    expect(html).toContain('<link rel="canonical" href="https://example.com/topics/containers/">');
    expect(html).toContain('<a href="/topics/containers/">Containers</a>');
  });

  it('shows home progress by status and every phase with its topics', () => {
    const html = page('');
    expect(html).toContain('Fixture Roadmap');
    expect(html).toContain('<li class="progress__headline"><strong>34%</strong> done</li>');
    expect(html).toContain('<li><strong>1</strong> in progress</li>');
    expect(html).toMatch(/id="phase-foundations".*Containers.*Kubernetes/s);
  });

  it('shows the same calendar days whatever time zone the build runs in', () => {
    const utc = times(page('topics/kubernetes/'));
    for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
      const result = buildFixture('good', { TZ: tz });
      expect(result.status).toBe(0);
      const html = readFileSync(path.join(result.outDir, 'topics/kubernetes/index.html'), 'utf8');
      expect(times(html), tz).toEqual(utc);
    }
  });
});
