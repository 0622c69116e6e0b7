/**
 * Reads a note's MDX body once: syntax errors, headings with their ids, and every link with its position.
 * The same heading-id function feeds the validator and the remark plugin, so an anchor that checks is an anchor
 * that exists on the page.
 */
import GithubSlugger from 'github-slugger';
import type { Code, Definition, Heading, Image, ImageReference, Link, Nodes, Root, RootContent, Text } from 'mdast';
// Types only: these declare the MDX nodes (JSX elements, `{…}` expressions) in mdast's tree, so `visit` knows them.
import type {} from 'mdast-util-mdx-expression';
import type {} from 'mdast-util-mdx-jsx';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
// Types only: mdast-util-to-hast declares `data.hProperties`, which carries the heading ids into the HTML.
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import {
  checkComponents,
  checkProseExpressions,
  dynamicImportPath,
  type ComponentProblem,
  type JsxAttribute,
  type JsxElement,
  type ProseExpression,
} from './note-components.ts';
import { ALERT_NAMES, blockquoteAlert } from './alerts.ts';
import { closestMatch } from './suggest.ts';
import { MERMAID_LANGUAGE, type MermaidBlock } from './mermaid-block.ts';
import { findWikilinks } from './wikilinks.ts';
import { truncate } from './truncate.ts';

export type { ComponentProblem } from './note-components.ts';

export interface NoteHeading {
  depth: number;
  text: string;
  id: string;
  line: number;
}

export type BodyLink =
  | { kind: 'wikilink'; target: string; anchor?: string; label?: string; line: number; column: number; context: string }
  | { kind: 'markdown'; href: string; line: number; column: number; context: string };

/** A local file the body needs, as written: the build imports it, so it must exist. */
export interface FileReference {
  /**
   * `image`: `![alt](path)`; `html-image`: `<img src="path">`; `import`: `import x from 'path'` or `{import('path')}`;
   * `html-file`: another HTML attribute that names a file (`<video src>`, `<a href>`), which MDX leaves as written.
   */
  kind: 'image' | 'html-image' | 'import' | 'html-file';
  path: string;
  /** For `html-file`: the element and attribute, `video` and `src`. */
  element?: string;
  attribute?: string;
  line: number;
  column: number;
}

/** An Obsidian embed, `![[diagram.png]]` or `![[other-note]]`, with the text after `|` when given. */
export interface Embed {
  target: string;
  label?: string;
  line: number;
  column: number;
}

/** A `<SelfCheck>` of the body: its question and its answer as Markdown nodes (positions dropped), for `/review/`. */
export interface SelfCheckQuestion {
  question: string;
  answer: RootContent[];
}

export interface NoteBody {
  headings: NoteHeading[];
  /** The body's self-check questions, in document order. */
  selfChecks: SelfCheckQuestion[];
  links: BodyLink[];
  /** Words of prose and code, for reading time and content checks. */
  wordCount: number;
  /** Whether the body has math, so pages load the KaTeX stylesheet only where it is needed. */
  hasMath: boolean;
  componentProblems: ComponentProblem[];
  /** Images and imports of local files, as written (remote URLs included; the check sorts them out). */
  files: FileReference[];
  embeds: Embed[];
  /** The ```mermaid blocks, checked by Mermaid's parser before the build draws them. */
  diagrams: MermaidBlock[];
  /** Set when the MDX does not parse; headings and links are then empty. */
  syntaxError?: { line: number; column: number; message: string };
}

/** Where a node starts; a node the parser gave no position (one a plugin made) counts as the start of the file. */
function startOf(node: { position?: { start: { line: number; column: number } } | undefined }): { line: number; column: number } {
  const start = node.position?.start;
  return start ? { line: start.line, column: start.column } : { line: 1, column: 1 };
}

/** The facts of a body with nothing in it: also what a body that does not parse yields, besides its error. */
export function emptyNoteBody(): NoteBody {
  return {
    headings: [],
    selfChecks: [],
    links: [],
    wordCount: 0,
    hasMath: false,
    componentProblems: [],
    files: [],
    embeds: [],
    diagrams: [],
  };
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
    headings.push({ depth: node.depth, text, id, line: startOf(node).line });
  });
  return headings;
}

/** The sentence (or heading) around a link, for "mentioned in" excerpts. */
function contextOf(block: Nodes | undefined): string {
  if (!block) return '';
  const text = toString(block).replace(/\s+/g, ' ').trim();
  return truncate(text, 180);
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
  if (from === undefined || to === undefined) return Array.from({ length: count }, () => startOf(node));
  const raw = findWikilinks(source.slice(from, to));
  return Array.from({ length: count }, (_, i) => positionAt(starts, from + (raw[i]?.index ?? 0)));
}

