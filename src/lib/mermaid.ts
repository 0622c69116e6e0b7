/**
 * Mermaid diagrams at build time: ```mermaid blocks are checked with Mermaid's own parser (the grammar authors
 * write against) and drawn by beautiful-mermaid, which lays diagrams out in plain JavaScript (ELK), so neither the
 * build nor the browser needs a browser or a Mermaid script. The SVG is cleaned for the page: its <style> (which the
 * Content-Security-Policy would block, and which @imports web fonts) is dropped, since the site's stylesheet gives the
 * colours through CSS variables for both themes; its ids get a per-diagram prefix; it gets an accessible name.
 */
import { renderMermaidSVG } from 'beautiful-mermaid';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

import type { MermaidBlock } from './mermaid-block.ts';

export { MERMAID_LANGUAGE, type MermaidBlock } from './mermaid-block.ts';

/** A problem with one diagram, at a line of the note's file. */
export interface MermaidProblem {
  line: number;
  message: string;
  hint: string;
}

/** Mermaid's name for each kind of diagram the build draws (what `mermaid.parse` returns), and what readers call it. */
const DRAWN_KINDS: Readonly<Record<string, string>> = {
  'flowchart-v2': 'Flowchart',
  flowchart: 'Flowchart',
  stateDiagram: 'State diagram',
  sequence: 'Sequence diagram',
  classDiagram: 'Class diagram',
  er: 'Entity-relationship diagram',
};
const DRAWN_HEADERS = 'flowchart (or graph), sequenceDiagram, stateDiagram-v2, classDiagram, erDiagram';

/** `accTitle: …` and `accDescr: …` (or `accDescr { … }`), Mermaid's accessibility lines. */
const ACC_TITLE = /^\s*accTitle\s*:\s*(.*)$/m;
const ACC_DESCR_LINE = /^\s*accDescr\s*:\s*(.*)$/m;
const ACC_DESCR_BLOCK = /^\s*accDescr\s*\{([^}]*)\}/m;

interface Accessibility {
  title?: string;
  description?: string;
  /** The diagram without its accessibility lines, which the layout would otherwise draw as nodes. */
  body: string;
}

function readAccessibility(source: string): Accessibility {
  const title = ACC_TITLE.exec(source)?.[1]?.trim();
  const description = (ACC_DESCR_BLOCK.exec(source)?.[1] ?? ACC_DESCR_LINE.exec(source)?.[1])?.replace(/\s+/g, ' ').trim();
  const body = source.replace(ACC_DESCR_BLOCK, '').replace(ACC_TITLE, '').replace(ACC_DESCR_LINE, '');
  return { ...(title ? { title } : {}), ...(description ? { description } : {}), body };
}

/** Mermaid allows `flowchart` or `graph` without a direction (top-down); the layout wants it spelled out. */
function withDirection(body: string): string {
  return body.replace(/^(\s*(?:%%.*\n\s*)*)(flowchart|graph)[ \t]*(?=\n|$)/, '$1$2 TD');
}

type MermaidParse = (text: string) => Promise<{ diagramType: string }>;
let parserPromise: Promise<MermaidParse> | undefined;

/** Mermaid's parser, loaded once and only when a note has a diagram. */
function mermaidParser(): Promise<MermaidParse> {
  parserPromise ??= (async () => {
    // Mermaid sanitises labels with DOMPurify, which needs a DOM that Node does not have. Only the parser runs
    // here; the drawing is beautiful-mermaid's, which escapes every label, so the sanitiser can pass text through.
    const { default: purify } = await import('dompurify');
    Object.assign(purify, {
      sanitize: (text: unknown) => String(text),
      addHook() {},
      removeHook() {},
      removeHooks() {},
      removeAllHooks() {},
    });
    const { default: mermaid } = await import('mermaid');
    mermaid.initialize({ startOnLoad: false });
    return (text: string) => mermaid.parse(text) as Promise<{ diagramType: string }>;
  })();
  return parserPromise;
}

interface ParseError {
  message?: string;
  hash?: { loc?: { first_line?: number } };
}

