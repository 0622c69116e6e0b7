/**
 * Edits a note's frontmatter through the YAML document, so comments, quoting, flow lists and key order survive
 * (`npm run init` and `npm run plan` rewrite fields; never by regex on the text).
 */
import { isMap, parseDocument, type Document } from 'yaml';

// A fence is exactly three dashes, optionally followed by spaces (as in frontmatter.ts).
const FENCE = /^---[ \t]*$/;

/** A note split into its frontmatter YAML and everything after the closing fence, byte for byte. */
export interface FrontmatterParts {
  yaml: string;
  /** The text after the closing fence's line break. */
  body: string;
}

/** The frontmatter and body of a note, or undefined when it has no closed frontmatter. */
export function frontmatterParts(source: string): FrontmatterParts | undefined {
  const lines = source.replace(/^\uFEFF/, '').split('\n');
  if (!FENCE.test((lines[0] ?? '').replace(/\r$/, ''))) return undefined;
  const closing = lines.findIndex((line, index) => index > 0 && FENCE.test(line.replace(/\r$/, '')));
  if (closing === -1) return undefined;
  return { yaml: lines.slice(1, closing).join('\n'), body: lines.slice(closing + 1).join('\n') };
}

/** Reassembles a note from its frontmatter YAML and body. */
export function joinFrontmatter(yaml: string, body: string): string {
  return `---\n${yaml.replace(/\n*$/, '\n')}---\n${body}`;
}

/** Parses YAML as a document that can be edited and written back with its comments (YAML 1.2, dates stay text). */
export function yamlDocument(text: string): Document {
  return parseDocument(text, { schema: 'core', keepSourceTokens: false });
}

/** Writes a document back without folding long lines (a summary must stay on its one line). */
export function yamlText(document: Document): string {
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/**
 * Sets a top-level key; a new key goes right after the first of `after` that exists (else at the end), so a
 * `target:` lands beside the other dates rather than under the resources.
 */
export function setTopLevel(document: Document, key: string, value: unknown, after: readonly string[] = []): void {
  const map = document.contents;
  if (!isMap(map)) throw new Error('The frontmatter is not a mapping of fields.');
  if (map.has(key)) {
    map.set(key, value);
    return;
  }
  const keys = map.items.map((pair) => String((pair.key as { value?: unknown } | null)?.value ?? pair.key));
  const anchor = after.map((name) => keys.lastIndexOf(name)).find((index) => index !== -1);
  const pair = document.createPair(key, value);
  if (anchor === undefined) map.items.push(pair);
  else map.items.splice(anchor + 1, 0, pair);
}

/** A note with its frontmatter edited through the YAML document; the body is kept byte for byte unless `editBody` rewrites it. */
export function editFrontmatter(
  source: string,
  file: string,
  edit: (document: Document) => void,
  editBody: (body: string) => string = (body) => body,
): string {
  const parts = frontmatterParts(source);
  if (!parts) throw new Error(`${file}: the note has no frontmatter between --- lines.`);
  const document = yamlDocument(parts.yaml);
  if (document.errors.length) throw new Error(`${file}: invalid YAML: ${document.errors[0]!.message}`);
  edit(document);
  return joinFrontmatter(yamlText(document), editBody(parts.body));
}
