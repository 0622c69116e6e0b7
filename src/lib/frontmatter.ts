/**
 * Frontmatter: split it from a note and parse it as YAML 1.2 while keeping the line of every field.
 *
 * YAML 1.2's core schema keeps `2026-13-01` a string. (The YAML 1.1 parser Astro uses would silently turn it
 * into 2027-01-01, so dates must be validated against this raw text, never the parsed value.)
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

export interface SplitNote {
  /** The YAML between the `---` fences, or `undefined` when the file has no frontmatter. */
  yaml: string | undefined;
  /** 1-based file line of the first YAML line. */
  yamlFirstLine: number;
  /** The whole file with the frontmatter lines blanked, so body positions are file positions. */
  bodyWithFileLines: string;
}

// A fence is exactly three dashes, optionally followed by spaces.
const FENCE = /^---[ \t]*$/;

export function splitFrontmatter(source: string): SplitNote {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return { yaml: undefined, yamlFirstLine: 1, bodyWithFileLines: source };
  }
  const closing = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (closing === -1) {
    return { yaml: undefined, yamlFirstLine: 2, bodyWithFileLines: '' };
  }
  const yaml = lines.slice(1, closing).join('\n');
  const body = lines.map((line, index) => (index <= closing ? '' : line)).join('\n');
  return { yaml, yamlFirstLine: 2, bodyWithFileLines: body };
}

/** Returns whether the file opens a frontmatter fence that is never closed. */
export function hasUnclosedFrontmatter(source: string): boolean {
  const split = splitFrontmatter(source);
  return split.yaml === undefined && split.yamlFirstLine === 2;
}

export interface YamlProblem {
  /** 1-based line in the YAML text. */
  line: number;
  column: number;
  message: string;
}

export interface ParsedYaml extends StoredYaml {
  /** 1-based line (within the YAML text) of the deepest existing node along `path`; 1 when none exists. */
  lineOf(path: readonly (string | number)[]): number;
}

/** A parse as plain data, which a cache can keep as JSON: the lines of the nodes are a tree that `lineOf` walks. */
export interface StoredYaml {
  data: unknown;
  problems: YamlProblem[];
  /** Top-level keys with their 1-based lines, in file order. */
  topLevelKeys: { key: string; line: number }[];
  lines: LineTree;
}

/** A node's line (a map entry's is its key's) and its children: a map's entries in order, or a sequence's items. */
export interface LineTree {
  line?: number;
  entries?: [key: string, node: LineTree][];
  items?: LineTree[];
}

/** Parses YAML, keeping positions. Syntax problems are returned, never thrown. */
export function parseYamlWithLines(text: string): ParsedYaml {
  return withLineOf(readYaml(text));
}

/** The parse of `text` as plain data. */
export function readYaml(text: string): StoredYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, schema: 'core', prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;

  const problems: YamlProblem[] = [];
  for (const error of document.errors) {
    const position = lineCounter.linePos(error.pos[0]);
    // One mistake often trips several parser errors at the same spot: the first one says the most.
    if (problems.some((p) => p.line === position.line)) continue;
    // The parser's first message line is the useful part; the rest is a code excerpt.
    problems.push({
      line: position.line,
      column: position.col,
      message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
    });
  }

  const childrenOf = (node: unknown): Omit<LineTree, 'line'> => {
    if (isMap(node)) {
      return {
        entries: node.items.flatMap((pair): [string, LineTree][] => {
          if (!isScalar(pair.key)) return [];
          const range = (pair.key as YamlNode).range;
          return [[String(pair.key.value), { ...(range ? { line: lineAt(range[0]) } : {}), ...childrenOf(pair.value) }]];
        }),
      };
    }
    if (isSeq(node)) {
      return {
        items: node.items.map((item) => {
          const range = (item as YamlNode | null)?.range;
          return { ...(range ? { line: lineAt(range[0]) } : {}), ...childrenOf(item) };
        }),
      };
    }
    return {};
  };
  const lines = childrenOf(document.contents);
  const topLevelKeys = (lines.entries ?? []).flatMap(([key, node]) => (node.line === undefined ? [] : [{ key, line: node.line }]));

  return { data: problems.length ? undefined : document.toJS(), problems, topLevelKeys, lines };
}

/** A stored parse with its `lineOf`. */
export function withLineOf(stored: StoredYaml): ParsedYaml {
  const lineOf = (path: readonly (string | number)[]): number => {
    let node: LineTree | undefined = stored.lines;
    let line = 1;
    for (const segment of path) {
      if (node.entries) node = node.entries.find(([key]) => key === String(segment))?.[1];
      else if (node.items && typeof segment === 'number') node = node.items[segment];
      else break;
      if (!node) break;
      if (node.line !== undefined) line = node.line;
    }
    return line;
  };
  return { ...stored, lineOf };
}

/** Whether JSON keeps `value` exactly (no Infinity, NaN or -0, which YAML can write), so a cache may store it. */
export function survivesJson(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(survivesJson);
  if (value && typeof value === 'object') return Object.values(value).every(survivesJson);
  return value === null || typeof value === 'string' || typeof value === 'boolean';
}
