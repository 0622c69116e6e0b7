/** "Did you mean …?" suggestions for misspelled slugs, fields and heading ids. */

/** Levenshtein edit distance, two-row dynamic programming. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `input`, when it is close enough to be a plausible typo
 * (at most a third of the longer word changed), ties broken alphabetically.
 */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(input, candidate);
    const limit = Math.max(2, Math.floor(Math.max(input.length, candidate.length) / 3));
    if (distance > limit) continue;
    if (!best || distance < best.distance || (distance === best.distance && candidate < best.candidate)) {
      best = { candidate, distance };
    }
  }
  return best?.candidate;
}

/** ` Did you mean "x"?` or the given fallback sentence. */
export function didYouMean(input: string, candidates: Iterable<string>, fallback: string): string {
  const match = closestMatch(input, candidates);
  return match === undefined ? fallback : `Did you mean "${match}"?`;
}