/** The author-facing part of a Mermaid parse error: "Expecting 'X', got 'Y'" or its first line. */
function describeParseError(error: ParseError): { diagramLine: number; message: string } {
  const text = String(error.message ?? error);
  const lines = text.split('\n');
  const onLine = /on line (\d+)/.exec(lines[0] ?? '');
  const diagramLine = error.hash?.loc?.first_line ?? (onLine ? Number(onLine[1]) : 1);
  const expecting = lines.find((l) => l.startsWith('Expecting '));
  const message = expecting ?? lines[0]!.replace(/^Parse error on line \d+:?\s*/, '').trim();
  return { diagramLine, message: message || 'the diagram does not parse' };
}

/**
 * Checks each diagram with Mermaid's parser: a syntax error, or a kind of diagram the build cannot draw, is a
 * problem at the file line where it is (the fence's line plus the line within the diagram).
 */
export async function checkMermaidBlocks(blocks: readonly MermaidBlock[]): Promise<MermaidProblem[]> {
  if (blocks.length === 0) return [];
  const parse = await mermaidParser();
  const problems: MermaidProblem[] = [];
  for (const block of blocks) {
    if (block.source.trim() === '') {
      problems.push({
        line: block.line,
        message: 'the diagram is empty',
        hint: 'Write a diagram, e.g. `flowchart LR` and `A --> B`, or remove the block.',
      });
      continue;
    }
    try {
      const { diagramType } = await parse(block.source);
      if (!(diagramType in DRAWN_KINDS)) {
        problems.push({
          line: block.line + 1,
          message: `a "${diagramType}" diagram cannot be drawn at build time`,
          hint: `Use one of: ${DRAWN_HEADERS}; or show it as a code block with another language.`,
        });
      }
    } catch (error) {
      const { diagramLine, message } = describeParseError(error as ParseError);
      const written = block.source.split('\n')[diagramLine - 1]?.trim();
      problems.push({
        line: block.line + diagramLine,
        message: `Mermaid syntax error${written ? ` in "${written}"` : ''}: ${message.replace(/\.$/, '')}`,
        hint: 'Check the line against the Mermaid syntax (https://mermaid.js.org/intro/syntax-reference.html): arrows like -->, labels in [brackets] or "quotes", one statement per line.',
      });
    }
  }
  return problems;
}

/** The page paints the background; the frame around a diagram gives it room, so the drawing's own margin is small. */
const DRAWING = { transparent: true, padding: 16 };

interface ElkDispatcher {
  saveDispatch(message: { data?: { cmd?: string; layoutOptions?: Record<string, string> } }): void;
}
let cycleOrderSet = false;

/**
 * beautiful-mermaid 1.1 leaves ELK's cycle breaking at its default, which settles ties between the nodes of a loop
 * arbitrarily and turns a `flowchart LR` with a loop back (`check -->|no| train`) inside out
 * (https://github.com/lukilabs/beautiful-mermaid/issues/83). It builds its one ELK instance on its first layout and
 * calls that instance's dispatcher directly, so there is no option to pass. During that first call only, a setter on
 * ELK's prototype catches the new instance's worker and gives its layouts one default: break cycles in the order
 * the diagram was written. A graph's own options still win, and other ELK instances (the roadmap's) are untouched.
 */
function renderMermaidInWrittenOrder(text: string): string {
  if (cycleOrderSet) return renderMermaidSVG(text, DRAWING);
  const prototype = (ELK as unknown as { prototype: object }).prototype;
  Object.defineProperty(prototype, 'worker', {
    configurable: true,
    set(this: object, worker: { worker?: { dispatcher?: ElkDispatcher } }) {
      Object.defineProperty(this, 'worker', { value: worker, writable: true, configurable: true, enumerable: true });
      const dispatcher = worker.worker?.dispatcher;
      if (!dispatcher || typeof dispatcher.saveDispatch !== 'function') return;
      const dispatch = dispatcher.saveDispatch;
      dispatcher.saveDispatch = (message) => {
        if (message.data?.cmd === 'layout') {
          message.data.layoutOptions = { 'elk.layered.cycleBreaking.strategy': 'GREEDY_MODEL_ORDER', ...message.data.layoutOptions };
        }
        dispatch(message);
      };
      cycleOrderSet = true;
    },
  });
  try {
    return renderMermaidSVG(text, DRAWING);
  } finally {
    delete (prototype as { worker?: unknown }).worker;
  }
}

