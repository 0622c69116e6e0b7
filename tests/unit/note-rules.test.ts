import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/lib/diagnostics.ts';
import { checkNoteRules } from '../../src/lib/note-rules.ts';
import { noteFrontmatterSchema } from '../../src/schemas/note.ts';

const today = '2026-06-01';
// Lines that identify the path they were asked for: `status` → 10, `log[2].date` → 32.
const lineOf = (path: readonly (string | number)[]) => path.length * 10 + (typeof path[1] === 'number' ? path[1] : 0);

/** The rule problems of a note in the platforms phase, checked on `today`. */
function problemsOf(frontmatter: Record<string, unknown>) {
  const data = noteFrontmatterSchema.parse({ title: 'Kubeflow', summary: 'Pipelines.', phase: 'platforms', ...frontmatter });
  return checkNoteRules(data, 'content/notes/kubeflow.mdx', lineOf, today);
}

/** The rule problems of a note, each as `check` prints it, then its code in brackets. */
const rulesOf = (frontmatter: Record<string, unknown>) => problemsOf(frontmatter).map((d) => `${formatDiagnostic(d)} (${d.code})`);

/** A topic studied from 1 to 10 March, the start of several cases. */
const finished = { status: 'done', started: '2026-03-01', completed: '2026-03-10' };

// Each case: a note's frontmatter and every rule problem it should get, in order.
const cases: { name: string; frontmatter: Record<string, unknown>; problems: string[] }[] = [
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
      'content/notes/kubeflow.mdx:10 status: is "in-progress" but the note has no started date. Add `started: YYYY-MM-DD` with the day you began. (missing-started)',
    ],
  },
  {
    name: 'requires a completed date for a note that is done',
    frontmatter: { status: 'done', started: '2026-03-01' },
    problems: [
      'content/notes/kubeflow.mdx:10 status: is "done" but the note has no completed date. Add `completed: YYYY-MM-DD` with the day you finished. (missing-completed)',
    ],
  },
  {
    name: 'rejects a completed date before the started date',
    frontmatter: { status: 'done', started: '2026-03-10', completed: '2026-03-01' },
    problems: [
      'content/notes/kubeflow.mdx:10 completed: 2026-03-01 is before started (2026-03-10). Fix one of the two dates: a topic is completed on or after the day it is started. (completed-before-started)',
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
      'warning: content/notes/kubeflow.mdx:10 completed: the note has a completed date but its status is "in-progress". Set `status: done`, or remove the completed date. (completed-not-done)',
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
      'warning: content/notes/kubeflow.mdx:31 log[1].date: 2026-03-12 is after completed (2026-03-10). Check the date, or move the completed date to the last session. (log-after-completed)',
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
      'warning: content/notes/kubeflow.mdx:31 log[1].kind: a review on 2026-03-09 is before completed (2026-03-10) and does not count. Reviews are counted from the completed date: check the date, or remove `kind: review` to log a study session. (review-before-completed)',
    ],
  },
  {
    name: 'warns about a review on a note that is not done',
    frontmatter: { status: 'in-progress', started: '2026-03-01', log: [{ date: '2026-03-13', note: 'a', kind: 'review' }] },
    problems: [
      'warning: content/notes/kubeflow.mdx:30 log[0].kind: a review is logged but the note has no completed date, so it has no review schedule. Set `status: done` and `completed:`, or remove `kind: review` to log a study session. (review-not-done)',
    ],
  },
  {
    name: 'warns about a log entry before the started date',
    frontmatter: { status: 'in-progress', started: '2026-03-01', log: [{ date: '2026-02-27', note: 'a' }] },
    problems: [
      'warning: content/notes/kubeflow.mdx:30 log[0].date: 2026-02-27 is before started (2026-03-01). Check the date, or move the started date to the first session. (log-before-started)',
    ],
  },
  {
    name: 'warns about dates before 1990',
    frontmatter: { status: 'in-progress', started: '1989-12-31', log: [{ date: '1026-03-01', note: 'typo' }] },
    problems: [
      'warning: content/notes/kubeflow.mdx:30 log[0].date: 1026-03-01 is before started (1989-12-31). Check the date, or move the started date to the first session. (log-before-started)',
      'warning: content/notes/kubeflow.mdx:10 started: 1989-12-31 is before 1990. Check the year. (date-too-early)',
      'warning: content/notes/kubeflow.mdx:30 log[0].date: 1026-03-01 is before 1990. Check the year. (date-too-early)',
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
    problems: [
      'warning: content/notes/kubeflow.mdx:10 target: 2036-06-01 is more than 5 years from today. Check the year. (date-too-late)',
    ],
  },
  {
    name: 'accepts a date less than five years ahead',
    frontmatter: { target: '2031-05-01' },
    problems: [],
  },
  {
    name: 'warns about a start or completion in the future on a note that is done',
    frontmatter: { status: 'done', started: '2026-05-01', completed: '2026-06-02' },
    problems: [
      'warning: content/notes/kubeflow.mdx:10 completed: 2026-06-02 is in the future but the note is done. Check the date. (date-in-future)',
    ],
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
      'warning: content/notes/kubeflow.mdx:10 target: 2026-03-01 is before started (2026-03-10). Move the target to a day after you started, or fix the started date. (target-before-started)',
      'warning: content/notes/kubeflow.mdx:22 prerequisites[2]: "docker" is listed twice (also prerequisites[0]). Remove the second "docker". (duplicate-entry)',
      'warning: content/notes/kubeflow.mdx:21 tags[1]: "ml" is listed twice (also tags[0]). Remove the second "ml". (duplicate-entry)',
      'warning: content/notes/kubeflow.mdx:31 resources[1].url: https://example.com/ is listed twice (also resources[0]). Remove one of the two resources. (duplicate-entry)',
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
    expect(problemsOf({ status: 'done', started: '2026-03-10', log: [{ date: '2026-03-01', note: 'a' }] }).map((d) => d.code)).toEqual([
      'missing-completed',
      'log-before-started',
    ]);
  });
});
