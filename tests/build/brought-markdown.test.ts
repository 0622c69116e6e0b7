/**
 * Markdown people bring from a forge or a vault builds as they wrote it: GitHub alerts and Obsidian callouts
 * become the site's Callouts, Obsidian image embeds and raw `<img>` tags become optimised images.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, elementsOf } from '../quality/html.ts';
import { buildFixture } from './run-build.ts';

let html = '';
let stderr = '';

beforeAll(() => {
  const result = buildFixture('brought-markdown');
  expect(result.status).toBe(0);
  stderr = result.stderr;
  html = readFileSync(path.join(result.outDir, 'topics/course-module/index.html'), 'utf8');
});

const text = (node: object): string =>
  'value' in node ? String(node.value) : 'childNodes' in node ? (node.childNodes as object[]).map(text).join('') : '';

describe('Markdown brought from elsewhere', () => {
  it('renders GitHub alerts and Obsidian callouts as the matching Callout, with its title', () => {
    const callouts = elementsOf(html).filter((el) => attr(el, 'class')?.startsWith('callout '));
    const titleOf = (el: (typeof callouts)[number]) =>
      text(el.childNodes.find((child) => 'attrs' in child && attr(child, 'class') === 'callout__title')!);
    expect(callouts.map((el) => [attr(el, 'class'), titleOf(el), text(el).slice(titleOf(el).length).trim()])).toEqual([
      ['callout callout--note', 'ℹNote', 'Useful information that users should know.'],
      ['callout callout--tip', '✓Tip', 'Helpful advice for doing things better.'],
      ['callout callout--warning', '!Watch out', 'Urgent info that needs immediate attention.'],
      ['callout callout--warning', '!Caution', 'Advises about risks.'],
      ['callout callout--tip', '✓Obsidian title', 'A callout with its own title.'],
    ]);
    expect(html).not.toContain('[!NOTE]');
  });

  it('turns Obsidian embeds and local <img> tags into optimised images with their alt text and size', () => {
    const images = elementsOf(html)
      .filter((el) => el.tagName === 'img' && attr(el, 'src')?.startsWith('/_astro/'))
      .map((el) => ({ alt: attr(el, 'alt'), width: attr(el, 'width'), height: attr(el, 'height') }));
    expect(images).toEqual([
      { alt: 'Image layers from the base up', width: '320', height: '160' },
      { alt: 'chart', width: '300', height: '150' },
      { alt: 'A chart kept beside the note', width: '200', height: '100' },
      { alt: 'Layers inline', width: '80', height: '40' },
    ]);
    expect(html).not.toContain('![[');
  });

  it('keeps an image from public/ at its site path', () => {
    expect(elementsOf(html).some((el) => el.tagName === 'img' && attr(el, 'src') === '/favicon.svg')).toBe(true);
  });

  it('warns about an embed without a description, and leaves an unknown alert type as a quote', () => {
    expect(stderr).toContain('course-module.mdx:28:1 embed: ![[chart.png|300]] has no description');
    expect(stderr).toContain('other-note.mdx:7:3 alert: [!unknown] is not an alert type, so the quote is shown as it is');
  });
});
