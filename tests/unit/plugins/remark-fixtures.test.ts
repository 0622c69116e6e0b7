/**
 * Input/output fixtures of our remark plugins, in the remark style: each folder of tests/fixtures/remark/<plugin>/
 * is one case, `input.mdx` (parsed as notes are) and `output.html` (the tree after the plugin, as HTML).
 * An optional `options.json` sets the case's `base` and `production`. `UPDATE_FIXTURES=1` rewrites the outputs;
 * read the diff before committing it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { describe, expect, it } from 'vitest';
import { buildLinkIndex, type LinkTarget } from '../../../src/lib/links.ts';
import { parseMdx, readNoteBody } from '../../../src/lib/note-body.ts';
import { remarkHeadingIds } from '../../../src/plugins/remark-heading-ids.ts';
import { remarkNoteLinks } from '../../../src/plugins/remark-note-links.ts';

const FIXTURES = path.resolve('tests/fixtures/remark');
// Every case compiles this note of the fixture site (tests/fixtures/remark/note-links/site.json).
const COMPILED_NOTE = path.resolve('content/notes/platforms/current.mdx');

interface CaseOptions {
  base?: string;
  production?: boolean;
}

function casesOf(plugin: string): string[] {
  const dir = path.join(FIXTURES, plugin);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function optionsOf(caseDir: string): CaseOptions {
  const file = path.join(caseDir, 'options.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CaseOptions) : {};
}

function html(tree: Root): string {
  return `${toHtml(toHast(tree, { allowDangerousHtml: true }), { allowDangerousHtml: true })}\n`;
}

function expectOutput(caseDir: string, actual: string): void {
  const file = path.join(caseDir, 'output.html');
  if (process.env['UPDATE_FIXTURES'] === '1') writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const site = JSON.parse(readFileSync(path.join(FIXTURES, 'note-links/site.json'), 'utf8')) as {
  notes: LinkTarget[];
  aliases: Record<string, string>;
};
const linkIndex = buildLinkIndex(site.notes, new Map(Object.entries(site.aliases)));

describe('remarkHeadingIds fixtures', () => {
  for (const name of casesOf('heading-ids')) {
    const caseDir = path.join(FIXTURES, 'heading-ids', name);
    const input = readFileSync(path.join(caseDir, 'input.mdx'), 'utf8');

    it(name, () => {
      const tree = parseMdx(input);
      remarkHeadingIds()(tree);
      expectOutput(caseDir, html(tree));
    });

    it(`${name}: the ids are the anchors the site check accepts`, () => {
      const tree = parseMdx(input);
      remarkHeadingIds()(tree);
      const ids: string[] = [];
      for (const match of html(tree).matchAll(/<h[1-6] id="([^"]*)"/g)) ids.push(match[1]!);
      expect(ids).toEqual(readNoteBody(input).headings.map((h) => h.id));
    });
  }
});

describe('remarkNoteLinks fixtures', () => {
  for (const name of casesOf('note-links')) {
    const caseDir = path.join(FIXTURES, 'note-links', name);
    it(name, () => {
      const { base = '/', production = false } = optionsOf(caseDir);
      const tree = parseMdx(readFileSync(path.join(caseDir, 'input.mdx'), 'utf8'));
      remarkNoteLinks({ base, site: { linkIndex, production } })(tree, { path: COMPILED_NOTE });
      expectOutput(caseDir, html(tree));
    });
  }
});
