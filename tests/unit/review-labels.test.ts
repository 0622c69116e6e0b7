import { describe, expect, it } from 'vitest';
import { reviewNumberLabel, scheduleSentence } from '../../src/lib/review-labels.ts';

describe('review labels', () => {
  it('puts the schedule in a sentence', () => {
    expect(scheduleSentence([3, 10, 30, 90])).toBe(
      'the first time 3 days after it is completed, then 10, 30 and 90 days after the review before, then every 90 days',
    );
    expect(scheduleSentence([7])).toBe('the first time 7 days after it is completed, then every 7 days');
    expect(scheduleSentence([1, 1])).toBe('the first time 1 day after it is completed, then 1 day after the review before, then every day');
  });

  it('numbers reviews within the intervals, then calls them repeats', () => {
    expect(reviewNumberLabel(2, [3, 10, 30, 90])).toBe('Review 2 of 4');
    expect(reviewNumberLabel(5, [3, 10, 30, 90])).toBe('Repeat review');
  });
});
