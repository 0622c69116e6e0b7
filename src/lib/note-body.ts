/**
 * Reads a note's MDX body once: syntax errors, headings with their ids, and every link with its position.
 * The same heading-id function feeds the validator and the remark plugin, so an anchor that checks is an anchor
 * that exists on the page.
 */
import GithubSlugger from 'github-slugger';
import type { Code, Heading, Link, Nodes, Root, Text } from 'mdast';
// Types only: mdast-util-to-hast declares `data.hProperties`, which carries the heading ids into the HTML.
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { MERMAID_LANGUAGE, type MermaidBlock } from './mermaid.ts';
import { findWikilinks } from './wikilinks.ts';

export interface NoteHeading {
  depth: number;
  text: string;
  id: string;
  line: number;
}

export type BodyLink =
  | { kind: 'wikilink'; target: string; anchor?: string; label?: string; line: number; column: number; context: string }
  | { kind: 'markdown'; href: string; line: number; column: number; context: string };

/** A study component used with a missing or wrong attribute. */
export interface ComponentProblem {
  line: number;
  column: number;
  component: string;
  message: string;
  hint: string;
}

export interface NoteBody {
  headings: NoteHeading[];
  links: BodyLink[];
  /** Words of prose and code, for reading time and content checks. */
  wordCount: number;
  /** Whether the body has math, so pages load the KaTeX stylesheet only where it is needed. */
  hasMath: boolean;
  componentProblems: ComponentProblem[];
  /** The ```mermaid blocks, checked by Mermaid's parser before the build draws them. */
  diagrams: MermaidBlock[];
  /** Set when the MDX does not parse; headings and links are then empty. */
  syntaxError?: { line: number; column: number; message: string };
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkMath);

/** Parses MDX (frontmatter already blanked) into an mdast tree; throws the parser's positioned error. */
export function parseMdx(source: string): Root {
  return parser.runSync(parser.parse(source)) as Root;
}

/**
 * Gives each heading of the tree its id, GitHub style (`## Why it matters` → `why-it-matters`, repeats get `-1`).
 * Returns them in document order.
 */
export function assignHeadingIds(tree: Root): NoteHeading[] {
  const slugger = new GithubSlugger();
  const headings: NoteHeading[] = [];
  visit(tree, 'heading', (node: Heading) => {
    const text = toString(node).trim();
    const id = slugger.slug(text);
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    headings.push({ depth: node.depth, text, id, line: node.position?.start.line ?? 1 });
  });
  return headings;
}

/** The sentence (or heading) around a link, for "mentioned in" excerpts. */
function contextOf(block: Nodes | undefined): string {
  if (!block) return '';
  const text = toString(block).replace(/\s+/g, ' ').trim();
  return text.length > 180 ? `${text.slice(0, 177).trimEnd()}…` : text;
}

/** Offsets where each line of `source` starts, to turn offsets into line:column. */
function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function positionAt(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

/**
 * Where each wikilink of a text node sits in the file. The node's value has list indents, `> ` and escapes
 * removed, so the wikilinks are found again in the raw source the node spans.
 */
function wikilinkPositions(node: Text, source: string, starts: readonly number[], count: number): { line: number; column: number }[] {
  const from = node.position?.start.offset;
  const to = node.position?.end.offset;
  if (from === undefined || to === undefined) return Array.from({ length: count }, () => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 }));
  const raw = findWikilinks(source.slice(from, to));
  return Array.from({ length: count }, (_, i) => positionAt(starts, from + (raw[i]?.index ?? 0)));
}

/** Collects wikilinks and Markdown links from a parsed tree of `source`. */
export function collectLinks(tree: Root, source: string): BodyLink[] {
  const starts = lineStarts(source);
  const links: BodyLink[] = [];
  const blockTypes = new Set(['paragraph', 'heading', 'tableCell', 'listItem']);
  visit(tree, (node, _index, parent) => {
    const block = blockTypes.has(parent?.type ?? '') ? (parent as Nodes) : undefined;
    if (node.type === 'text') {
      const found = findWikilinks(node.value);
      const positions = found.length ? wikilinkPositions(node, source, starts, found.length) : [];
      for (const [i, link] of found.entries()) {
        const { line, column } = positions[i]!;
        links.push({
          kind: 'wikilink',
          target: link.target,
          ...(link.anchor !== undefined ? { anchor: link.anchor } : {}),
          ...(link.label !== undefined ? { label: link.label } : {}),
          line,
          column,
          context: contextOf(block),
        });
      }
    } else if (node.type === 'link') {
      const start = (node as Link).position?.start ?? { line: 1, column: 1 };
      links.push({ kind: 'markdown', href: (node as Link).url, line: start.line, column: start.column, context: contextOf(block) });
    }
  });
  return links;
}

