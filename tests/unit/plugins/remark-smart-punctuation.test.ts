/**
 * Our smart punctuation writes exactly the text Astro's remark-smartypants wrote before it (the plugin it replaces),
 * on every starter note, on generated notes and on the cases that need care: quotes around links and bold text, inline
 * code, dashes, spaced and unspaced ellipses, double backticks, and text inside <style> in MDX.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import remarkSmartypants from 'remark-smartypants';
import { describe, expect, it } from 'vitest';
import { generateSite } from '../../../bench/generate.ts';
import { parseMdx } from '../../../src/lib/note-body.ts';
import { remarkSmartPunctuation } from '../../../src/plugins/remark-smart-punctuation.ts';

const projectRoot = path.resolve(import.meta.dirname, '../../..');

function bothWays(source: string) {
  const theirs = parseMdx(source);
  (remarkSmartypants as unknown as () => (tree: typeof theirs) => void)()(theirs);
  const ours = parseMdx(source);
  remarkSmartPunctuation()(ours);
  return { theirs, ours };
}

const starterNotes = readdirSync(path.join(projectRoot, 'content/notes'), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
  .map((entry) => path.join(entry.parentPath, entry.name));

const CASES: Record<string, string> = {
  'quotes around a link and bold text': 'She said "see [the docs](https://example.com) **first**" and \'left\'.',
  'inline code between quotes': "Run \"`kubectl apply`\" then '`helm`' -- it's done...",
  'dashes and ellipses, spaced and not': 'A -- B --- C ... D . . . E .. F. . G',
  'double backticks and straight pairs': "``quoted'' and ''odd`` and `code`",
  'quotes opening a heading and a table cell': '## "Why" it matters\n\n| "a" | \'b\' |\n| --- | --- |\n| "c" -- d | e... |\n',
  'text inside MDX elements':
    '<style>{`a::after { content: "--" }`}</style>\n\nA <span>"quoted" -- text</span> and <abbr title="x">"y"</abbr>.',
  'a quote after a line break': 'First line\n"second" line\'s end',
};

describe('remarkSmartPunctuation', () => {
  it.each(starterNotes.map((file) => [path.relative(projectRoot, file), file]))(
    'writes what remark-smartypants writes: %s',
    (_name, file) => {
      const { theirs, ours } = bothWays(readFileSync(file, 'utf8'));
      expect(ours).toEqual(theirs);
    },
  );

  it('writes what remark-smartypants writes on 40 generated notes', () => {
    for (const note of generateSite({ notes: 40, seed: 7 }).files.filter((file) => file.path.endsWith('.mdx'))) {
      const { theirs, ours } = bothWays(note.contents);
      expect(ours, note.path).toEqual(theirs);
    }
  });

  it.each(Object.entries(CASES))('writes what remark-smartypants writes: %s', (_name, source) => {
    const { theirs, ours } = bothWays(source);
    expect(ours).toEqual(theirs);
  });

  it('educates quotes, dashes and ellipses', () => {
    const { ours } = bothWays('He said "go" -- it\'s fine...');
    expect(JSON.stringify(ours)).toContain('He said “go” — it’s fine…');
  });
});
