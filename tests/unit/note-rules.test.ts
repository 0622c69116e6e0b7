import { describe, expect, it } from 'vitest';
import { checkNoteRules } from '../../src/lib/note-rules.ts';
import { noteFrontmatterSchema } from '../../src/schemas/note.ts';

const today = '2026-06-01';
// Lines that identify the path they were asked for: `status` → 10, `log[2].date` → 32.
const lineOf = (path: readonly (string | number)[]) => path.length * 10 + (typeof path[1] === 'number' ? path[1] : 0);

/** The rule problems of a note as `[severity, line, field, code, message, hint]`. */
function rulesOf(frontmatter: Record<string, unknown>, on = today) {
  const data = noteFrontmatterSchema.parse({ title: 'Kubeflow', summary: 'Pipelines.', phase: 'platforms', ...frontmatter });
  return checkNoteRules(data, 'content/notes/kubeflow.mdx', lineOf, on).map((d) => {
    expect(d.file).toBe('content/notes/kubeflow.mdx');
    return [d.severity, d.line, d.field, d.code, d.message, d.hint];
  });
}

/** A topic studied from 1 to 10 March, the start of several cases. */
const finished = { status: 'done', started: '2026-03-01', completed: '2026-03-10' };

// Each case: a note's frontmatter and every rule problem it should get, in order.
const cases: { name: string; frontmatter: Record<string, unknown>; problems: ReturnType<typeof rulesOf> }[] = [
  {
    name: 'finds nothing wrong with a consistent note',
    frontmatter: {
      ...finished,
      target: '2026-03-15',
      log: [
        { date: '2026-03-01', note: 'a' },
        { date: '2026-03-10', note: 'b' },
      ],
    },
    problems: [],
  },
  {
    name: 'requires a started date for a note in progress',
    frontmatter: { status: 'in-progress' },
    problems: [
      [
        'error',
        10,
        'status',
        'missing-started',
        'is "in-progress" but the note has no started date',
        'Add `started: YYYY-MM-DD` with the day you began.',
      ],
    ],
  },
  {
    name: 'requires a completed date for a note that is done',
    frontmatter: { status: 'done', started: '2026-03-01' },
    problems: [
      [
        'error',
        10,
        'status',
        'missing-completed',
        'is "done" but the note has no completed date',
        'Add `completed: YYYY-MM-DD` with the day you finished.',
      ],
    ],
  },
  {
    name: 'rejects a completed date before the started date',
    frontmatter: { status: 'done', started: '2026-03-10', completed: '2026-03-01' },
    problems: [
      [
        'error',
        10,
        'completed',
        'completed-before-started',
        '2026-03-01 is before started (2026-03-10)',
        'Fix one of the two dates: a topic is completed on or after the day it is started.',
      ],
    ],
  },
  {
    name: 'accepts a topic completed on the day it was started',
    frontmatter: { status: 'done', started: '2026-03-01', completed: '2026-03-01' },
    problems: [],
  },
  {
    name: 'warns about a completed date on a note that is not done',
    frontmatter: { status: 'in-progress', started: '2026-03-01', completed: '2026-03-10' },
    problems: [
      [
        'warning',
        10,
        'completed',
        'completed-not-done',
        'the note has a completed date but its status is "in-progress"',
        'Set `status: done`, or remove the completed date.',
      ],
    ],
  },
  {
    name: 'warns about a log entry after the completed date, at the entry date line',
    frontmatter: {
      ...finished,
      log: [
        { date: '2026-03-05', note: 'a' },
        { date: '2026-03-12', note: 'b' },
      ],
    },
    problems: [
      [
        'warning',
        31,
        'log[1].date',
        'log-after-completed',
        '2026-03-12 is after completed (2026-03-10)',
        'Check the date, or move the completed date to the last session.',
      ],
    ],
  },
  {
    name: 'accepts reviews after the completed date, and warns about one before it',
    frontmatter: {
      ...finished,
      log: [
        { date: '2026-03-13', note: 'a', kind: 'review' },
        { date: '2026-03-09', note: 'b', kind: 'review' },
      ],
    },
    problems: [
      [
        'warning',
        31,
        'log[1].kind',
        'review-before-completed',
        'a review on 2026-03-09 is before completed (2026-03-10) and does not count',
        'Reviews are counted from the completed date: check the date, or remove `kind: review` to log a study session.',
      ],
    ],
  },
  {
    name: 'warns about a review on a note that is not done',
    frontmatter: { status: 'in-progress', started: '2026-03-01', log: [{ date: '2026-03-13', note: 'a', kind: 'review' }] },
    problems: [
      [
        'warning',
        30,
        'log[0].kind',
        'review-not-done',
        'a review is logged but the note has no completed date, so it has no review schedule',
        'Set `status: done` and `completed:`, or remove `kind: review` to log a study session.',
      ],
    ],
  },
  {
    name: 'warns about a log entry before the started date',
    frontmatter: { status: 'in-progress', started: '2026-03-01', log: [{ date: '2026-02-27', note: 'a' }] },
    problems: [
      [
        'warning',
        30,
        'log[0].date',
        'log-before-started',
        '2026-02-27 is before started (2026-03-01)',
        'Check the date, or move the started date to the first session.',
      ],
    ],
  },
  {
    name: 'warns about dates before 1990',
    frontmatter: { status: 'in-progress', started: '1989-12-31', log: [{ date: '1026-03-01', note: 'typo' }] },
    problems: [
      [
        'warning',
        30,
        'log[0].date',
        'log-before-started',
        '1026-03-01 is before started (1989-12-31)',
        'Check the date, or move the started date to the first session.',
      ],
      ['warning', 10, 'started', 'date-too-early', '1989-12-31 is before 1990', 'Check the year.'],
      ['warning', 30, 'log[0].date', 'date-too-early', '1026-03-01 is before 1990', 'Check the year.'],
    ],
  },
  {
    name: 'accepts a date on 1 January 1990',
    frontmatter: { target: '1990-01-01' },
    problems: [],
  },
  {
    name: 'warns about dates more than five years ahead',
    frontmatter: { target: '2036-06-01' },
    problems: [['warning', 10, 'target', 'date-too-late', '2036-06-01 is more than 5 years from today', 'Check the year.']],
  },
  {
    name: 'accepts a date less than five years ahead',
    frontmatter: { target: '2031-05-01' },
    problems: [],
  },
  {
    name: 'warns about a start or completion in the future on a note that is done',
    frontmatter: { status: 'done', started: '2026-05-01', completed: '2026-06-02' },
    problems: [['warning', 10, 'completed', 'date-in-future', '2026-06-02 is in the future but the note is done', 'Check the date.']],
  },
  {
    name: 'accepts a target in the future',
    frontmatter: { status: 'done', started: '2026-05-01', completed: '2026-06-01', target: '2026-09-01' },
    problems: [],
  },
  {
    name: 'warns about a target before the start and about entries listed twice',
    frontmatter: {
      status: 'in-progress',
      started: '2026-03-10',
      target: '2026-03-01',
      prerequisites: ['docker', 'kubernetes', 'docker'],
      tags: ['ml', 'ml'],
      resources: [
        { title: 'Docs', url: 'https://example.com/' },
        { title: 'Docs again', url: 'https://example.com/' },
      ],
    },
    problems: [
      [
        'warning',
        10,
        'target',
        'target-before-started',
        '2026-03-01 is before started (2026-03-10)',
        'Move the target to a day after you started, or fix the started date.',
      ],
      [
        'warning',
        22,
        'prerequisites[2]',
        'duplicate-entry',
        '"docker" is listed twice (also prerequisites[0])',
        'Remove the second "docker".',
      ],
      ['warning', 21, 'tags[1]', 'duplicate-entry', '"ml" is listed twice (also tags[0])', 'Remove the second "ml".'],
      [
        'warning',
        31,
        'resources[1].url',
        'duplicate-entry',
        'https://example.com/ is listed twice (also resources[0])',
        'Remove one of the two resources.',
      ],
    ],
  },
];

describe('checkNoteRules', () => {
  for (const { name, frontmatter, problems } of cases) {
    it(name, () => {
      expect(rulesOf(frontmatter)).toEqual(problems);
    });
  }

  it('reports every rule a note breaks', () => {
    expect(rulesOf({ status: 'done', started: '2026-03-10', log: [{ date: '2026-03-01', note: 'a' }] }).map((d) => d[3])).toEqual([
      'missing-completed',
      'log-before-started',
    ]);
  });
});
