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

export interface ParsedYaml {
  data: unknown;
  problems: YamlProblem[];
  /** 1-based line (within the YAML text) of the deepest existing node along `path`; 1 when none exists. */
  lineOf(path: readonly (string | number)[]): number;
  /** Top-level keys with their 1-based lines, in file order. */
  topLevelKeys: { key: string; line: number }[];
}

/** Parses YAML, keeping positions. Syntax problems are returned, never thrown. */
export function parseYamlWithLines(text: string): ParsedYaml {
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

  const lineOf = (path: readonly (string | number)[]): number => {
    let node: unknown = document.contents;
    let line = 1;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) break;
        const key = pair.key as YamlNode;
        if (key.range) line = lineAt(key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as YamlNode | undefined;
        if (!item) break;
        if (item.range) line = lineAt(item.range[0]);
        node = item;
      } else {
        break;
      }
    }
    return line;
  };

  const topLevelKeys = isMap(document.contents)
    ? document.contents.items.flatMap((pair) =>
        isScalar(pair.key) && (pair.key as YamlNode).range
          ? [{ key: String(pair.key.value), line: lineAt((pair.key as YamlNode).range![0]) }]
          : [],
      )
    : [];

  return { data: problems.length ? undefined : document.toJS(), problems, lineOf, topLevelKeys };
}
