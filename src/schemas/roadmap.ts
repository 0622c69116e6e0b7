/** `content/roadmap.yaml`: the site's title and the phases of the roadmap, in order. */
import { z } from 'zod';
import { httpUrl, problem, SLUG_PATTERN, text } from './fields.ts';

export const phaseSchema = z.object(
  {
    /** What notes write in `phase:`. */
    id: text('id', 'foundations').pipe(
      z.string().regex(SLUG_PATTERN, {
        error: (issue) => problem(`"${String(issue.input)}" is not a valid phase id`, 'Use lowercase letters, digits and hyphens, e.g. foundations.'),
      }),
    ),
    title: text('title', 'Foundations'),
    /** One line under the phase heading. */
    summary: z.string({ error: problem('must be text', 'Write one line, or remove the field.') }).optional(),
  },
  { error: problem('must be a mapping with id and title', 'Write e.g. `- { id: foundations, title: Foundations }`.') },
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
      .pipe(z.string().regex(/^[^\s~^:?*[\\]+$/, { error: problem('is not a branch name', 'Write the branch as it is named in the repository, e.g. `editBranch: main`.') }))
      .default('main'),
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
