/** The text of a new note, as `npm run new` writes it: valid frontmatter, with every optional field shown. */
import type { CalendarDate } from './calendar-date.ts';
import { SLUG_PATTERN } from '../schemas/fields.ts';

/** `kubernetes-advanced` → `Kubernetes advanced`. */
export function titleFromSlug(slug: string): string {
  const words = slug.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Why `slug` cannot be a new note's slug, or undefined. */
export function newSlugProblem(slug: string, existing: ReadonlyMap<string, string>): string | undefined {
  if (!SLUG_PATTERN.test(slug)) {
    return `"${slug}" is not a valid slug: use lowercase letters, digits and single hyphens, e.g. kubernetes-advanced.`;
  }
  const file = existing.get(slug);
  if (file) return `A note with the slug "${slug}" already exists: ${file}. Pick another slug, or edit that note.`;
  return undefined;
}

/** Quotes a YAML scalar only when it needs it. */
function yamlString(value: string): string {
  return /^[\w][\w .,()/'’-]*$/.test(value) && !/^(true|false|yes|no|null|~)$/i.test(value) && !/^\d/.test(value)
    ? value
    : JSON.stringify(value);
}

export function noteTemplate({ title, phase, today }: { title: string; phase: string; today: CalendarDate }): string {
  return `---
title: ${yamlString(title)}
summary: One or two sentences on what this topic is and why it matters.
phase: ${phase}
status: planned            # planned | in-progress (needs started) | done (needs completed)
# order: 1                 # position within the phase
# started: ${today}
# completed: ${today}
# target: ${today}          # planned finish
# estimate: 6              # hours it should take; npm run plan schedules from it
prerequisites: []          # e.g. [kubernetes-core]
related: []                # e.g. [kserve]
tags: []                   # e.g. [kubernetes, gpus]
resources: []
#  - title: Official documentation
#    url: https://example.com/docs/
#    kind: docs            # course, paper, book, docs, video, article or talk
log: []
#  - date: ${today}
#    note: What I studied in this session.
#    hours: 1.5
# aliases: []              # former slugs of this note
# draft: true              # keeps the note out of the built site
---

## Why it matters

Write what this topic is for, in your own words.

## Key ideas

- Link other notes with \`[[slug]]\` or \`[[slug#heading-id|a label]]\`.

## What I learned
`;
}
