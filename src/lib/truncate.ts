/**
 * Shortening text to a length, the one way the site does it: counted in code points (an emoji is one character, never
 * half of one), the ellipsis included in the length.
 */

/** `text` cut so that it and a closing `…` fit in `max` characters; for a text already known to go on (a wrapped line). */
export function withEllipsis(text: string, max: number): string {
  return `${[...text]
    .slice(0, Math.max(0, max - 1))
    .join('')
    .trimEnd()}…`;
}

/**
 * `text` as it is when it fits in `max` characters, else cut with an ellipsis. `atWord` cuts at the last space when
 * that keeps at least four fifths of the room (one very long word is cut where it must), and drops the punctuation
 * the cut leaves at the end.
 */
export function truncate(text: string, max: number, { atWord = false }: { atWord?: boolean } = {}): string {
  const characters = [...text];
  if (characters.length <= max) return text;
  if (!atWord) return withEllipsis(text, max);
  const head = characters.slice(0, max - 1).join('');
  const space = head.lastIndexOf(' ');
  const cut = space > max * 0.8 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s.,;:–—-]+$/, '')}…`;
}
