/**
 * `npm run init`: turns the starter roadmap into the learner's own. Pure text-to-text transforms over the YAML
 * documents (comments and key order kept) and the note bodies; scripts/init.ts reads and writes the files.
 */
import type { Document } from 'yaml';
import { isMap } from 'yaml';
import { editFrontmatter, setTopLevel, yamlDocument, yamlText } from './frontmatter-edit.ts';
import { parseMdx } from './note-body.ts';

export const INIT_MODES = ['adopt', 'outline', 'empty'] as const;
export type InitMode = (typeof INIT_MODES)[number];

/** What the learner chose; `undefined` removes the field (nothing of the starter's is kept by accident). */
export interface RoadmapChoices {
  title: string;
  description: string;
  author: string | undefined;
  repo: string | undefined;
  siteUrl: string | undefined;
  plan: { start: string; hoursPerWeek: number };
}

/** Whether a roadmap.yaml is the shipped starter (`starter: true`). */
export function isStarterRoadmap(roadmapSource: string): boolean {
  const document = yamlDocument(roadmapSource);
  return isMap(document.contents) && document.get('starter') === true;
}

function setOrDelete(document: Document, key: string, value: unknown, after: readonly string[]): void {
  if (value === undefined) document.delete(key);
  else setTopLevel(document, key, value, after);
}

/** roadmap.yaml with the learner's title, description, author, repo, address and plan; `starter` and `asOf` removed. */
export function ownRoadmapSource(roadmapSource: string, choices: RoadmapChoices): string {
  const document = yamlDocument(roadmapSource);
  if (document.errors.length || !isMap(document.contents))
    throw new Error(`roadmap.yaml is not a valid YAML mapping: ${document.errors[0]?.message ?? 'fix it first'}`);
  document.delete('starter');
  document.delete('asOf');
  setTopLevel(document, 'title', choices.title);
  setTopLevel(document, 'description', choices.description, ['title']);
  setOrDelete(document, 'author', choices.author, ['description', 'title']);
  setOrDelete(document, 'repo', choices.repo, ['author', 'description', 'title']);
  setOrDelete(document, 'url', choices.siteUrl, ['repo', 'author', 'description', 'title']);
  setTopLevel(document, 'plan', { start: choices.plan.start, hoursPerWeek: choices.plan.hoursPerWeek }, [
    'url',
    'repo',
    'author',
    'description',
    'title',
  ]);
  return yamlText(document);
}

/** The visible mark on an adopted body: the starter's words are a study guide, not the new learner's notes. */
export const STARTER_TEXT_CALLOUT =
  '<Callout type="note" title="Starter text">\n' +
  'This note comes from the starter roadmap: a study guide written by someone else, not your own notes yet. ' +
  'Rewrite it in your own words as you study, then delete this callout.\n' +
  '</Callout>\n';

/** The mark on an outlined body. */
export const OUTLINE_CALLOUT =
  '<Callout type="note" title="Your notes go here">\n' +
  'This outline comes from the starter roadmap: its headings and resources. Write what you learn under each heading, ' +
  'then delete this callout.\n' +
  '</Callout>\n';

/** The prompt under each heading of an outline. */
export const OUTLINE_PROMPT = '_Write your own notes here: what it is, why it matters, what you tried and what surprised you._';

// A body opens with its ESM imports (images for <Figure>); the mark goes after them so they stay at the top.
function splitLeadingImports(body: string): { imports: string; rest: string } {
  const lines = body.split('\n');
  let end = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || /^(import|export)\s/.test(line)) end = i + 1;
    else break;
  }
  return { imports: lines.slice(0, end).join('\n').trim(), rest: lines.slice(end).join('\n') };
}

/** The body with the starter-text mark at the top. */
export function adoptedBody(body: string): string {
  const { imports, rest } = splitLeadingImports(body);
  return `${imports ? `\n${imports}\n` : ''}\n${STARTER_TEXT_CALLOUT}\n${rest.replace(/^\n+/, '')}`;
}

/**
 * Only the body's headings (as written, so links in them still resolve and their ids stay the same), each with a
 * prompt to write one's own notes. Headings inside components (a callout's title, say) are not part of the outline.
 */
export function outlineBody(body: string): string {
  const tree = parseMdx(body);
  const headings = tree.children
    .filter((node) => node.type === 'heading')
    .map((node) => body.slice(node.position!.start.offset, node.position!.end.offset).trim());
  const sections = headings.map((heading) => `${heading}\n\n${OUTLINE_PROMPT}\n`);
  return `\n${OUTLINE_CALLOUT}\n${sections.length ? sections.join('\n') : `${OUTLINE_PROMPT}\n`}`;
}

/** Frontmatter fields that describe the starter author's own study, removed on adoption. */
export const STUDY_RECORD_FIELDS = ['started', 'completed', 'log', 'evidence'] as const;

/** A starter note made the learner's: planned, the starter's study record removed, the scheduled target set. */
export function adoptedNoteSource(
  source: string,
  file: string,
  options: { mode: 'adopt' | 'outline'; target: string | undefined },
): string {
  return editFrontmatter(
    source,
    file,
    (document) => {
      setTopLevel(document, 'status', 'planned', ['phase']);
      for (const field of STUDY_RECORD_FIELDS) document.delete(field);
      if (options.target === undefined) document.delete('target');
      else setTopLevel(document, 'target', options.target, ['status', 'order', 'phase']);
    },
    options.mode === 'adopt' ? adoptedBody : outlineBody,
  );
}
