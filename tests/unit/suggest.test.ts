import { describe, expect, it } from 'vitest';
import { closestMatch, didYouMean, editDistance } from '../../src/lib/suggest.ts';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('sumary', 'summary')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('kubeflow', 'kubeflow')).toBe(0);
  });
});

describe('closestMatch', () => {
  it('suggests the closest candidate', () => {
    expect(closestMatch('kubernetes-advance', ['kubernetes-core', 'kubernetes-advanced', 'kubeflow'])).toBe('kubernetes-advanced');
  });

  it('suggests nothing when every candidate is too far off', () => {
    expect(closestMatch('feature-stores', ['kubeflow', 'docker'])).toBeUndefined();
    expect(closestMatch('anything', [])).toBeUndefined();
  });

  it('allows about a third of a long word to change', () => {
    // 12 letters: up to 4 edits.
    expect(closestMatch('abcdefghijkl', ['abcdefghwxyz'])).toBe('abcdefghwxyz');
    expect(closestMatch('abcdefghijkl', ['abcdefgvwxyz'])).toBeUndefined();
  });

  it('breaks ties alphabetically, whatever the candidate order', () => {
    expect(closestMatch('abc', ['abe', 'abd'])).toBe('abd');
    expect(closestMatch('abc', ['abd', 'abe'])).toBe('abd');
  });
});

describe('didYouMean', () => {
  it('asks about the closest candidate', () => {
    expect(didYouMean('sumary', ['title', 'summary', 'status'], 'Remove it.')).toBe('Did you mean "summary"?');
  });

  it('falls back to the given sentence', () => {
    expect(didYouMean('colour', ['title', 'summary'], 'Remove it.')).toBe('Remove it.');
  });
});
