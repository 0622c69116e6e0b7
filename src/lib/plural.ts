/** Counted nouns in English, by `Intl.PluralRules`: `1 session`, `4 sessions`, `0 reviews`. */
const rules = new Intl.PluralRules('en-GB');

export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${rules.select(count) === 'one' ? singular : plural}`;
}