/** Collects wikilinks and Markdown links from a parsed tree of `source`; Obsidian embeds go to `embeds`. */
export function collectLinks(tree: Root, source: string, embeds: Embed[] = []): BodyLink[] {
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
        if (link.embed) {
          embeds.push({ target: link.target, ...(link.label !== undefined ? { label: link.label } : {}), line, column });
          continue;
        }
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
      const start = startOf(node);
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

// For `visit`: JSX elements and `{…}` expressions, each on a line of its own (flow) or inside a paragraph (text).
const JSX_ELEMENTS = ['mdxJsxFlowElement', 'mdxJsxTextElement'] as const;
const MDX_EXPRESSIONS = ['mdxFlowExpression', 'mdxTextExpression'] as const;

/** The JSX elements of the tree, with their attributes as written. */
function collectElements(tree: Root): JsxElement[] {
  const elements: JsxElement[] = [];
  visit(tree, JSX_ELEMENTS, (element) => {
    if (!element.name) return; // a fragment, <>…</>
    const at = startOf(element);
    const attributes: JsxAttribute[] = [];
    let spread = false;
    for (const attribute of element.attributes) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        spread = true;
        continue;
      }
      const place = attribute.position?.start ?? at;
      const { value } = attribute;
      attributes.push(
        value === null || value === undefined
          ? { name: attribute.name, kind: 'boolean', line: place.line, column: place.column }
          : typeof value === 'string'
            ? { name: attribute.name, kind: 'string', value, line: place.line, column: place.column }
            : {
                name: attribute.name,
                kind: 'expression',
                value: value.value,
                names: freeNames(value.data?.estree?.body ?? []),
                line: place.line,
                column: place.column,
              },
      );
    }
    elements.push({ name: element.name, line: at.line, column: at.column, attributes, spread });
  });
  return elements;
}

/** Identifiers an estree node reads (not property names, object keys or names it declares itself). */
function freeNames(node: unknown, found: string[] = [], declared: Set<string> = new Set()): string[] {
  if (!node || typeof node !== 'object') return found;
  if (Array.isArray(node)) {
    for (const child of node) freeNames(child, found, declared);
    return found;
  }
  const n = node as Record<string, unknown> & { type?: string };
  if (n.type === 'Identifier') {
    const name = n['name'] as string;
    if (!declared.has(name)) found.push(name);
    return found;
  }
  if (n.type === 'ArrowFunctionExpression' || n.type === 'FunctionExpression') {
    const inner = new Set(declared);
    for (const param of (n['params'] as { type: string; name?: string }[]) ?? [])
      if (param.type === 'Identifier' && param.name) inner.add(param.name);
    return freeNames(n['body'], found, inner);
  }
  for (const [key, value] of Object.entries(n)) {
    if (key === 'loc' || key === 'range' || key === 'position') continue;
    if (key === 'property' && n.type === 'MemberExpression' && !n['computed']) continue;
    if (key === 'key' && n.type === 'Property' && !n['computed']) continue;
    freeNames(value, found, declared);
  }
  return found;
}

/** Every `{…}` in prose (not comments), with the names it reads. */
function collectProseExpressions(tree: Root): ProseExpression[] {
  const found: ProseExpression[] = [];
  visit(tree, MDX_EXPRESSIONS, (expression) => {
    const at = startOf(expression);
    found.push({
      source: expression.value.trim(),
      line: at.line,
      column: at.column,
      names: freeNames(expression.data?.estree?.body ?? []),
    });
  });
  return found;
}

/** `> [!TYPO]`: a GitHub or Obsidian alert marker of a type that has no Callout, so it stays a plain quote. */
function checkAlertMarkers(tree: Root): ComponentProblem[] {
  const problems: ComponentProblem[] = [];
  visit(tree, 'blockquote', (node) => {
    const alert = blockquoteAlert(node);
    if (!alert || alert.marker.callout) return;
    const { marker, text } = alert;
    const at = startOf(text);
    const match = closestMatch(marker.name, ALERT_NAMES);
    problems.push({
      severity: 'warning',
      line: at.line,
      column: at.column,
      component: 'alert',
      code: 'unknown-alert',
      message: `[!${marker.name}] is not an alert type, so the quote is shown as it is`,
      hint:
        match !== undefined ? `Did you mean [!${match.toUpperCase()}]?` : 'Use [!NOTE], [!TIP], [!IMPORTANT], [!WARNING] or [!CAUTION].',
    });
  });
  return problems;
}

/** Drops `position` from every node, so a stored answer is plain, comparable data. */
function withoutPositions<T>(node: T): T {
  return JSON.parse(JSON.stringify(node, (key, value: unknown) => (key === 'position' ? undefined : value))) as T;
}

/** Every `<SelfCheck question="…">answer</SelfCheck>` with a question, in document order. */
export function collectSelfChecks(tree: Root): SelfCheckQuestion[] {
  const found: SelfCheckQuestion[] = [];
  visit(tree, JSX_ELEMENTS, (node) => {
    if (node.name !== 'SelfCheck') return;
    const question = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'question')?.value;
    if (typeof question !== 'string' || !question.trim()) return;
    found.push({ question: question.trim(), answer: withoutPositions(node.children as RootContent[]) });
  });
  return found;
}

