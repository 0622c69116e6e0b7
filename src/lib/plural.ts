/**
 * Counted nouns in English, by `Intl.PluralRules`: `1 session`, `4 sessions`, `0 reviews`, `1.5 days`. The one place
 * that decides singular or plural, so every page, feed, image and message agrees.
 */
const rules = new Intl.PluralRules('en-GB');

/** The noun alone, in the form that goes with `count`: `pluralWord(1, 'day')` → `day`, `pluralWord(2, 'day')` → `days`. */
export function pluralWord(count: number, singular: string, plural = `${singular}s`): string {
  return rules.select(count) === 'one' ? singular : plural;
}

/** The count and its noun: `countLabel(1, 'topic')` → `1 topic`, `countLabel(3, 'entry', 'entries')` → `3 entries`. */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${pluralWord(count, singular, plural)}`;
}
