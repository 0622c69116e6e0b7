import { describe, expect, it } from 'vitest';
import { assignHeadingIds, collectLinks, emptyNoteBody, parseMdx, readNoteBody } from '../../src/lib/note-body.ts';

describe('readNoteBody headings', () => {
  it('gives headings GitHub-style ids, numbering repeats', () => {
    const body = readNoteBody('## Why it matters\n\nText.\n\n## Why it matters\n\n### Why it matters\n');
    expect(body.headings).toEqual([
      { depth: 2, text: 'Why it matters', id: 'why-it-matters', line: 1 },
      { depth: 2, text: 'Why it matters', id: 'why-it-matters-1', line: 5 },
      { depth: 3, text: 'Why it matters', id: 'why-it-matters-2', line: 7 },
    ]);
  });

  it('uses the text of inline code in a heading', () => {
    expect(readNoteBody('## Using `kubectl apply`\n').headings).toEqual([
      { depth: 2, text: 'Using kubectl apply', id: 'using-kubectl-apply', line: 1 },
    ]);
  });

  it('drops punctuation and keeps letters with accents, like GitHub', () => {
    expect(readNoteBody('## CI/CD & Co.!\n\n## Déploiement\n').headings.map((h) => h.id)).toEqual(['cicd--co', 'déploiement']);
  });

  it('keeps file line numbers when the frontmatter was blanked', () => {
    expect(readNoteBody('\n\n\n\n## Setup\n').headings).toEqual([{ depth: 2, text: 'Setup', id: 'setup', line: 5 }]);
  });
});

describe('assignHeadingIds', () => {
  it('sets the id on each heading node for the page', () => {
    const tree = parseMdx('## Pipelines\n');
    assignHeadingIds(tree);
    expect(tree.children[0]!.data).toEqual({ hProperties: { id: 'pipelines' } });
  });
});

describe('readNoteBody links', () => {
  it('finds Markdown links and wikilinks with their line and column', () => {
    const body = readNoteBody('\n\nSee [the docs](https://www.kubeflow.org/) and [[azure-ml#endpoints|endpoints]].\n');
    expect(body.links).toEqual([
      {
        kind: 'markdown',
        href: 'https://www.kubeflow.org/',
        line: 3,
        column: 5,
        context: 'See the docs and [[azure-ml#endpoints|endpoints]].',
      },
      {
        kind: 'wikilink',
        target: 'azure-ml',
        anchor: 'endpoints',
        label: 'endpoints',
        line: 3,
        column: 47,
        context: 'See the docs and [[azure-ml#endpoints|endpoints]].',
      },
    ]);
  });

  it('locates a wikilink on a later line of a multi-line paragraph', () => {
    const body = readNoteBody('First line of the paragraph.\nThen [[docker]] and\nfinally [[kubeflow]].\n');
    expect(body.links.map((l) => [l.kind === 'wikilink' && l.target, l.line, l.column])).toEqual([
      ['docker', 2, 6],
      ['kubeflow', 3, 9],
    ]);
  });

  it('gives the sentence around a link, whitespace collapsed', () => {
    const body = readNoteBody('Pods run\n[containers](./docker.mdx) on nodes.\n');
    expect(body.links).toEqual([{ kind: 'markdown', href: './docker.mdx', line: 2, column: 1, context: 'Pods run containers on nodes.' }]);
  });

  it('cuts a context longer than 180 characters to 180, the ellipsis included', () => {
    const [link] = readNoteBody(`${'word '.repeat(50)}[[docker]]\n`).links;
    expect(link!.context).toBe(`${'word '.repeat(35)}word…`);
    expect([...link!.context]).toHaveLength(180);
  });

  it('keeps a context of exactly 180 characters whole', () => {
    const sentence = `${'x'.repeat(170)}[[docker]]`;
    expect(readNoteBody(`${sentence}\n`).links[0]!.context).toBe(sentence);
  });

  it('uses the heading as the context of a link in a heading', () => {
    expect(readNoteBody('## Compared with [[azure-ml]]\n').links).toEqual([
      { kind: 'wikilink', target: 'azure-ml', line: 1, column: 18, context: 'Compared with [[azure-ml]]' },
    ]);
  });

  it('finds links in list items and table cells', () => {
    const body = readNoteBody('- [[docker]]\n\n| Tool | Note |\n| --- | --- |\n| K8s | [[kubernetes-core]] |\n');
    expect(body.links.map((l) => [l.kind === 'wikilink' && l.target, l.line, l.column, l.context])).toEqual([
      ['docker', 1, 3, '[[docker]]'],
      ['kubernetes-core', 5, 9, '[[kubernetes-core]]'],
    ]);
  });

  it('ignores wikilinks in code', () => {
    expect(readNoteBody('Write `[[slug]]`.\n\n```md\n[[slug]]\n```\n').links).toEqual([]);
  });

  it('collects links from a parsed tree', () => {
    const source = '[[a]] [b](/topics/b/)';
    expect(collectLinks(parseMdx(source), source)).toMatchObject([
      { kind: 'wikilink', target: 'a' },
      { kind: 'markdown', href: '/topics/b/' },
    ]);
  });
});

