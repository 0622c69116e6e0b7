import { describe, expect, it } from 'vitest';
import { mdxSyntaxHint } from '../../src/lib/mdx-hints.ts';
import { readNoteBody } from '../../src/lib/note-body.ts';

/** The hint for the syntax error of a one-line body, as the content check prints it. */
function hintFor(line: string): string {
  const error = readNoteBody(`${line}\n`).syntaxError!;
  return mdxSyntaxHint(error.message, line, error.column);
}

describe('mdxSyntaxHint', () => {
  it('closes an HTML void element as written', () => {
    expect(hintFor('<img src="chart.png" alt="A chart">')).toBe(
      '<img> is a void element in HTML, but MDX needs it closed: write <img src="chart.png" alt="A chart" />.',
    );
    expect(hintFor('Line one<br>')).toBe('<br> is a void element in HTML, but MDX needs it closed: write <br />.');
    expect(hintFor('<hr>')).toBe('<hr> is a void element in HTML, but MDX needs it closed: write <hr />.');
    expect(hintFor('- <input type="checkbox"> done')).toBe(
      '<input> is a void element in HTML, but MDX needs it closed: write <input type="checkbox" />.',
    );
  });

  it('quotes an unquoted attribute value', () => {
    expect(hintFor('<img src="a.png" width=400 />')).toBe('Quote the attribute value: write width="400".');
  });

  it('turns an HTML comment into an MDX comment', () => {
    expect(hintFor('<!-- TODO -->')).toBe('HTML comments do not work in MDX: write {/* your comment */} instead of <!-- … -->.');
  });

  it('rewrites an autolink as the address or a Markdown link', () => {
    expect(hintFor('See <https://kubeflow.org/> now.')).toBe(
      'Autolinks in angle brackets do not work in MDX: write https://kubeflow.org/ as it is (it is linked automatically) or [https://kubeflow.org/](https://kubeflow.org/).',
    );
    expect(hintFor('Mail <me@example.com> now.')).toBe(
      'Autolinks in angle brackets do not work in MDX: write me@example.com as it is (it is linked automatically) or [me@example.com](mailto:me@example.com).',
    );
  });

  it('explains { and < in prose', () => {
    expect(hintFor('A set {a, b')).toBe(
      'In prose, { starts a JavaScript expression: write it as \\{ or inside backticks (`{`), and close every { you open in code.',
    );
    expect(hintFor('Less than <5 ms.')).toBe('In prose, < starts a tag: write it as \\< or &lt;, or inside backticks.');
    expect(hintFor('Use List<string> here.')).toBe(
      'If the < is text (as in List<string>), write it as \\< or inside backticks; if it is a tag, close it with </string>.',
    );
  });

  it('names the tag to close, and a closing tag that does not match', () => {
    expect(hintFor('Some <div> text.')).toBe('Close it with </div>: MDX needs every tag closed, HTML ones too.');
    expect(mdxSyntaxHint('Unexpected closing tag `</p>`, expected corresponding closing tag for `<div>`', '</p>', 1)).toBe(
      'Close <div> before </p>, or remove the stray </p>.',
    );
  });
});