/** The kind of a diagram from its first statement, for its accessible name. */
function kindOf(body: string): string {
  const header =
    body
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l && !l.startsWith('%%')) ?? '';
  if (/^(flowchart|graph)\b/i.test(header)) return 'Flowchart';
  if (/^stateDiagram/i.test(header)) return 'State diagram';
  if (/^sequenceDiagram/i.test(header)) return 'Sequence diagram';
  if (/^classDiagram/i.test(header)) return 'Class diagram';
  if (/^erDiagram/i.test(header)) return 'Entity-relationship diagram';
  return 'Diagram';
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

/** The labels a reader sees, in drawing order, each once. */
function labelsOf(svg: Element, limit: number): string[] {
  const labels = new Set<string>();
  visit(svg, 'element', (node: Element) => {
    if (node.tagName !== 'text') return;
    const label = textOf(node).replace(/\s+/g, ' ').trim();
    if (label) labels.add(label);
  });
  const all = [...labels];
  return all.length > limit ? [...all.slice(0, limit), `and ${all.length - limit} more`] : all;
}

const ID_REFERENCE = /url\(#([^)]+)\)/g;

/**
 * Gives every id in the SVG a prefix, and follows it in `url(#…)` and `href="#…"` references. Drops the labels'
 * copies in `data-label` attributes: the text is already in the drawing, and bytes count on every page.
 */
function prefixIds(svg: Element, prefix: string): void {
  visit(svg, 'element', (node: Element) => {
    const properties = node.properties;
    delete properties['dataLabel'];
    for (const [name, value] of Object.entries(properties)) {
      if (name === 'id' && typeof value === 'string') properties[name] = `${prefix}-${value}`;
      else if (typeof value === 'string' && value.includes('url(#'))
        properties[name] = value.replace(ID_REFERENCE, (_, id: string) => `url(#${prefix}-${id})`);
      else if ((name === 'href' || name === 'xLinkHref') && typeof value === 'string' && value.startsWith('#'))
        properties[name] = `#${prefix}-${value.slice(1)}`;
    }
  });
}

function number(value: unknown): number | undefined {
  const parsed = Number(value);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : undefined;
}

/**
 * Draws one diagram as a hast `<figure class="diagram">` holding an inline SVG with an accessible name, styled by
 * the site's CSS. `id` must be unique on the page (its ids are prefixed with it). Throws when the layout fails.
 */
export function renderMermaidDiagram(source: string, id: string): Element {
  const { title, description, body } = readAccessibility(source);
  const tree = fromHtml(renderMermaidInWrittenOrder(withDirection(body)), { fragment: true, space: 'svg' }) as HastRoot;
  const svg = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'svg');
  if (!svg) throw new Error('the diagram drew nothing');
  svg.children = svg.children.filter((node) => !(node.type === 'element' && node.tagName === 'style') && node.type !== 'comment');
  prefixIds(svg, id);

  const width = number(svg.properties['width']);
  const name = title ?? `${kindOf(body)}: ${labelsOf(svg, 12).join(', ')}`;
  // Shrinks to fit the column down to 70% of its drawn size, so labels stay legible; a wider one scrolls.
  const { style: _drawnColours, ...drawn } = svg.properties;
  svg.properties = {
    ...drawn,
    role: 'img',
    ariaLabel: name,
    ...(width ? { style: `max-width:${width}px;min-width:${Math.round(width * 0.7)}px` } : {}),
  };
  if (description)
    svg.children.unshift({ type: 'element', tagName: 'desc', properties: {}, children: [{ type: 'text', value: description }] });

  return {
    type: 'element',
    tagName: 'figure',
    properties: { className: ['diagram'] },
    children: [
      {
        type: 'element',
        tagName: 'div',
        // Focusable so a diagram wider than the screen can be scrolled from the keyboard.
        properties: {
          className: ['diagram__scroll'],
          tabIndex: 0,
          role: 'group',
          ariaLabel: `${kindOf(body)} (scrolls sideways when wider than the page)`,
        },
        children: [svg],
      },
    ],
  };
}
