/** `content/roadmap.yaml`: the site's title and the phases of the roadmap, in order. */
import { z } from 'zod';
import { DEFAULT_INTERVALS } from '../lib/review.ts';
import { calendarDate, count, httpUrl, problem, SLUG_PATTERN, text } from './fields.ts';

// An absolute http(s) address with no query or fragment: what canonical links and share images are built from.
const siteUrl = httpUrl.superRefine((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return; // httpUrl has said so already
  }
  if (url.search || url.hash || url.username || url.password) {
    ctx.addIssue({
      code: 'custom',
      message: problem(
        `"${value}" must be the site's address alone`,
        `Remove the query, fragment or login, e.g. \`url: ${url.origin}${url.pathname}\`.`,
      ),
    });
  }
});

/** How the study plan was made; `npm run plan` starts from it. */
export const planSchema = z.object(
  {
    /** The first day of the plan. */
    start: calendarDate,
    /** Hours of study per week. */
    hoursPerWeek: count('hours', 'Write it as a number, e.g. `hoursPerWeek: 6`.')
      .positive({ error: problem('must be more than 0', 'Write the hours you study per week, e.g. `hoursPerWeek: 6`.') })
      .max(168, { error: problem('is more than the 168 hours of a week', 'Write the hours you study per week, e.g. `hoursPerWeek: 6`.') }),
  },
  { error: problem('must be a mapping with start and hoursPerWeek', 'Write e.g. `plan: { start: 2027-01-04, hoursPerWeek: 6 }`.') },
);

export const phaseSchema = z.object(
  {
    /** What notes write in `phase:`. */
    id: text('id', 'foundations').pipe(
      z.string().regex(SLUG_PATTERN, {
        error: (issue) =>
          problem(`"${String(issue.input)}" is not a valid phase id`, 'Use lowercase letters, digits and hyphens, e.g. foundations.'),
      }),
    ),
    title: text('title', 'Foundations'),
    /** One line under the phase heading. */
    summary: z.string({ error: problem('must be text', 'Write one line, or remove the field.') }).optional(),
  },
  { error: problem('must be a mapping with id and title', 'Write e.g. `- { id: foundations, title: Foundations }`.') },
);

export const reviewSchema = z.object(
  {
    /** Days until each review: the first counted from `completed`, each next one from the review before; the last repeats. */
    intervals: z
      .array(
        count('days', 'Write whole days, e.g. `intervals: [3, 10, 30, 90]`.')
          .int({ error: problem('must be a whole number of days', 'Write whole days, e.g. `intervals: [3, 10, 30, 90]`.') })
          .positive({ error: problem('must be at least 1 day', 'Write whole days, e.g. `intervals: [3, 10, 30, 90]`.') }),
        { error: problem('must be a list of days', 'Write e.g. `intervals: [3, 10, 30, 90]`.') },
      )
      .min(1, { error: problem('is empty', 'List at least one interval, e.g. `intervals: [3, 10, 30, 90]`, or remove `review:`.') })
      .default([...DEFAULT_INTERVALS]),
  },
  { error: problem('must be a mapping with intervals', 'Write e.g. `review: { intervals: [3, 10, 30, 90] }`.') },
);

export const roadmapSchema = z.object(
  {
    /** The site title, in the header and in link previews. */
    title: text('title', 'MLOps Study Notes'),
    /** One line on the home page and in link previews. */
    description: text('description', 'My MLOps learning roadmap, in public.'),
    /** Who writes the notes. */
    author: z.string({ error: problem('must be text', 'Write a name, or remove the field.') }).optional(),
    /** The source repository (its web address): every topic page links "Edit this page" to the note's file there. */
    repo: httpUrl.optional(),
    /** The branch that "Edit this page" links open, when it is not `main`. */
    editBranch: text('editBranch', 'main')
      .pipe(
        z.string().regex(/^[^\s~^:?*[\\]+$/, {
          error: problem('is not a branch name', 'Write the branch as it is named in the repository, e.g. `editBranch: main`.'),
        }),
      )
      .default('main'),
    /** The published address: an http(s) origin, with the base path when the site lives under one. */
    url: siteUrl.optional().describe('The published address, e.g. https://jane.github.io/mlops-notes; SITE_URL and BASE_PATH override it.'),
    /** The study plan's parameters, written by `npm run init` and `npm run plan`, read by the forecast. */
    plan: planSchema
      .optional()
      .describe('How the study plan was made: its first day and hours per week (written by npm run init and npm run plan).'),
    /** The day a demo roadmap describes: "today" for the build when `STUDY_NOTES_TODAY` is not set. */
    asOf: calendarDate.optional().describe('The day a demo roadmap describes, used as today when STUDY_NOTES_TODAY is not set.'),
    /** Only on the shipped starter roadmap: `npm run init` replaces a roadmap that has it. */
    starter: z
      .boolean({
        error: (issue) =>
          problem(`must be true or false, got ${JSON.stringify(issue.input)}`, 'Write `starter: true`, or remove the line.'),
      })
      .optional()
      .describe('Only on the shipped starter roadmap; npm run init removes it.'),
    /** Spaced review of finished topics: days between reviews. */
    review: reviewSchema.optional(),
    /** Phases in roadmap order. */
    phases: z
      .array(phaseSchema, { error: problem('must be a list of phases', 'Write e.g. `phases: [{ id: foundations, title: Foundations }]`.') })
      .min(1, { error: problem('is empty', 'Add at least one phase with an id and a title.') }),
  },
  { error: problem('must be a mapping', 'Start the file with `title:`, `description:` and `phases:`.') },
);

export type Roadmap = z.output<typeof roadmapSchema>;
export type Phase = z.output<typeof phaseSchema>;
export const ROADMAP_FIELDS: readonly string[] = Object.keys(roadmapSchema.shape);
