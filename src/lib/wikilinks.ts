/** Wikilinks: `[[slug]]`, `[[slug|label]]`, `[[slug#heading-id]]`, `[[slug#heading-id|label]]`. */

export interface Wikilink {
  /** The note slug (or alias) as written. */
  target: string;
  /** The heading id after `#`, when given. */
  anchor?: string;
  /** The text after `|`, when given. */
  label?: string;
  /** Index of `[[` in the searched text. */
  index: number;
  /** Length of the whole `[[…]]`. */
  length: number;
}

// `[[`, a target without `]`, `|` or `#`, an optional `#anchor`, an optional `|label`, then `]]`.
const WIKILINK = /\[\[([^\]|#\n]*)(?:#([^\]|\n]*))?(?:\|([^\]\n]*))?\]\]/g;

/** Every wikilink in a run of text, in order. */
export function findWikilinks(text: string): Wikilink[] {
  const found: Wikilink[] = [];
  for (const match of text.matchAll(WIKILINK)) {
    const label = match[3]?.trim();
    const anchor = match[2]?.trim();
    found.push({
      target: match[1]!.trim(),
      ...(anchor !== undefined ? { anchor } : {}),
      ...(label ? { label } : {}),
      index: match.index,
      length: match[0].length,
    });
  }
  return found;
}
