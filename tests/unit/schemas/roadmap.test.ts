import { describe, expect, it } from 'vitest';
import { zodIssuesToDiagnostics } from '../../../src/lib/zod-diagnostics.ts';
import { ROADMAP_FIELDS, roadmapSchema } from '../../../src/schemas/roadmap.ts';

const phases = [{ id: 'foundations', title: 'Foundations' }];

/** Each problem as `[field, message, hint]`. */
function problemsOf(roadmap: unknown): [string, string, string][] {
  const result = roadmapSchema.safeParse(roadmap);
  if (result.success) return [];
  return zodIssuesToDiagnostics(result.error.issues, 'content/roadmap.yaml', () => 1, 'error', 'roadmap').map((d) => [
    d.field,
    d.message,
    d.hint,
  ]);
}

describe('roadmap schema', () => {
  it('accepts a complete roadmap', () => {
    const roadmap = {
      title: 'MLOps Study Notes',
      description: 'One line.',
      author: 'Jane Doe',
      repo: 'https://github.com/jane/mlops-notes',
      editBranch: 'trunk',
      phases: [
        { id: 'foundations', title: 'Foundations', summary: 'The basics.' },
        { id: 'platforms', title: 'Platforms' },
      ],
    };
    expect(roadmapSchema.parse(roadmap)).toEqual(roadmap);
  });

  it('lists the fields it knows', () => {
    expect(ROADMAP_FIELDS).toEqual([
      'title',
      'description',
      'author',
      'repo',
      'editBranch',
      'url',
      'plan',
      'asOf',
      'starter',
      'review',
      'phases',
    ]);
  });

  it('takes review intervals in whole days, with the defaults when only `review:` is given', () => {
    const roadmap = { title: 'T', description: 'D', phases: [{ id: 'a', title: 'A' }] };
    expect(roadmapSchema.parse({ ...roadmap, review: { intervals: [1, 7, 30] } }).review).toEqual({ intervals: [1, 7, 30] });
    expect(roadmapSchema.parse({ ...roadmap, review: {} }).review).toEqual({ intervals: [3, 10, 30, 90] });
    expect(roadmapSchema.parse(roadmap).review).toBeUndefined();
    expect(problemsOf({ ...roadmap, review: { intervals: [3, 0, 2.5, 'ten'] } })).toEqual([
      ['review.intervals[1]', 'must be at least 1 day', 'Write whole days, e.g. `intervals: [3, 10, 30, 90]`.'],
      ['review.intervals[2]', 'must be a whole number of days', 'Write whole days, e.g. `intervals: [3, 10, 30, 90]`.'],
      ['review.intervals[3]', 'must be a number of days, got "ten"', 'Write whole days, e.g. `intervals: [3, 10, 30, 90]`.'],
    ]);
    expect(problemsOf({ ...roadmap, review: { intervals: [] } })).toEqual([
      ['review.intervals', 'is empty', 'List at least one interval, e.g. `intervals: [3, 10, 30, 90]`, or remove `review:`.'],
    ]);
  });

  it('opens "Edit this page" links on main unless editBranch says otherwise, and rejects a branch with spaces', () => {
    expect(roadmapSchema.parse({ title: 'T', description: 'D', phases }).editBranch).toBe('main');
    expect(problemsOf({ title: 'T', description: 'D', editBranch: 'my branch', phases })).toEqual([
      ['editBranch', 'is not a branch name', 'Write the branch as it is named in the repository, e.g. `editBranch: main`.'],
    ]);
  });

  it('requires a title, a description and phases', () => {
    expect(problemsOf({})).toEqual([
      ['title', 'is required', 'Add a line such as `title: MLOps Study Notes`.'],
      ['description', 'is required', 'Add a line such as `description: My MLOps learning roadmap, in public.`.'],
      ['phases', 'must be a list of phases', 'Write e.g. `phases: [{ id: foundations, title: Foundations }]`.'],
    ]);
  });

  it('rejects a file that is not a mapping', () => {
    expect(problemsOf('MLOps')).toEqual([['roadmap', 'must be a mapping', 'Start the file with `title:`, `description:` and `phases:`.']]);
  });

  it('needs at least one phase', () => {
    expect(problemsOf({ title: 'T', description: 'D', phases: [] })).toEqual([
      ['phases', 'is empty', 'Add at least one phase with an id and a title.'],
    ]);
  });

  it('rejects a phase written as a bare name', () => {
    expect(problemsOf({ title: 'T', description: 'D', phases: ['foundations'] })).toEqual([
      ['phases[0]', 'must be a mapping with id and title', 'Write e.g. `- { id: foundations, title: Foundations }`.'],
    ]);
  });

  it('rejects a phase id that is not a slug', () => {
    expect(problemsOf({ title: 'T', description: 'D', phases: [{ id: 'Foundations', title: 'F' }] })).toEqual([
      ['phases[0].id', '"Foundations" is not a valid phase id', 'Use lowercase letters, digits and hyphens, e.g. foundations.'],
    ]);
  });

  it('rejects a phase without a title and a summary that is not text', () => {
    expect(problemsOf({ title: 'T', description: 'D', phases: [{ id: 'a', summary: 3 }] })).toEqual([
      ['phases[0].title', 'is required', 'Add a line such as `title: Foundations`.'],
      ['phases[0].summary', 'must be text', 'Write one line, or remove the field.'],
    ]);
  });

  it('rejects a repository that is not an http(s) URL and an author that is not text', () => {
    expect(problemsOf({ title: 'T', description: 'D', author: 3, repo: 'git@github.com:jane/notes.git', phases })).toEqual([
      ['author', 'must be text', 'Write a name, or remove the field.'],
      ['repo', '"git@github.com:jane/notes.git" is not an http(s) URL', 'Write a full address starting with https://.'],
    ]);
  });

  it('accepts the address, the plan, the demo day and the starter marker', () => {
    const roadmap = {
      title: 'T',
      description: 'D',
      url: 'https://jane.github.io/mlops-notes',
      plan: { start: '2027-01-04', hoursPerWeek: 8 },
      asOf: '2026-12-01',
      starter: true,
      phases,
    };
    expect(roadmapSchema.parse(roadmap)).toEqual({ ...roadmap, editBranch: 'main' });
  });

  it('explains a url that is not a site address, and a plan that cannot be kept', () => {
    expect(problemsOf({ title: 'T', description: 'D', phases, url: 'jane.github.io' })).toEqual([
      ['url', '"jane.github.io" is not an http(s) URL', 'Write a full address starting with https://.'],
    ]);
    expect(problemsOf({ title: 'T', description: 'D', phases, url: 'https://jane.github.io/?ref=x' })).toEqual([
      [
        'url',
        '"https://jane.github.io/?ref=x" must be the site\'s address alone',
        'Remove the query, fragment or login, e.g. `url: https://jane.github.io/`.',
      ],
    ]);
    expect(problemsOf({ title: 'T', description: 'D', phases, plan: { start: '2027-02-30', hoursPerWeek: 0 } })).toEqual([
      [
        'plan.start',
        '"2027-02-30" does not exist: February 2027 has 28 days',
        'Write a real calendar date as YYYY-MM-DD, e.g. 2026-03-01.',
      ],
      ['plan.hoursPerWeek', 'must be more than 0', 'Write the hours you study per week, e.g. `hoursPerWeek: 6`.'],
    ]);
    expect(problemsOf({ title: 'T', description: 'D', phases, asOf: 'yesterday' })).toEqual([
      ['asOf', '"yesterday" is not a date in the form YYYY-MM-DD', 'Write a real calendar date as YYYY-MM-DD, e.g. 2026-03-01.'],
    ]);
  });
});
