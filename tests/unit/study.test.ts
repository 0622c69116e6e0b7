import { describe, expect, it } from 'vitest';
import { studyHours } from '../../src/lib/study.ts';

describe('studyHours', () => {
  it('adds up the logged hours to one decimal', () => {
    expect(
      studyHours([
        { date: '2026-03-01', note: 'a', hours: 0.1 },
        { date: '2026-03-02', note: 'b', hours: 0.2 },
        { date: '2026-03-03', note: 'c', hours: 6.2 },
      ]),
    ).toEqual({ total: 6.5, label: '6.5 h' });
  });

  it('counts sessions without hours as zero', () => {
    expect(
      studyHours([
        { date: '2026-03-01', note: 'a' },
        { date: '2026-03-02', note: 'b', hours: 2 },
      ]),
    ).toEqual({ total: 2, label: '2 h' });
  });

  it('is zero for an empty log', () => {
    expect(studyHours([])).toEqual({ total: 0, label: '0 h' });
  });
});
