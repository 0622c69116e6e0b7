/**
 * The self-check answers of a note as HTML, for `/review/`. The answer's Markdown nodes go through the same link
 * plugin as the note itself (wikilinks, note-file links and external links resolve the same way), then to HTML.
 */
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import path from 'node:path';
import type { NoteRecord } from '../lib/note-record.ts';
import { remarkNoteLinks } from '../plugins/remark-note-links.ts';

export interface RenderedSelfCheck {
  question: string;
  answerHtml: string;
}

export function renderedSelfChecks(note: Pick<NoteRecord, 'file' | 'selfChecks'>, base: string): RenderedSelfCheck[] {
  const link = remarkNoteLinks({ base });
  return note.selfChecks.map(({ question, answer }) => {
    const tree: Root = { type: 'root', children: structuredClone(answer) };
    link(tree, { path: path.resolve(note.file) });
    // Answers are the author's own text, trusted like the note body (see README "Security"); the only raw HTML
    // here is the link plugin's "(external site)" label.
    return { question, answerHtml: toHtml(toHast(tree, { allowDangerousHtml: true }), { allowDangerousHtml: true }) };
  });
}