/** Names the note's own `import` and `export` statements define, and the files its imports read. */
function collectEsm(tree: Root): { defined: Set<string>; imports: FileReference[] } {
  const defined = new Set<string>();
  const imports: FileReference[] = [];
  visit(tree, 'mdxjsEsm', (node: MdxjsEsm) => {
    for (const statement of node.data?.estree?.body ?? []) {
      if (statement.type === 'ImportDeclaration') {
        for (const specifier of statement.specifiers) defined.add(specifier.local.name);
        const place = statement.loc?.start ?? node.position?.start ?? { line: 1, column: 0 };
        // estree columns are 0-based.
        if (typeof statement.source.value === 'string')
          imports.push({ kind: 'import', path: statement.source.value, line: place.line, column: place.column + 1 });
      } else if (statement.type === 'ExportNamedDeclaration') {
        const declaration = statement.declaration;
        if (declaration?.type === 'VariableDeclaration') {
          for (const declarator of declaration.declarations) if (declarator.id.type === 'Identifier') defined.add(declarator.id.name);
        } else if (declaration && 'id' in declaration && declaration.id) {
          defined.add(declaration.id.name);
        }
      }
    }
  });
  return { defined, imports };
}

// HTML attributes that name a file or page: `<video src>`, `<video poster>`, `<a href>`, `<object data>`.
const FILE_ATTRIBUTES = new Set(['src', 'href', 'poster', 'data']);

/** Local files the body shows: Markdown images (inline and by reference), `<img src>`, `{import('./x.png')}`. */
function collectImages(tree: Root, elements: readonly JsxElement[]): FileReference[] {
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node: Definition) => {
    definitions.set(node.identifier, node.url);
  });
  const found: FileReference[] = [];
  visit(tree, (node) => {
    const url =
      node.type === 'image'
        ? (node as Image).url
        : node.type === 'imageReference'
          ? definitions.get((node as ImageReference).identifier)
          : undefined;
    if (url === undefined) return;
    const at = startOf(node);
    found.push({ kind: 'image', path: url, line: at.line, column: at.column });
  });
  for (const element of elements) {
    for (const attribute of element.attributes) {
      if (element.name === 'img' && attribute.name === 'src' && attribute.kind === 'string') {
        found.push({ kind: 'html-image', path: attribute.value ?? '', line: attribute.line, column: attribute.column });
      } else if (/^[a-z]/.test(element.name) && FILE_ATTRIBUTES.has(attribute.name) && attribute.kind === 'string') {
        found.push({
          kind: 'html-file',
          element: element.name,
          attribute: attribute.name,
          path: attribute.value ?? '',
          line: attribute.line,
          column: attribute.column,
        });
      }
      const imported = attribute.kind === 'expression' ? dynamicImportPath(attribute.value ?? '') : undefined;
      if (imported !== undefined) found.push({ kind: 'import', path: imported, line: attribute.line, column: attribute.column });
    }
  }
  return found;
}

/** Reads a body whose frontmatter lines are blanked (so positions are file positions). */
export function readNoteBody(bodyWithFileLines: string): NoteBody {
  let tree: Root;
  try {
    tree = parseMdx(bodyWithFileLines);
  } catch (error) {
    const e = error as {
      line?: number;
      column?: number;
      reason?: string;
      message?: string;
      place?: { line?: number; column?: number; start?: { line: number; column: number } };
    };
    const place = e.place && 'start' in e.place && e.place.start ? e.place.start : e.place;
    const reason = (e.reason ?? e.message ?? String(error)).split('\n')[0]!;
    // An unclosed tag is reported against the whole file; its own position is only in the text: `(11:1-11:21)`.
    const named = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
    return {
      ...emptyNoteBody(),
      syntaxError: named
        ? { line: Number(named[1]), column: Number(named[2]), message: reason.replace(named[0], '').trim() }
        : { line: e.line ?? place?.line ?? 1, column: e.column ?? place?.column ?? 1, message: reason },
    };
  }
  let hasMath = false;
  const diagrams: MermaidBlock[] = [];
  visit(tree, (node) => {
    if (node.type === 'math' || node.type === 'inlineMath') hasMath = true;
    if (node.type === 'code' && (node as Code).lang === MERMAID_LANGUAGE)
      diagrams.push({ line: startOf(node).line, source: (node as Code).value });
  });
  const elements = collectElements(tree);
  const { defined, imports } = collectEsm(tree);
  const embeds: Embed[] = [];
  return {
    headings: assignHeadingIds(tree),
    selfChecks: collectSelfChecks(tree),
    links: collectLinks(tree, bodyWithFileLines, embeds),
    wordCount: countWords(tree),
    hasMath,
    componentProblems: [
      ...checkComponents(elements, defined),
      ...checkProseExpressions(collectProseExpressions(tree), defined),
      ...checkAlertMarkers(tree),
    ],
    files: [...imports, ...collectImages(tree, elements)],
    embeds,
    diagrams,
  };
}
