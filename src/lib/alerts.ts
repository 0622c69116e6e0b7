/**
 * GitHub alerts (`> [!NOTE]`, `> [!WARNING]`) and Obsidian callouts (`> [!tip] Title`, `> [!info]-`) read as the
 * site's Callout types, so notes brought from a forge or a vault show the same boxes as `<Callout>`.
 */

import type { Blockquote, Paragraph, Text } from 'mdast';

export type CalloutType = 'note' | 'tip' | 'warning';

// GitHub's five types first, then Obsidian's, each to the closest of the three Callout types.
const ALERT_TYPES: Readonly<Record<string, { type: CalloutType; title?: string }>> = {
  note: { type: 'note' },
  tip: { type: 'tip' },
  important: { type: 'note', title: 'Important' },
  warning: { type: 'warning' },
  caution: { type: 'warning', title: 'Caution' },
  info: { type: 'note' },
  abstract: { type: 'note', title: 'Summary' },
  summary: { type: 'note', title: 'Summary' },
  tldr: { type: 'note', title: 'TL;DR' },
  todo: { type: 'note', title: 'To do' },
  question: { type: 'note', title: 'Question' },
  example: { type: 'note', title: 'Example' },
  quote: { type: 'note', title: 'Quote' },
  hint: { type: 'tip' },
  success: { type: 'tip', title: 'Success' },
  check: { type: 'tip', title: 'Check' },
  done: { type: 'tip', title: 'Done' },
  attention: { type: 'warning', title: 'Attention' },
  danger: { type: 'warning', title: 'Danger' },
  error: { type: 'warning', title: 'Error' },
  bug: { type: 'warning', title: 'Bug' },
  failure: { type: 'warning', title: 'Failure' },
};

/** The alert types a note may write, for suggestions. */
export const ALERT_NAMES = Object.keys(ALERT_TYPES);

// `[!TYPE]`, an optional fold marker (`-` or `+`, Obsidian), then an optional title to the end of the line.
const MARKER = /^\[!([A-Za-z-]+)\][+-]?[ \t]*([^\n]*)/;

export interface AlertMarker {
  /** The type as written, lowercased. */
  name: string;
  /** The Callout it maps to; undefined for an unknown type (the blockquote is then left as it is). */
  callout?: { type: CalloutType; title?: string };
  /** Length of the marker line in the text, without its line break. */
  length: number;
}

/** Reads the `[!TYPE] Title` marker at the start of a blockquote's first text, if there is one. */
export function parseAlertMarker(text: string): AlertMarker | undefined {
  const match = MARKER.exec(text);
  if (!match) return undefined;
  const name = match[1]!.toLowerCase();
  const known = ALERT_TYPES[name];
  const title = match[2]!.trim() || known?.title;
  return { name, length: match[0].length, ...(known ? { callout: { type: known.type, ...(title ? { title } : {}) } } : {}) };
}

/** The alert marker of a blockquote (`> [!TIP] …`), with the text node that holds it. */
export function blockquoteAlert(node: Blockquote): { marker: AlertMarker; paragraph: Paragraph; text: Text } | undefined {
  const paragraph = node.children[0];
  const text = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
  if (paragraph?.type !== 'paragraph' || text?.type !== 'text') return undefined;
  const marker = parseAlertMarker(text.value);
  return marker ? { marker, paragraph, text } : undefined;
}
