import { describe, expect, it } from 'vitest';
import { extractSnippets } from '../../scripts/snippets/extract.ts';

const note = (body: string) => `---\ntitle: T\n---\n${body}`;

describe('extractSnippets', () => {
  it('finds each fenced block with its language and its line in the file, frontmatter counted', () => {
    const { snippets, problems } = extractSnippets(note('\nText.\n\n```python\nprint(1)\n```\n\n```YAML\na: 1\n```\n'));
    expect(problems).toEqual([]);
    expect(snippets.map((s) => [s.line, s.lang, s.code])).toEqual([
      [7, 'python', 'print(1)'],
      [11, 'yaml', 'a: 1'],
    ]);
  });

  it('reads norun with its quoted reason, and the output, illustrative and continues words', () => {
    const { snippets, problems } = extractSnippets(
      note(
        '\n```python norun="needs pandera (PyPI only)"\nx\n```\n\n```text output\n1\n```\n\n' +
          '```text illustrative\nlog\n```\n\n```python continues\ny\n```\n',
      ),
    );
    expect(problems).toEqual([]);
    expect(snippets.map(({ norun, output, illustrative, continues }) => ({ norun, output, illustrative, continues }))).toEqual([
      { norun: 'needs pandera (PyPI only)', output: false, illustrative: false, continues: false },
      { norun: undefined, output: true, illustrative: false, continues: false },
      { norun: undefined, output: false, illustrative: true, continues: false },
      { norun: undefined, output: false, illustrative: false, continues: true },
    ]);
  });

  it('reports a norun without a reason, an unknown word and words on the wrong kind of block, each at its line', () => {
    const { problems } = extractSnippets(
      note('\n```python norun=""\nx\n```\n\n```python shiny\ny\n```\n\n```python output\nz\n```\n\n```yaml continues\na: 1\n```\n'),
    );
    expect(problems).toEqual([
      { line: 5, message: 'norun needs a reason: norun="needs pandera (PyPI only)"' },
      { line: 9, message: 'unknown fence word "shiny": use norun="why", output, illustrative or continues' },
      { line: 13, message: '"output" and "illustrative" go on a text block, not python' },
      { line: 17, message: '"continues" goes on a python block' },
    ]);
  });

  it('does not mistake code inside MDX components, math or inline code for a block', () => {
    const { snippets } = extractSnippets(
      note('\nInline `print(1)` and $a_{i}$.\n\n<Callout type="tip">\n\n```bash\nls\n```\n\n</Callout>\n'),
    );
    expect(snippets.map((s) => s.lang)).toEqual(['bash']);
  });
});
