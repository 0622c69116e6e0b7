/**
 * The self-check answers of a note as HTML, for `/review/`. The answer's Markdown nodes go through the same link
 * plugin as the note itself (wikilinks, note-file links and external links resolve the same way), then to HTML, where
 * KaTeX renders their formulas as on the topic page.
 */
import type { Root } from 'mdast';
import { toHast, type Handler } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import path from 'node:path';
import rehypeKatex from 'rehype-katex';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { NoteRecord } from '../lib/note-record.ts';
import { remarkHeadingIds } from '../plugins/remark-heading-ids.ts';
import { remarkNoteLinks } from '../plugins/remark-note-links.ts';
import { requirePublishedSite } from '../node/site-store.ts';

// JSX inside an answer: an HTML element (`<abbr title="…">`) stays itself with its plain-text attributes; a component
// (`<Callout>`) keeps its content, a block as a <div> and inline as a <span> (the default would wrap even inline
// content in a <div>, which cannot sit inside a paragraph).
interface JsxNode {
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}
const keepContent =
  (wrapper: 'div' | 'span'): Handler =>
  (state, node) => {
    const { name, attributes } = node as unknown as JsxNode;
    const intrinsic = name !== null && /^[a-z][a-z0-9-]*$/.test(name);
    const properties = intrinsic
      ? Object.fromEntries(
          attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' && a.name && typeof a.value === 'string' ? [[a.name, a.value]] : [])),
        )
      : {};
    return { type: 'element', tagName: intrinsic ? name : wrapper, properties, children: state.all(node) };
  };
const handlers = { mdxJsxFlowElement: keepContent('div'), mdxJsxTextElement: keepContent('span') };

export interface RenderedSelfCheck {
  question: string;
  answerHtml: string;
  /** The answer has a formula: its page needs KaTeX's stylesheet. */
  hasMath: boolean;
}

// The same KaTeX step, with the same options, as the notes' pipeline (src/node/markdown-pipeline.ts).
const katex = unified().use(rehypeKatex);

function hasMath(tree: Root): boolean {
  let found = false;
  visit(tree, ['math', 'inlineMath'], () => {
    found = true;
  });
  return found;
}

export function renderedSelfChecks(note: Pick<NoteRecord, 'file' | 'selfChecks'>, base: string): RenderedSelfCheck[] {
  const headingIds = remarkHeadingIds();
  const link = remarkNoteLinks({ base, site: requirePublishedSite().site });
  return note.selfChecks.map(({ question, answer }) => {
    const tree: Root = { type: 'root', children: structuredClone(answer) };
    headingIds(tree);
    link(tree, { path: path.resolve(note.file) });
    // Answers are the author's own text, trusted like the note body (see README "Security"); the only raw HTML
    // here is the link plugin's "(external site)" label.
    const math = hasMath(tree);
    const hast = toHast(tree, { allowDangerousHtml: true, handlers });
    return {
      question,
      answerHtml: toHtml(math ? (katex.runSync(hast as never) as typeof hast) : hast, { allowDangerousHtml: true }),
      hasMath: math,
    };
  });
}
