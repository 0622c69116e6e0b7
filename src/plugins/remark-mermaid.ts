/**
 * Remark plugin: draws every ```mermaid block as an inline SVG figure at build time (src/lib/mermaid.ts), so the
 * page ships no Mermaid script. Diagrams are checked before the build; a layout failure here still names the line.
 */
import type { Code, Root } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { MERMAID_LANGUAGE, renderMermaidDiagram } from '../lib/mermaid.ts';

export function remarkMermaid() {
  return (tree: Root, file: { path?: string; fail(reason: string, place?: unknown): never }) => {
    let count = 0;
    visit(tree, 'code', (node: Code, index, parent) => {
      if (node.lang !== MERMAID_LANGUAGE || !parent || index === undefined) return;
      count++;
      let figure;
      try {
        figure = renderMermaidDiagram(node.value, `diagram-${count}`);
      } catch (error) {
        file.fail(`mermaid: the diagram could not be drawn: ${(error as Error).message}`, node);
      }
      // A node of its own type: mdast-util-to-hast turns it into exactly the element given in data.
      parent.children.splice(index, 1, {
        type: 'mermaidDiagram',
        data: { hName: figure.tagName, hProperties: figure.properties, hChildren: figure.children },
      } as unknown as Code);
    });
  };
}