describe('readNoteBody link positions', () => {
  it('gives the file column of a wikilink on a continuation line of a list item', () => {
    const [link] = readNoteBody('- First item that wraps\n  onto [[dockr]].\n').links;
    expect(link).toMatchObject({ line: 2, column: 8 });
  });

  it('gives the file column of a wikilink inside a block quote and an indented line', () => {
    expect(readNoteBody('> Quote\n> with [[dockr]]\n').links[0]).toMatchObject({ line: 2, column: 8 });
    expect(readNoteBody('Para\n   indented [[x]]\n').links[0]).toMatchObject({ line: 2, column: 13 });
  });
});

describe('readNoteBody words and math', () => {
  it('counts the words of prose and code', () => {
    expect(readNoteBody('## Two words\n\nThree more words with `inline code`\n\n```sh\nkubectl get pods\n```\n').wordCount).toBe(11);
  });

  it('notices inline and display math', () => {
    expect(readNoteBody('The loss is $L = (y - \\hat{y})^2$.\n').hasMath).toBe(true);
    expect(readNoteBody('$$\nx^2\n$$\n').hasMath).toBe(true);
    expect(readNoteBody('It costs 5 dollars.\n').hasMath).toBe(false);
  });

  it('reads an empty body', () => {
    expect(readNoteBody('')).toEqual(emptyNoteBody());
    // Every list empty, no words, no math, no syntax error.
    expect(
      Object.values(emptyNoteBody()).every((value) => value === 0 || value === false || (Array.isArray(value) && value.length === 0)),
    ).toBe(true);
    expect(emptyNoteBody()).not.toHaveProperty('syntaxError');
  });
});

describe('readNoteBody syntax errors', () => {
  it('reports a <div> that is never closed, at the tag', () => {
    expect(readNoteBody('\n\nSome text <div> and more.\n')).toEqual({
      ...emptyNoteBody(),
      syntaxError: { line: 3, column: 11, message: 'Expected a closing tag for `<div>`  before the end of `paragraph`' },
    });
  });

  it('reports a { in prose that never closes', () => {
    expect(readNoteBody('Sets look like {a, b\n').syntaxError).toEqual({
      line: 1,
      column: 21,
      message: 'Unexpected end of file in expression, expected a corresponding closing brace for `{`',
    });
  });

  it('accepts JSX components and escaped braces', () => {
    const body = readNoteBody('<Callout type="tip">Use `kubectl explain`.</Callout>\n\nA set \\{a, b\\}.\n');
    expect(body.syntaxError).toBeUndefined();
  });
});

describe('study components', () => {
  it('needs alt text and an image on a Figure, a known type on a Callout and a question on a SelfCheck', () => {
    const body = [
      "import x from './x.png';",
      "export const description = 'A diagram';",
      '',
      '<Figure src={x} />',
      '',
      '<Figure src={x} alt=" " />',
      '',
      '<Figure src={x} alt={description} caption="An expression counts as alt text." />',
      '',
      '<Callout type="danger">Text.</Callout>',
      '',
      '<Callout>A plain note.</Callout>',
      '',
      '<SelfCheck question="">Answer.</SelfCheck>',
      '',
    ].join('\n');
    expect(readNoteBody(body).componentProblems.map((p) => [p.line, p.component, p.message])).toEqual([
      [4, 'Figure', '<Figure> has no alt text'],
      [6, 'Figure', '<Figure> has no alt text'],
      [10, 'Callout', '<Callout type="danger"> is not a callout type'],
      [14, 'SelfCheck', '<SelfCheck> has no question'],
    ]);
  });
});

describe('readNoteBody self-checks', () => {
  it('collects each question with its answer as Markdown nodes, without positions, in document order', () => {
    const body = readNoteBody(
      '## Check\n\n<SelfCheck question="What is a pod?">\nThe smallest unit, see `kubectl get pods`.\n</SelfCheck>\n\n<SelfCheck question="  Why?  ">Because.</SelfCheck>\n\n<SelfCheck question="">Skipped.</SelfCheck>\n',
    );
    expect(body.selfChecks.map((s) => s.question)).toEqual(['What is a pod?', 'Why?']);
    expect(body.selfChecks[0]!.answer).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'The smallest unit, see ' },
          { type: 'inlineCode', value: 'kubectl get pods' },
          { type: 'text', value: '.' },
        ],
      },
    ]);
  });
});