function countWords(tree: Root): number {
  let words = 0;
  visit(tree, (node) => {
    if (node.type === 'text' || node.type === 'code' || node.type === 'inlineCode' || node.type === 'math' || node.type === 'inlineMath') {
      words += (node as { value: string }).value.split(/\s+/).filter(Boolean).length;
    }
  });
  return words;
}

interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
}

const CALLOUT_TYPES = ['note', 'tip', 'warning'];

/**
 * The study components' own rules, checked before rendering so they are reported like every other problem:
 * a Figure needs alt text, a Callout a known type, a SelfCheck a question.
 */
export function checkComponents(tree: Root): ComponentProblem[] {
  const problems: ComponentProblem[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as unknown as JsxElement;
    const attribute = (name: string) => element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
    const text = (name: string) => {
      const value = attribute(name)?.value;
      return typeof value === 'string' ? value : undefined;
    };
    const at = element.position?.start ?? { line: 1, column: 1 };
    const report = (message: string, hint: string) =>
      problems.push({ line: at.line, column: at.column, component: element.name ?? '', message, hint });
    if (element.name === 'Figure') {
      if (!attribute('src')) report('<Figure> has no src', 'Import the image beside the note and pass it: import diagram from \'./diagram.png\'; then <Figure src={diagram} alt="…" />.');
      const alt = attribute('alt');
      // alt={expression} is accepted as written; a missing or blank string is not.
      if (!alt || (typeof alt.value === 'string' && alt.value.trim() === '') || alt.value === null) {
        report('<Figure> has no alt text', 'Add alt="…" describing what the image shows, for readers who cannot see it.');
      }
    } else if (element.name === 'Callout') {
      const type = text('type');
      if (attribute('type') && (type === undefined || !CALLOUT_TYPES.includes(type))) {
        report(`<Callout type="${type ?? '…'}"> is not a callout type`, `Use type="note", type="tip" or type="warning".`);
      }
    } else if (element.name === 'SelfCheck') {
      if (!text('question')?.trim()) report('<SelfCheck> has no question', 'Add question="…"; the answer goes between the tags.');
    }
  });
  return problems;
}

/** Reads a body whose frontmatter lines are blanked (so positions are file positions). */
export function readNoteBody(bodyWithFileLines: string): NoteBody {
  let tree: Root;
  try {
    tree = parseMdx(bodyWithFileLines);
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message?: string; place?: { line?: number; column?: number; start?: { line: number; column: number } } };
    const place = e.place && 'start' in e.place && e.place.start ? e.place.start : e.place;
    const reason = (e.reason ?? e.message ?? String(error)).split('\n')[0]!;
    // An unclosed tag is reported against the whole file; its own position is only in the text: `(11:1-11:21)`.
    const named = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
    return {
      headings: [],
      links: [],
      wordCount: 0,
      hasMath: false,
      componentProblems: [],
      diagrams: [],
      syntaxError: named
        ? { line: Number(named[1]), column: Number(named[2]), message: reason.replace(named[0], '').trim() }
        : { line: e.line ?? place?.line ?? 1, column: e.column ?? place?.column ?? 1, message: reason },
    };
  }
  let hasMath = false;
  const diagrams: MermaidBlock[] = [];
  visit(tree, (node) => {
    if (node.type === 'math' || node.type === 'inlineMath') hasMath = true;
    if (node.type === 'code' && (node as Code).lang === MERMAID_LANGUAGE) diagrams.push({ line: node.position?.start.line ?? 1, source: (node as Code).value });
  });
  return {
    headings: assignHeadingIds(tree),
    links: collectLinks(tree, bodyWithFileLines),
    wordCount: countWords(tree),
    hasMath,
    componentProblems: checkComponents(tree),
    diagrams,
  };
}
