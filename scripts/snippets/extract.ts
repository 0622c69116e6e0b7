/**
 * Finds the fenced code blocks of one MDX note and reads the snippet convention from each fence's meta
 * (the words after the language): `norun="why"`, `output`, `illustrative`, `continues`.
 * Pure: text in, blocks out; `scripts/test-snippets.ts` does the running.
 */
import { visit } from 'unist-util-visit';
import type { Code } from 'mdast';
// The build's own parser (MDX, GFM, math), so a block is found exactly where the site renders one.
import { parseMdx } from '../../src/lib/note-body.ts';

/** One fenced code block of a note, with what its meta asks for. */
export interface Snippet {
  /** 1-based line of the opening fence in the note file. */
  line: number;
  /** Fence language, lower-cased; '' when none. */
  lang: string;
  code: string;
  /** Reason given in `norun="…"`; undefined when the block is meant to run. */
  norun: string | undefined;
  /** `output`: a text block holding the stdout of the previous python block. */
  output: boolean;
  /** `illustrative`: output that cannot be reproduced here. */
  illustrative: boolean;
  /** `continues`: run after the earlier python blocks of the note, in one process. */
  continues: boolean;
}

/** A problem with a fence's meta, reported against the note. */
export interface MetaProblem {
  line: number;
  message: string;
}

const knownWords = new Set(['output', 'illustrative', 'continues']);

/**
 * Splits a fence meta into words; `key="quoted value"` stays one word.
 * Regex parts: a key=, then a double-quoted value or a bare run of non-spaces; or a plain word.
 */
function metaWords(meta: string): { key: string; value: string | undefined }[] {
  const words: { key: string; value: string | undefined }[] = [];
  for (const match of meta.matchAll(/([\w-]+)=(?:"([^"]*)"|(\S*))|(\S+)/g)) {
    if (match[4] !== undefined) words.push({ key: match[4], value: undefined });
    else words.push({ key: match[1]!, value: match[2] ?? match[3] ?? '' });
  }
  return words;
}

/** Blanks the frontmatter but keeps its lines, so positions stay true to the file. */
function withoutFrontmatter(source: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(source);
  if (!match) return source;
  return match[0].replace(/[^\n]/g, '') + source.slice(match[0].length);
}

/** Every fenced code block in an MDX note, in order, with the problems of their metas. */
export function extractSnippets(source: string): { snippets: Snippet[]; problems: MetaProblem[] } {
  const tree = parseMdx(withoutFrontmatter(source));
  const snippets: Snippet[] = [];
  const problems: MetaProblem[] = [];
  visit(tree, 'code', (node: Code) => {
    const line = node.position?.start.line ?? 0;
    const snippet: Snippet = {
      line,
      lang: (node.lang ?? '').toLowerCase(),
      code: node.value,
      norun: undefined,
      output: false,
      illustrative: false,
      continues: false,
    };
    for (const { key, value } of metaWords(node.meta ?? '')) {
      if (key === 'norun') {
        if (!value?.trim()) problems.push({ line, message: 'norun needs a reason: norun="needs pandera (PyPI only)"' });
        snippet.norun = value?.trim() || '(no reason given)';
      } else if (knownWords.has(key) && value === undefined) {
        snippet[key as 'output' | 'illustrative' | 'continues'] = true;
      } else {
        problems.push({ line, message: `unknown fence word "${key}": use norun="why", output, illustrative or continues` });
      }
    }
    if ((snippet.output || snippet.illustrative) && snippet.lang !== 'text') {
      problems.push({ line, message: `"output" and "illustrative" go on a text block, not ${snippet.lang || 'a block without language'}` });
    }
    if (snippet.continues && snippet.lang !== 'python') {
      problems.push({ line, message: '"continues" goes on a python block' });
    }
    snippets.push(snippet);
  });
  return { snippets, problems };
}
