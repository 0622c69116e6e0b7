import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { checkMermaidBlocks, renderMermaidDiagram } from '../../src/lib/mermaid.ts';
import { readNoteBody } from '../../src/lib/note-body.ts';

const PIPELINE =
  'flowchart LR\n  data[Raw data] --> train[Train] --> check{Good enough?}\n  check -->|yes| serve[Serve]\n  check -->|no| train';

/** Left edge of each node's shape, by node id. */
function nodeLefts(figure: Element): Record<string, number> {
  const lefts: Record<string, number> = {};
  const svg = (figure.children[0] as Element).children[0] as Element;
  for (const child of svg.children) {
    if (child.type !== 'element' || typeof child.properties['dataId'] !== 'string') continue;
    const shape = child.children.find((c): c is Element => c.type === 'element' && ['rect', 'polygon'].includes(c.tagName))!;
    const xs =
      shape.tagName === 'rect'
        ? [Number(shape.properties['x'])]
        : String(shape.properties['points'])
            .split(/[\s,]+/)
            .filter((_, i) => i % 2 === 0)
            .map(Number);
    lefts[child.properties['dataId']] = Math.min(...xs);
  }
  return lefts;
}

describe('renderMermaidDiagram', () => {
  it('draws a diagram as an inline SVG figure without a <style> element or web fonts', () => {
    const html = toHtml(renderMermaidDiagram(PIPELINE, 'diagram-1'));
    expect(html).toMatch(
      /^<figure class="diagram"><div class="diagram__scroll" tabindex="0" role="group" aria-label="Flowchart \(scrolls sideways when wider than the page\)"><svg /,
    );
    expect(html).not.toContain('<style');
    expect(html).not.toContain('@import');
    expect(html).not.toContain('fonts.googleapis');
    expect(html).toContain('>Raw data</text>');
    expect(html).toContain('fill="var(--_text)"');
  });

  it('names the SVG from accTitle, or from its kind and labels, and keeps accDescr as its description', () => {
    const titled = toHtml(
      renderMermaidDiagram('flowchart TD\n  accTitle: How a model ships\n  accDescr: Train, then serve.\n  a[Train] --> b[Serve]', 'd'),
    );
    expect(titled).toContain('role="img" aria-label="How a model ships"');
    expect(titled).toContain('<desc>Train, then serve.</desc>');
    // The accessibility lines are not drawn as nodes.
    expect(titled).not.toContain('accTitle');
    const untitled = toHtml(renderMermaidDiagram('sequenceDiagram\n  A->>B: hello', 'd'));
    expect(untitled).toMatch(/role="img" aria-label="Sequence diagram: [^"]*hello/);
  });

  it('prefixes every id and every reference to it, so two diagrams on a page never share an id', () => {
    const html = toHtml(renderMermaidDiagram(PIPELINE, 'diagram-2'));
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id!.startsWith('diagram-2-'))).toBe(true);
    const references = [...html.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(references.length).toBeGreaterThan(0);
    expect(references.every((id) => ids.includes(id))).toBe(true);
  });

  it('escapes labels that hold markup or event handlers', () => {
    const figure = renderMermaidDiagram(
      'flowchart LR\n  a["<script>alert(1)</script>"] --> b["<img src=x onerror=alert(2)>"]\n  a -->|"<b onclick=alert(3)>x</b>"| c',
      'd',
    );
    const elements: Element[] = [];
    visit(figure, 'element', (node: Element) => void elements.push(node));
    expect(elements.map((e) => e.tagName)).not.toEqual(expect.arrayContaining(['script']));
    expect(elements.filter((e) => ['script', 'img', 'b'].includes(e.tagName))).toEqual([]);
    expect(elements.flatMap((e) => Object.keys(e.properties)).filter((name) => /^on/i.test(name))).toEqual([]);
    const html = toHtml(figure);
    expect(html).toContain('>&#x3C;script>alert(1)&#x3C;/script></text>');
    expect(html).not.toContain('data-label');
  });

  it('lays out a loop back in the order the diagram was written', () => {
    const left = nodeLefts(renderMermaidDiagram(PIPELINE, 'd'));
    expect(left['data']).toBeLessThan(left['train']!);
    expect(left['train']).toBeLessThan(left['check']!);
    expect(left['check']).toBeLessThan(left['serve']!);
  });

  it('accepts a flowchart without a direction, as Mermaid does (top down)', () => {
    expect(toHtml(renderMermaidDiagram('flowchart\n  a --> b', 'd'))).toContain('<svg');
  });
});

describe('checkMermaidBlocks', () => {
  it('passes diagrams Mermaid parses and the build draws', async () => {
    expect(
      await checkMermaidBlocks([
        { line: 3, source: PIPELINE },
        { line: 20, source: 'stateDiagram-v2\n  [*] --> planned' },
      ]),
    ).toEqual([]);
  });

  it('reports a syntax error at its file line, quoting the statement', async () => {
    const [problem] = await checkMermaidBlocks([{ line: 9, source: 'flowchart LR\n  a --> b\n  b --> [c' }]);
    expect(problem).toMatchObject({
      line: 12,
      message: expect.stringMatching(/^Mermaid syntax error in "b --> \[c": Expecting .*got 'SQS'$/),
    });
  });

  it('reports a kind of diagram the build cannot draw, and an empty diagram', async () => {
    expect(
      await checkMermaidBlocks([
        { line: 4, source: 'pie\n  "a": 1' },
        { line: 10, source: '\n' },
      ]),
    ).toEqual([
      {
        line: 5,
        message: 'a "pie" diagram cannot be drawn at build time',
        hint: expect.stringContaining('flowchart (or graph), sequenceDiagram'),
      },
      { line: 10, message: 'the diagram is empty', hint: expect.any(String) },
    ]);
  });
});

describe('readNoteBody diagrams', () => {
  it('collects every mermaid block with the line of its opening fence', () => {
    const body = readNoteBody('# Title\n\n```mermaid\nflowchart LR\n  a --> b\n```\n\n```python\nprint(1)\n```\n');
    expect(body.diagrams).toEqual([{ line: 3, source: 'flowchart LR\n  a --> b' }]);
  });
});
