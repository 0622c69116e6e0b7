/**
 * Reading a topic, on built fixture sites: the roadmap draws the transitive reduction, a topic page has its phase
 * rail and its neighbourhood, and link previews have their script and data — with hostile titles kept as text.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, elementsOf, type Element } from '../quality/html.ts';
import { buildFixture } from './run-build.ts';

const textOf = (el: Element): string =>
  el.childNodes.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : 'tagName' in c ? textOf(c) : '')).join('');
/** The text a screen reader reads: without what is `aria-hidden`. */
const spokenText = (el: Element): string =>
  el.childNodes
    .map((c) =>
      'value' in c && c.nodeName === '#text' ? c.value : 'tagName' in c && attr(c, 'aria-hidden') !== 'true' ? spokenText(c) : '',
    )
    .join('');
const hasClass = (el: Element, name: string) => (attr(el, 'class') ?? '').split(/\s+/).includes(name);
/** The elements inside the first element with class `name`. */
function inside(html: string, name: string): Element[] {
  const root = elementsOf(html).find((e) => hasClass(e, name));
  if (!root) return [];
  const found: Element[] = [];
  const walk = (el: Element) => el.childNodes.forEach((c) => 'tagName' in c && (found.push(c), walk(c)));
  walk(root);
  return found;
}

/** What an SVG link reads as: its `<text>` elements, each a run of words. */
const svgLinkText = (a: Element): string =>
  a.childNodes
    .filter((c): c is Element => 'tagName' in c && c.tagName === 'text')
    .map((t) => textOf(t).replace(/\s+/g, ' ').trim())
    .join(' ');

function build(name: string): string {
  const result = buildFixture(name, { ASTRO_CACHE_DIR: mkdtempSync(path.join(tmpdir(), `notes-reading-${name}-`)) });
  expect(result.stderr).not.toMatch(/^(?!Content check: 0 errors).*\berror/im);
  expect(result.status).toBe(0);
  return result.outDir;
}

