/**
 * The frontmatter of a note: one MDX file per roadmap topic.
 * Rules that involve several fields (status and dates) or other notes live in `src/lib/note-rules.ts` and
 * `src/lib/site-check.ts`; this schema checks each field on its own.
 */
import { z } from 'zod';
import { calendarDate, count, httpUrl, kindOf, list, problem, slug, SLUG_PATTERN, text } from './fields.ts';

export const NOTE_STATUSES = ['planned', 'in-progress', 'done'] as const;
export type NoteStatus = (typeof NOTE_STATUSES)[number];

export const RESOURCE_KINDS = ['course', 'paper', 'book', 'docs', 'video', 'article', 'talk'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const EVIDENCE_KINDS = ['repo', 'notebook', 'demo', 'post', 'certificate', 'other'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const LOG_KINDS = ['study', 'review'] as const;
export type LogKind = (typeof LOG_KINDS)[number];

/** A study session. */
export const logEntrySchema = z.object(
  {
    /** The day of the session. */
    date: calendarDate,
    /** What was studied, in a sentence. */
    note: text('note', 'Read the KServe docs on canary rollouts'),
    /** Hours spent, for the study chart. */
    hours: count('hours', 'Write it as a number, e.g. `hours: 1.5`.')
      .positive({ error: problem('must be more than 0', 'Write the hours spent, e.g. `hours: 1.5`.') })
      .max(24, { error: problem('is more than 24 hours in one day', 'Split the session over several log entries.') })
      .optional(),
    /** A study session (the default) or a spaced review of a finished topic. */
    kind: kindOf(LOG_KINDS, 'a kind of session', `Use one of ${LOG_KINDS.join(', ')}; leave it out for a study session.`).optional(),
    /** A link to what the session produced: a commit, a notebook, a post. */
    evidence: httpUrl.optional(),
  },
  { error: problem('must be a mapping with date and note', 'Write e.g. `- { date: 2026-03-01, note: Read the paper }`.') },
);

/** A titled link with an optional kind from `kinds`, shown as a label: the shape of resources and of evidence. */
function titledLink<const K extends readonly [string, ...string[]]>(kinds: K, thing: string, titleExample: string, example: string) {
  return z.object(
    { title: text('title', titleExample), url: httpUrl, kind: kindOf(kinds, thing).optional() },
    { error: problem('must be a mapping with title and url', `Write e.g. \`- ${example}\`.`) },
  );
}

/** A book, paper, course or page worth studying; its kind (book, paper, docs…) is shown as a label. */
export const resourceSchema = titledLink(
  RESOURCE_KINDS,
  'a resource kind',
  'Kubernetes documentation',
  '{ title: KServe docs, url: https://kserve.github.io/website/ }',
);

/** Something the learner built or published while studying the topic; its kind (repo, post…) is shown as a label. */
export const evidenceSchema = titledLink(
  EVIDENCE_KINDS,
  'an evidence kind',
  'Training pipeline on Kubeflow',
  '{ title: My pipeline repo, url: https://example.org/me/pipeline, kind: repo }',
);

// Lowercase words joined by hyphens, like slugs: `feature-store`.
const tag = z
  .string({ error: problem('must be text', 'Write tags as lowercase words, e.g. `tags: [kubernetes, gpus]`.') })
  .regex(SLUG_PATTERN, {
    error: (issue) =>
      problem(`"${String(issue.input)}" is not a valid tag`, 'Use lowercase letters, digits and hyphens, e.g. feature-store.'),
  });

// Each field's description is also its documentation in the generated JSON Schema (public/schemas/).
export const noteFrontmatterSchema = z.object(
  {
    title: text('title', 'Advanced Kubernetes').describe("The topic's name, shown as the page heading."),
    summary: text('summary', 'Scheduling, GPUs, operators and autoscaling.')
      .pipe(
        z.string().max(200, {
          error: (issue) =>
            problem(
              `is ${String((issue.input as string).length)} characters long, more than 200`,
              'Shorten it to one or two sentences of at most 200 characters.',
            ),
        }),
      )
      .describe('One or two sentences for lists and link previews.'),
    phase: text('phase', 'foundations').describe('The `id` of a phase in roadmap.yaml.'),
    status: kindOf(NOTE_STATUSES, 'a status').default('planned').describe('Where the author is with this topic.'),
    order: z
      .number({ error: (issue) => problem(`must be a number, got ${JSON.stringify(issue.input)}`, 'Write a number, e.g. `order: 2`.') })
      .optional()
      .describe('Position within its phase; notes without one come after, by title.'),
    started: calendarDate.optional().describe('The day study began.'),
    completed: calendarDate.optional().describe('The day the topic was finished.'),
    target: calendarDate.optional().describe('The planned finish.'),
    log: list(logEntrySchema, '`- { date: 2026-03-01, note: Read the paper }`').describe('Study sessions.'),
    estimate: count('hours', 'Write the hours the topic should take as a number, e.g. `estimate: 6`.')
      .positive({ error: problem('must be more than 0', 'Write the hours the topic should take, e.g. `estimate: 6`, or remove the line.') })
      .optional()
      .describe('Hours the topic is expected to take; the study plan is scheduled from it (6 when missing).'),
    difficulty: z
      .enum(DIFFICULTIES, {
        error: (issue) => problem(`"${String(issue.input)}" is not a difficulty`, `Use one of ${DIFFICULTIES.join(', ')}.`),
      })
      .optional()
      .describe('How demanding the topic is: beginner, intermediate or advanced; shown with the facts on its page.'),
    prerequisites: list(slug, '`prerequisites: [kubernetes-core]`').describe('Slugs of notes to study first.'),
    related: list(slug, '`related: [kserve]`').describe('Slugs of notes worth reading alongside.'),
    tags: list(tag, '`tags: [kubernetes, gpus]`').describe('Lowercase topic labels.'),
    resources: list(resourceSchema, '`- { title: KServe docs, url: https://kserve.github.io/website/ }`').describe(
      'Books, papers, courses and docs.',
    ),
    evidence: list(evidenceSchema, '`- { title: My pipeline repo, url: https://example.org/me/pipeline, kind: repo }`').describe(
      'What you built or published for this topic: repositories, notebooks, demos, posts, certificates.',
    ),
    aliases: list(slug, '`aliases: [old-name]`').describe('Former slugs of this note; each keeps working as a redirect.'),
    draft: z
      .boolean({
        error: (issue) => problem(`must be true or false, got ${JSON.stringify(issue.input)}`, 'Write `draft: true` or remove the line.'),
      })
      .default(false)
      .describe('A draft appears nowhere in a production build.'),
  },
  { error: problem('the frontmatter must be a mapping of fields', 'Write one `field: value` per line, starting with `title:`.') },
);

export type NoteFrontmatter = z.output<typeof noteFrontmatterSchema>;
export type LogEntry = z.output<typeof logEntrySchema>;
export type Resource = z.output<typeof resourceSchema>;
export type Evidence = z.output<typeof evidenceSchema>;

// Made once: zod compiles a schema on its first parse, and the check asks for the defaults of every note.
const defaultsSchema = noteFrontmatterSchema.omit({ title: true, summary: true, phase: true });

/**
 * The fields a note without valid frontmatter still gets: each one's default (an empty list, `planned`, not a draft);
 * the required fields have none.
 */
export function frontmatterDefaults(): Omit<NoteFrontmatter, 'title' | 'summary' | 'phase'> {
  return defaultsSchema.parse({});
}

/** Every field a note may have; anything else is reported as unknown. */
export const NOTE_FIELDS: readonly string[] = Object.keys(noteFrontmatterSchema.shape);
