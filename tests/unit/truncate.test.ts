import { describe, expect, it } from 'vitest';
import { truncate, withEllipsis } from '../../src/lib/truncate.ts';

describe('truncate', () => {
  it('leaves text that fits alone', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('exactly 10', 10)).toBe('exactly 10');
  });

  it('cuts to the length with the ellipsis counted, trimming the space before it', () => {
    expect(truncate('Testing ML systems (the ML Test Score)', 20)).toBe('Testing ML systems…');
    expect(truncate('abcdefghijk', 10)).toBe('abcdefghi…');
  });

  it('counts an emoji as one character and never splits it', () => {
    expect(truncate('🚀🚀🚀🚀', 3)).toBe('🚀🚀…');
  });

  describe('at a word', () => {
    it('cuts inside a word when a single word is longer than the room', () => {
      expect(truncate('x'.repeat(30), 10, { atWord: true })).toBe(`${'x'.repeat(9)}…`);
    });

    it('cuts at the last space and drops trailing punctuation before the ellipsis', () => {
      expect(truncate('alpha beta gamma, delta', 20, { atWord: true })).toBe('alpha beta gamma…');
    });

    it('cuts mid-word rather than lose more than a fifth of the room', () => {
      expect(truncate('a verylongwordthatgoeson', 20, { atWord: true })).toBe('a verylongwordthatg…');
    });
  });
});

describe('withEllipsis', () => {
  it('marks a line that the text goes on after, even when the line is short', () => {
    expect(withEllipsis('Kubernetes for', 21)).toBe('Kubernetes for…');
  });

  it('keeps the line and its ellipsis within the width', () => {
    expect(withEllipsis('Feature stores and', 10)).toBe('Feature s…');
  });
});