describe('the good fixture site', () => {
  let out = '';
  const read = (file: string) => readFileSync(path.join(out, file), 'utf8');

  beforeAll(() => {
    out = build('good');
  }, 300_000);

  describe('the roadmap', () => {
    const edges = (variant: string) =>
      inside(read('roadmap/index.html'), `roadmap-graph--${variant}`)
        .filter((e) => e.tagName === 'path' && attr(e, 'data-from'))
        .map((e) => `${attr(e, 'data-from')}->${attr(e, 'data-to')}`)
        .sort();

    it('draws the transitive reduction: pipelines lists containers too, but the path through kubernetes implies it', () => {
      expect(edges('wide')).toEqual(['containers->kubernetes', 'kubernetes->pipelines']);
      expect(edges('stacked')).toEqual(['containers->kubernetes', 'kubernetes->pipelines']);
    });

    it('still names every prerequisite in the list under the graph', () => {
      expect(read('roadmap/index.html')).toMatch(/Pipelines<\/a>.*?needs Kubernetes, Containers/s);
    });

    it('follows a topic’s edges without script, by rules allowed by their hash', () => {
      const html = read('roadmap/index.html');
      const style = elementsOf(html).find((e) => e.tagName === 'style' && textOf(e).includes('data-slug'));
      expect(textOf(style!)).toContain(':is([data-from="kubernetes"],[data-to="kubernetes"])');
      const csp = attr(
        elementsOf(html).find((e) => e.tagName === 'meta' && attr(e, 'http-equiv') === 'content-security-policy')!,
        'content',
      )!;
      const { createHash } = require('node:crypto') as typeof import('node:crypto');
      expect(csp).toContain(`'sha256-${createHash('sha256').update(textOf(style!)).digest('base64')}'`);
    });
  });

  describe('a topic page', () => {
    it('has a phase rail: the phase’s topics in roadmap order with their status, this one marked, the other phases with progress', () => {
      const rail = inside(read('topics/kubernetes/index.html'), 'phase-rail');
      const topics = inside(read('topics/kubernetes/index.html'), 'phase-rail__topics').filter((e) => e.tagName === 'li');
      expect(topics.map((li) => spokenText(li).replace(/\s+/g, ' ').trim())).toEqual(['Containers (Done)', 'Kubernetes (In progress)']);
      const current = rail.find((e) => e.tagName === 'a' && attr(e, 'aria-current') === 'page');
      expect(attr(current!, 'href')).toBe('/topics/kubernetes/');
      const phases = inside(read('topics/kubernetes/index.html'), 'phase-rail__phases').filter((e) => e.tagName === 'li');
      expect(phases.map((li) => textOf(li).replace(/\s+/g, ' ').trim())).toEqual([
        '1. Foundations 1/2 done',
        '2. Platforms 0/1 done',
        '3. Later 0/0 done',
      ]);
    });

    it('draws its neighbourhood after the body: every box a link named by its title and status, described by its group', () => {
      const html = read('topics/kubernetes/index.html');
      const graph = inside(html, 'neighbourhood__figure');
      const groupOf = (a: Element) => textOf(graph.find((e) => attr(e, 'id') === attr(a, 'aria-describedby')) ?? a);
      const links = graph.filter((e) => e.tagName === 'a');
      expect(links.map((a) => `${attr(a, 'href')} ${svgLinkText(a)} | ${attr(a, 'aria-current') ?? groupOf(a)}`)).toEqual([
        '/topics/kubernetes/ Kubernetes ◐ In progress | page',
        '/topics/containers/ Containers ✓ Done | Study first',
        '/topics/pipelines/ Pipelines ○ Planned | Unlocks',
      ]);
      expect(html.indexOf('class="neighbourhood')).toBeGreaterThan(html.indexOf('class="prose"'));
      expect(html.indexOf('class="neighbourhood')).toBeLessThan(html.indexOf('id="rel-prerequisites"'));
    });

    it('marks the body for link previews and serves their script, under 3 KB gzipped', () => {
      const prose = elementsOf(read('topics/kubernetes/index.html')).find((e) => hasClass(e, 'prose'))!;
      expect(attr(prose, 'data-link-previews')).toBe('/topics/');
      expect(attr(prose, 'data-link-preview-script')).toBe('/scripts/link-preview.js');
      const script = read('scripts/link-preview.js');
      expect(script).toContain('startLinkPreviews');
      expect(gzipSync(script).length).toBeLessThanOrEqual(3 * 1024);
    });

    it('writes each topic’s preview data as JSON beside its page', () => {
      expect(JSON.parse(read('topics/containers/preview.json'))).toEqual({
        title: 'Containers',
        status: 'done',
        statusLabel: 'Done',
        phase: '1. Foundations',
        summary: 'Images, layers and registries.',
        headings: expect.objectContaining({ 'images-and-layers': 'Images and layers', 'build-cache': 'Build cache' }),
      });
    });
  });
});

describe('a site whose titles and summaries hold markup', () => {
  let out = '';
  const read = (file: string) => readFileSync(path.join(out, file), 'utf8');
  const SCRIPT_TITLE = `<script>alert(1)</script> "quotes" 'single' &amp; & </script>`;
  const SCRIPT_SUMMARY = `Summary </script><script>alert(2)</script> with "quotes", 'single', &amp; and & and <!-- ]]> in it.`;

  beforeAll(() => {
    out = build('hostile');
  }, 300_000);

  it('keeps them as data in the preview JSON', () => {
    const preview = JSON.parse(read('topics/script-note/preview.json'));
    expect(preview.title).toBe(SCRIPT_TITLE);
    expect(preview.summary).toBe(SCRIPT_SUMMARY);
  });

  it('keeps them as text in the neighbourhood and the phase rail', () => {
    const html = read('topics/ampersand-note/index.html');
    const graph = inside(html, 'neighbourhood__figure');
    expect(graph.map((e) => e.tagName).filter((t) => !['svg', 'title', 'g', 'path', 'text', 'a', 'rect', 'tspan'].includes(t))).toEqual([]);
    const names = graph.filter((e) => e.tagName === 'a').map(svgLinkText);
    expect(names).toContain(`${SCRIPT_TITLE.replace(/\s+/g, ' ')} ✓ Done`);
    const rail = inside(html, 'phase-rail__topics').filter((e) => e.tagName === 'a');
    expect(rail.map(textOf).map((t) => t.trim())).toContain(SCRIPT_TITLE);
  });
});
