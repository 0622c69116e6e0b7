/** Escaping for text we write into markup by hand (where no library or Astro escapes it for us). */

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
// `&#39;` rather than `&apos;`: HTML 4 and some old parsers do not know `&apos;`.
const HTML_ENTITIES: Record<string, string> = { ...XML_ENTITIES, "'": '&#39;' };

/** `text` safe as XML character data and inside single- or double-quoted XML attributes. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ENTITIES[char]!);
}

/**
 * `text` safe as HTML text and inside a quoted attribute value. `<` and `>` are escaped in attributes too, which
 * HTML does not require: naive link-preview scrapers that read `<meta>` tags with regular expressions then never
 * see a tag inside a title.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]!);
}

/** A void HTML element (`<meta>`, `<link>`) with its attributes escaped, in the order given. */
export function htmlVoidElement(name: 'meta' | 'link', attributes: Readonly<Record<string, string>>): string {
  const attrs = Object.entries(attributes).map(([key, value]) => ` ${key}="${escapeHtml(value)}"`);
  return `<${name}${attrs.join('')}>`;
}

/** A CSS string literal: backslashes and double quotes escaped, newlines written as escapes. */
export function cssString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"`;
}
