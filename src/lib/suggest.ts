/** "Did you mean …?" suggestions for misspelled slugs, fields and heading ids. */

/**
 * Edit distance where swapping two neighbouring letters counts as one edit (optimal string alignment),
 * since `bsae` for `base` is one slip of the fingers, not two.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The candidate closest to `input`, when it is close enough to be a plausible typo
 * (at most a third of the longer word changed), ties broken alphabetically.
 */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(input, candidate);
    const limit = Math.max(1, Math.floor(Math.max(input.length, candidate.length) / 3));
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
