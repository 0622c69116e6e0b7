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
  /** Written as an Obsidian embed, `![[…]]`: `index` and `length` then include the `!`. */
  embed?: true;
}

// `[[`, a target without `]`, `|` or `#`, an optional `#anchor`, an optional `|label`, then `]]`.
const WIKILINK = /\[\[([^\]|#\n]*)(?:#([^\]|\n]*))?(?:\|([^\]\n]*))?\]\]/g;

/** Every wikilink in a run of text, in order. */
export function findWikilinks(text: string): Wikilink[] {
  const found: Wikilink[] = [];
  for (const match of text.matchAll(WIKILINK)) {
    const label = match[3]?.trim();
    const anchor = match[2]?.trim();
    const embed = match.index > 0 && text[match.index - 1] === '!';
    found.push({
      target: match[1]!.trim(),
      ...(anchor !== undefined ? { anchor } : {}),
      ...(label ? { label } : {}),
      index: embed ? match.index - 1 : match.index,
      length: match[0].length + (embed ? 1 : 0),
      ...(embed ? { embed: true as const } : {}),
    });
  }
  return found;
}
