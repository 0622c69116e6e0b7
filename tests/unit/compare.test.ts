import { describe, expect, it } from 'vitest';
import { compareCodePoints } from '../../src/lib/compare.ts';

describe('compareCodePoints', () => {
  it('orders by code point: capitals before small letters, accents after z', () => {
    expect(['b', 'a', 'B', 'é', 'z', 'A'].sort(compareCodePoints)).toEqual(['A', 'B', 'a', 'b', 'z', 'é']);
  });

  it('puts a prefix before the longer text that starts with it', () => {
    expect(compareCodePoints('mlops', 'mlops-basics')).toBe(-1);
    expect(compareCodePoints('mlops-basics', 'mlops')).toBe(1);
    expect(compareCodePoints('', 'a')).toBe(-1);
  });

  it('says two equal texts are equal, so a tie-break decides', () => {
    expect(compareCodePoints('2026-03-01', '2026-03-01')).toBe(0);
    expect(compareCodePoints('', '')).toBe(0);
  });

  it('compares whole code points, not UTF-16 halves: an emoji sorts after a half-width katakana', () => {
    // U+1F680 is stored as the surrogates D83D DE80, which a bare .sort() puts before U+FF71.
    expect(['🚀', 'ｱ'].sort(compareCodePoints)).toEqual(['ｱ', '🚀']);
    expect(['🚀', 'ｱ'].sort()).toEqual(['🚀', 'ｱ']);
  });

  it('gives the same order whatever the locale of the machine', () => {
    const words = ['Zebra', 'apple', 'Äpfel', 'äpfel', 'zebra'];
    expect([...words].sort(compareCodePoints)).toEqual(['Zebra', 'apple', 'zebra', 'Äpfel', 'äpfel']);
  });
});
