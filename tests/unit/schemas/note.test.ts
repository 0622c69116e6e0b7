import { describe, expect, it } from 'vitest';
import { zodIssuesToDiagnostics } from '../../../src/lib/zod-diagnostics.ts';
import {
  DIFFICULTIES,
  EVIDENCE_KINDS,
  frontmatterDefaults,
  NOTE_FIELDS,
  NOTE_STATUSES,
  noteFrontmatterSchema,
  RESOURCE_KINDS,
} from '../../../src/schemas/note.ts';

const minimal = { title: 'Kubeflow', summary: 'Pipelines on Kubernetes.', phase: 'platforms' };

/** Each problem as `[field, message, hint]`, the three parts an author reads. */
function problemsOf(frontmatter: Record<string, unknown>): [string, string, string][] {
  const result = noteFrontmatterSchema.safeParse(frontmatter);
  if (result.success) return [];
  return zodIssuesToDiagnostics(result.error.issues, 'note.mdx', () => 1).map((d) => [d.field, d.message, d.hint]);
}

describe('note frontmatter schema', () => {
  // Each case: a note's frontmatter and every problem it should get, as [field, message, hint].
  const cases = [
    {
      name: 'checks evidence like resources, and the kind and evidence of a log entry',
      frontmatter: {
        ...minimal,
        evidence: [
          { title: 'Demo', url: 'javascript:alert(1)' },
          { title: 'Repo', url: 'https://example.org/r', kind: 'repository' },
          { url: 'https://example.org/x' },
        ],
        log: [{ date: '2026-03-02', note: 'Reviewed', kind: 'revision', evidence: 'ftp://example.org/file' }],
      },
      expected: [
        ['log[0].kind', '"revision" is not a kind of session', 'Use one of study, review; leave it out for a study session.'],
        ['log[0].evidence', '"ftp://example.org/file" is not an http(s) URL', 'Write a full address starting with https://.'],
        ['evidence[0].url', '"javascript:alert(1)" is not an http(s) URL', 'Write a full address starting with https://.'],
        ['evidence[1].kind', '"repository" is not an evidence kind', 'Use one of repo, notebook, demo, post, certificate, other.'],
        ['evidence[2].title', 'is required', 'Add a line such as `title: Training pipeline on Kubeflow`.'],
      ],
    },
    {
      name: 'requires a title, a summary and a phase, each with an example line',
      frontmatter: {},
      expected: [
        ['title', 'is required', 'Add a line such as `title: Advanced Kubernetes`.'],
        ['summary', 'is required', 'Add a line such as `summary: Scheduling, GPUs, operators and autoscaling.`.'],
        ['phase', 'is required', 'Add a line such as `phase: foundations`.'],
      ],
    },
    {
      name: 'rejects a summary longer than 200 characters, saying how long it is',
      frontmatter: { ...minimal, summary: 'x'.repeat(201) },
      expected: [['summary', 'is 201 characters long, more than 200', 'Shorten it to one or two sentences of at most 200 characters.']],
    },
    {
      name: 'rejects a status that does not exist and lists the allowed ones',
      frontmatter: { ...minimal, status: 'finished' },
      expected: [['status', '"finished" is not a status', 'Use one of planned, in-progress, done.']],
    },
    {
      name: 'rejects an order that is not a number',
      frontmatter: { ...minimal, order: 'two' },
      expected: [['order', 'must be a number, got "two"', 'Write a number, e.g. `order: 2`.']],
    },
    {
      name: 'rejects dates that do not exist or are not in the form YYYY-MM-DD',
      frontmatter: { ...minimal, started: '2026-13-01', completed: '2026-02-30', target: '2026-3-1' },
      expected: [
        ['started', '"2026-13-01" has no month 13', 'Write a real calendar date as YYYY-MM-DD, e.g. 2026-03-01.'],
        [
          'completed',
          '"2026-02-30" does not exist: February 2026 has 28 days',
          'Write a real calendar date as YYYY-MM-DD, e.g. 2026-03-01.',
        ],
        ['target', '"2026-3-1" is not a date in the form YYYY-MM-DD', 'Write a real calendar date as YYYY-MM-DD, e.g. 2026-03-01.'],
      ],
    },
    {
      name: 'names the log entry whose note is missing',
      frontmatter: { ...minimal, log: [{ date: '2026-03-01', note: 'a' }, { date: '2026-03-02' }] },
      expected: [['log[1].note', 'is required', 'Add a line such as `note: Read the KServe docs on canary rollouts`.']],
    },
    {
      name: 'rejects prerequisites, related notes and aliases that are not slugs',
      frontmatter: { ...minimal, prerequisites: ['Kubernetes'], related: ['azure ml'], aliases: ['old_name'] },
      expected: [
        ['prerequisites[0]', '"Kubernetes" is not a valid slug', 'Use lowercase letters, digits and single hyphens, e.g. kubernetes-core.'],
        ['related[0]', '"azure ml" is not a valid slug', 'Use lowercase letters, digits and single hyphens, e.g. kubernetes-core.'],
        ['aliases[0]', '"old_name" is not a valid slug', 'Use lowercase letters, digits and single hyphens, e.g. kubernetes-core.'],
      ],
    },
    {
      name: 'asks for a list when prerequisites is a single slug',
      frontmatter: { ...minimal, prerequisites: 'docker' },
      expected: [['prerequisites', 'must be a list, got "docker"', 'Write it as a YAML list, e.g. `prerequisites: [kubernetes-core]`.']],
    },
    {
      name: 'rejects a tag with capitals',
      frontmatter: { ...minimal, tags: ['mlops', 'Kubernetes'] },
      expected: [['tags[1]', '"Kubernetes" is not a valid tag', 'Use lowercase letters, digits and hyphens, e.g. feature-store.']],
    },
    {
      name: 'rejects a tag that is not text',
      frontmatter: { ...minimal, tags: [7] },
      expected: [['tags[0]', 'must be text', 'Write tags as lowercase words, e.g. `tags: [kubernetes, gpus]`.']],
    },
    {
      name: 'rejects a resource URL with the javascript: scheme',
      frontmatter: { ...minimal, resources: [{ title: 'Trap', url: 'javascript:alert(1)' }] },
      expected: [['resources[0].url', '"javascript:alert(1)" is not an http(s) URL', 'Write a full address starting with https://.']],
    },
    {
      name: 'rejects a resource kind that does not exist and lists the allowed ones',
      frontmatter: { ...minimal, resources: [{ title: 'Docs', url: 'https://a.org', kind: 'blog' }] },
      expected: [['resources[0].kind', '"blog" is not a resource kind', 'Use one of course, paper, book, docs, video, article, talk.']],
    },
    {
      name: 'rejects a resource without a title, or written as a bare URL',
      frontmatter: { ...minimal, resources: [{ url: 'https://a.org' }, 'https://b.org'] },
      expected: [
        ['resources[0].title', 'is required', 'Add a line such as `title: Kubernetes documentation`.'],
        [
          'resources[1]',
          'must be a mapping with title and url',
          'Write e.g. `- { title: KServe docs, url: https://kserve.github.io/website/ }`.',
        ],
      ],
    },
    {
      name: 'rejects a draft flag that is not true or false',
      frontmatter: { ...minimal, draft: 'yes' },
      expected: [['draft', 'must be true or false, got "yes"', 'Write `draft: true` or remove the line.']],
    },
  ];
  for (const { name, frontmatter, expected } of cases) {
    it(name, () => {
      expect(problemsOf(frontmatter)).toEqual(expected);
    });
  }

  it('fills in the defaults of a minimal note', () => {
    expect(noteFrontmatterSchema.parse(minimal)).toEqual({ ...minimal, ...frontmatterDefaults() });
  });

  it('keeps every field of a complete note', () => {
    const full = {
      ...minimal,
      status: 'done',
      difficulty: 'advanced',
      order: 2,
      started: '2026-03-01',
      completed: '2026-03-10',
      target: '2026-03-15',
      log: [
        { date: '2026-03-02', note: 'Ran the first pipeline', hours: 1.5, evidence: 'https://example.org/jane/pipeline/commit/1' },
        { date: '2026-03-12', note: 'Answered the self-checks', kind: 'review' },
      ],
      prerequisites: ['kubernetes-core'],
      related: ['azure-ml'],
      tags: ['pipelines', 'k8s'],
      resources: [{ title: 'Kubeflow docs', url: 'https://www.kubeflow.org/docs/', kind: 'docs' }],
      evidence: [
        { title: 'Pipeline repo', url: 'https://example.org/jane/pipeline', kind: 'repo' },
        { title: 'Write-up', url: 'https://example.org/post' },
      ],
      aliases: ['kubeflow-basics'],
      draft: true,
    };
    expect(noteFrontmatterSchema.parse(full)).toEqual(full);
  });

  it('lists every field it knows', () => {
    expect(NOTE_FIELDS).toEqual([
      'title',
      'summary',
      'phase',
      'status',
      'order',
      'started',
      'completed',
      'target',
      'log',
      'estimate',
      'difficulty',
      'prerequisites',
      'related',
      'tags',
      'resources',
      'evidence',
      'aliases',
      'draft',
    ]);
    expect(NOTE_STATUSES).toEqual(['planned', 'in-progress', 'done']);
    expect(RESOURCE_KINDS).toEqual(['course', 'paper', 'book', 'docs', 'video', 'article', 'talk']);
    expect(EVIDENCE_KINDS).toEqual(['repo', 'notebook', 'demo', 'post', 'certificate', 'other']);
    expect(DIFFICULTIES).toEqual(['beginner', 'intermediate', 'advanced']);
  });

  it('gives the defaults of every field that has one, for a note whose frontmatter does not validate', () => {
    const { title, summary, phase, ...defaults } = noteFrontmatterSchema.parse(minimal);
    expect(frontmatterDefaults()).toEqual(defaults);
  });

  it('rejects a title that is not text or is blank', () => {
    expect(problemsOf({ ...minimal, title: 42 })).toEqual([
      ['title', 'must be text, got 42', 'Write it as text, e.g. `title: Advanced Kubernetes`.'],
    ]);
    expect(problemsOf({ ...minimal, title: null })).toEqual([
      ['title', 'must be text, got empty', 'Write it as text, e.g. `title: Advanced Kubernetes`.'],
    ]);
    expect(problemsOf({ ...minimal, title: '  ' })).toEqual([
      ['title', 'is empty', 'Write it as text, e.g. `title: Advanced Kubernetes`.'],
    ]);
  });

  it('accepts a summary of exactly 200 characters, after trimming', () => {
    expect(problemsOf({ ...minimal, summary: 'x'.repeat(200) })).toEqual([]);
    expect(problemsOf({ ...minimal, summary: ` ${'x'.repeat(200)} ` })).toEqual([]);
  });

  it('rejects a log that is not a list of mappings', () => {
    expect(problemsOf({ ...minimal, log: 'read the docs' })).toEqual([
      ['log', 'must be a list, got "read the docs"', 'Write it as a YAML list, e.g. `- { date: 2026-03-01, note: Read the paper }`.'],
    ]);
    expect(problemsOf({ ...minimal, log: ['read the docs'] })).toEqual([
      ['log[0]', 'must be a mapping with date and note', 'Write e.g. `- { date: 2026-03-01, note: Read the paper }`.'],
    ]);
  });

  it('rejects zero, negative and more than 24 hours in a log entry', () => {
    const withHours = (hours: unknown) => ({ ...minimal, log: [{ date: '2026-03-01', note: 'a', hours }] });
    expect(problemsOf(withHours(0))).toEqual([['log[0].hours', 'must be more than 0', 'Write the hours spent, e.g. `hours: 1.5`.']]);
    expect(problemsOf(withHours(-1))).toEqual([['log[0].hours', 'must be more than 0', 'Write the hours spent, e.g. `hours: 1.5`.']]);
    expect(problemsOf(withHours(25))).toEqual([
      ['log[0].hours', 'is more than 24 hours in one day', 'Split the session over several log entries.'],
    ]);
    expect(problemsOf(withHours('2'))).toEqual([
      ['log[0].hours', 'must be a number of hours, got "2"', 'Write it as a number, e.g. `hours: 1.5`.'],
    ]);
    expect(problemsOf(withHours(24))).toEqual([]);
  });

  it('reports every problem of a note at once', () => {
    expect(problemsOf({ title: 'Kubeflow', phase: 'platforms', status: 'started', tags: ['ML'] }).map(([field]) => field)).toEqual([
      'summary',
      'status',
      'tags[0]',
    ]);
  });

  it('takes an estimate in hours, more than 0', () => {
    expect(noteFrontmatterSchema.parse({ title: 'T', summary: 'S', phase: 'p', estimate: 7.5 }).estimate).toBe(7.5);
    const problems = (estimate: unknown) =>
      noteFrontmatterSchema
        .safeParse({ title: 'T', summary: 'S', phase: 'p', estimate })
        .error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(problems(0)).toEqual([
      ['estimate', 'must be more than 0\nWrite the hours the topic should take, e.g. `estimate: 6`, or remove the line.'],
    ]);
    expect(problems('six')).toEqual([
      ['estimate', 'must be a number of hours, got "six"\nWrite the hours the topic should take as a number, e.g. `estimate: 6`.'],
    ]);
  });

  it('takes an optional difficulty and lists the allowed ones for any other', () => {
    expect(noteFrontmatterSchema.parse(minimal).difficulty).toBeUndefined();
    expect(noteFrontmatterSchema.parse({ ...minimal, difficulty: 'beginner' }).difficulty).toBe('beginner');
    expect(problemsOf({ ...minimal, difficulty: 'hard' })).toEqual([
      ['difficulty', '"hard" is not a difficulty', 'Use one of beginner, intermediate, advanced.'],
    ]);
  });
});
