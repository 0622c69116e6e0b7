/** Words for the review schedule, shared by the review page, the home panel and topic pages. */
import { countLabel, pluralWord } from './plural.ts';

const list = (values: readonly number[]) => new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }).format(values.map(String));

/**
 * The schedule in a sentence: `[3, 10, 30, 90]` → `the first time 3 days after it is completed, then 10, 30 and 90
 * days after the review before, then every 90 days`.
 */
export function scheduleSentence(intervals: readonly number[]): string {
  const [first = 0, ...rest] = intervals;
  const last = intervals.at(-1) ?? first;
  const every = last === 1 ? 'every day' : `every ${countLabel(last, 'day')}`;
  const start = `the first time ${countLabel(first, 'day')} after it is completed`;
  if (rest.length === 0) return `${start}, then ${every}`;
  return `${start}, then ${list(rest)} ${pluralWord(rest.length === 1 ? rest[0]! : rest.length, 'day')} after the review before, then ${every}`;
}

/** `Review 2 of 4`, or `Repeat review` once the intervals are used up and the last one repeats. */
export function reviewNumberLabel(number: number, intervals: readonly number[]): string {
  return number <= intervals.length ? `Review ${number} of ${intervals.length}` : 'Repeat review';
}
