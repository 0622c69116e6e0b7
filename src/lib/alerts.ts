/**
 * GitHub alerts (`> [!NOTE]`, `> [!WARNING]`) and Obsidian callouts (`> [!tip] Title`, `> [!info]-`) read as the
 * site's Callout types, so notes brought from a forge or a vault show the same boxes as `<Callout>`.
 */

import type { Blockquote, Paragraph, Text } from 'mdast';
import { titleFromSlug } from './scaffold.ts';

export type CalloutType = 'note' | 'tip' | 'warning';

// GitHub's five types and Obsidian's, each under the closest of the three Callout types.
const ALERTS_BY_CALLOUT: Readonly<Record<CalloutType, readonly string[]>> = {
  note: ['note', 'important', 'info', 'abstract', 'summary', 'tldr', 'todo', 'question', 'example', 'quote'],
  tip: ['tip', 'hint', 'success', 'check', 'done'],
  warning: ['warning', 'caution', 'attention', 'danger', 'error', 'bug', 'failure'],
};

// An alert is titled with its own name (`> [!DANGER]` reads "Danger"), except a Callout type itself and these: plain
// synonyms keep the Callout's own title (undefined), the others read better as a word of their own.
const TITLES: Readonly<Record<string, string | undefined>> = {
  info: undefined,
  hint: undefined,
  abstract: 'Summary',
  summary: 'Summary',
  tldr: 'TL;DR',
  todo: 'To do',
};

function alertTitle(name: string, type: CalloutType): string | undefined {
  if (name === type) return undefined;
  return Object.hasOwn(TITLES, name) ? TITLES[name] : titleFromSlug(name);
}

// A Map, so that a marker such as `[!constructor]` finds nothing rather than a property of every object.
const ALERT_TYPES: ReadonlyMap<string, { type: CalloutType; title: string | undefined }> = new Map(
  (Object.entries(ALERTS_BY_CALLOUT) as [CalloutType, readonly string[]][]).flatMap(([type, names]) =>
    names.map((name) => [name, { type, title: alertTitle(name, type) }]),
  ),
);

/** The alert types a note may write, for suggestions. */
export const ALERT_NAMES = [...ALERT_TYPES.keys()];

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
  const known = ALERT_TYPES.get(name);
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
