/**
 * Remark plugin: typographic punctuation ("quotes" → “quotes”, -- → —, ... → …) by retext-smartypants, as Astro's
 * built-in remark-smartypants applies it, which this replaces (`smartypants: false` in src/node/markdown-pipeline.ts)
 * to write the same text for less work. remark-smartypants runs retext a second time on every text node, for
 * dashes, ellipses and backticks; that second parse was most of its cost, and most text nodes hold nothing it
 * changes. Here a text node goes through it only when it holds something it could change.
 * tests/unit/remark-smart-punctuation.test.ts holds the output equal to remark-smartypants' on every starter note.
 */
import type { Nodes, Parents, Root } from 'mdast';
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';

// Quotes first, over the text of the whole note at once, so that a quote opened before a link or bold text closes
// after it. Dashes, ellipses and backticks change the length of the text, so they come after, one text node at a time.
const quotes = retext().use(retextSmartypants, { ellipses: false, dashes: false, backticks: false });
const dashesEllipsesBackticks = retext().use(retextSmartypants, { quotes: false });

/** The only text the second pass changes: two dashes, two backticks or straight quotes, and dots in a row (spaced or not). */
const SECOND_PASS_CHANGES = /--|``|''|\.\s*\./;

/** Nodes where text starts afresh, so a quote at their start opens. Inline parents (emphasis, links) are not. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const VISITED = new Set(['text', 'inlineCode', ...BLOCKS]);
/** HTML elements written in MDX whose text is code, not prose. */
const CODE_ELEMENTS = new Set(['style', 'script']);

type Literal = Extract<Nodes, { value: string }>;
const isLiteral = (node: Nodes): node is Literal => typeof (node as { value?: unknown }).value === 'string';

function visited(node: Nodes, parent: Parents | undefined): boolean {
  if (!parent || !VISITED.has(node.type)) return false;
  if (parent.type === 'mdxJsxTextElement' && (typeof parent.name !== 'string' || CODE_ELEMENTS.has(parent.name))) return false;
  return isLiteral(node) || BLOCKS.has(node.type);
}

export function remarkSmartPunctuation() {
  return (tree: Root): void => {
    const nodes: Nodes[] = [];
    let text = '';
    visit(tree, (node, _index, parent) => {
      if (!visited(node, parent)) return;
      nodes.push(node);
      // Inline code keeps its place in the text without taking part; a block starts with a space.
      if (isLiteral(node)) text += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
      else text += ' ';
    });
    const educated = quotes.processSync(text).toString();

    let start = 0;
    for (const node of nodes) {
      if (!isLiteral(node)) {
        start += 1;
        continue;
      }
      const end = start + node.value.length;
      if (node.type === 'text') {
        const value = educated.slice(start, end);
        node.value = SECOND_PASS_CHANGES.test(value) ? dashesEllipsesBackticks.processSync(value).toString() : value;
      }
      start = end;
    }
  };
}
