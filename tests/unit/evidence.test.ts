import { describe, expect, it } from 'vitest';
import { evidenceOf, portfolio, portfolioSize } from '../../src/lib/evidence.ts';
import { noteRecord } from './note-record-fixture.ts';

const built = noteRecord('docker', {
  phase: 'foundations',
  status: 'done',
  completed: '2026-03-04',
  evidence: [
    { title: 'Image repo', url: 'https://example.org/repo', kind: 'repo' },
    { title: 'Talk slides', url: 'https://example.org/slides' },
  ],
  log: [
    { date: '2026-03-03', note: 'Second build.', evidence: 'https://example.org/pr/2' },
    { date: '2026-03-01', note: 'First build.', evidence: 'https://example.org/pr/1' },
    { date: '2026-03-02', note: 'No link.' },
  ],
});

describe('evidenceOf', () => {
  it('lists the evidence of the note, then the evidence of its log entries by date, with "other" as the default kind', () => {
    expect(evidenceOf(built)).toEqual([
      { title: 'Image repo', url: 'https://example.org/repo', kind: 'repo' },
      { title: 'Talk slides', url: 'https://example.org/slides', kind: 'other' },
      { title: 'First build.', url: 'https://example.org/pr/1', kind: 'other', date: '2026-03-01' },
      { title: 'Second build.', url: 'https://example.org/pr/2', kind: 'other', date: '2026-03-03' },
    ]);
  });
});

describe('portfolio', () => {
  const phases = [
    { id: 'foundations', title: 'Foundations' },
    { id: 'platforms', title: 'Platforms' },
    { id: 'later', title: 'Later' },
  ];

  it('lists done topics with evidence by phase, leaving out phases with none, unfinished topics and drafts', () => {
    const notes = [
      built,
      noteRecord('kubeflow', {
        phase: 'platforms',
        status: 'in-progress',
        started: '2026-03-05',
        evidence: [{ title: 'WIP', url: 'https://example.org/wip' }],
      }),
      noteRecord('secret', {
        phase: 'later',
        status: 'done',
        completed: '2026-03-06',
        draft: true,
        evidence: [{ title: 'Hidden', url: 'https://example.org/hidden' }],
      }),
      noteRecord('plain', { phase: 'foundations', status: 'done', completed: '2026-03-07' }),
    ];
    const result = portfolio(notes, phases);
    expect(result.map((p) => [p.id, p.entries.map((e) => e.note.slug)])).toEqual([['foundations', ['docker']]]);
    expect(result[0]!.entries[0]!.evidence).toHaveLength(4);
  });
});

describe('portfolioSize', () => {
  it('counts the finished topics with evidence and all their links, across phases', () => {
    const other = noteRecord('kubeflow', {
      phase: 'platforms',
      status: 'done',
      completed: '2026-03-08',
      evidence: [{ title: 'Pipeline', url: 'https://example.org/pipeline' }],
    });
    const phases = portfolio(
      [built, other],
      [
        { id: 'foundations', title: 'Foundations' },
        { id: 'platforms', title: 'Platforms' },
      ],
    );
    expect(portfolioSize(phases)).toEqual({ topics: 2, links: 5 });
    expect(portfolioSize([])).toEqual({ topics: 0, links: 0 });
  });
});
