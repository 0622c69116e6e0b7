import { describe, expect, it } from 'vitest';
import { countLabel, pluralWord } from '../../src/lib/plural.ts';

describe('countLabel', () => {
  it('uses the singular for one and the plural for every other count, zero included', () => {
    expect(countLabel(1, 'session')).toBe('1 session');
    expect(countLabel(0, 'session')).toBe('0 sessions');
    expect(countLabel(4, 'session')).toBe('4 sessions');
  });

  it('treats a fraction as plural, as English does', () => {
    expect(countLabel(1.5, 'day')).toBe('1.5 days');
  });

  it('takes an irregular plural', () => {
    expect(countLabel(2, 'entry', 'entries')).toBe('2 entries');
    expect(countLabel(1, 'entry', 'entries')).toBe('1 entry');
  });
});

describe('pluralWord', () => {
  it('gives the noun or verb alone, for sentences where the count stands elsewhere', () => {
    expect(pluralWord(1, 'day')).toBe('day');
    expect(pluralWord(3, 'day')).toBe('days');
    expect(pluralWord(1, 'is', 'are')).toBe('is');
    expect(pluralWord(2, 'is', 'are')).toBe('are');
  });
});
