/**
 * Field types shared by the note and roadmap schemas.
 *
 * Every zod message is written for the author: what is wrong, a newline, then how to fix it.
 * `zodIssuesToDiagnostics` splits the two parts.
 */
import { z } from 'zod';
import { calendarDateProblem } from '../lib/calendar-date.ts';

/** Joins a problem and its fix into one zod message. */
export function problem(what: string, fix: string): string {
  return `${what}\n${fix}`;
}

const describe = (value: unknown): string =>
  value === null ? 'empty' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a mapping' : JSON.stringify(value);

// Lowercase letters and digits in words joined by single hyphens: `kubernetes-advanced`.
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A note slug: the file name of a note without `.mdx`. */
export const slug = z
  .string({
    error: (issue) => problem(`must be a note slug, got ${describe(issue.input)}`, 'Write the slug as plain text, e.g. kubernetes-core.'),
  })
  .regex(SLUG_PATTERN, {
    error: (issue) =>
      problem(`"${String(issue.input)}" is not a valid slug`, 'Use lowercase letters, digits and single hyphens, e.g. kubernetes-core.'),
  });

/** Required, non-empty text. */
export const text = (field: string, example: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? problem('is required', `Add a line such as \`${field}: ${example}\`.`)
          : problem(`must be text, got ${describe(issue.input)}`, `Write it as text, e.g. \`${field}: ${example}\`.`),
    })
    .trim()
    .min(1, { error: problem('is empty', `Write it as text, e.g. \`${field}: ${example}\`.`) });

/** A calendar date `YYYY-MM-DD`, kept as a string so no time zone can shift it. */
export const calendarDate = z
  .string({
    error: (issue) => problem(`must be a date in the form YYYY-MM-DD, got ${describe(issue.input)}`, 'Write it as e.g. 2026-03-01.'),
  })
  .superRefine((value, ctx) => {
    const why = calendarDateProblem(value);
    if (why) ctx.addIssue({ code: 'custom', message: problem(why, 'Write a real calendar date as YYYY-MM-DD, e.g. 2026-03-01.') });
  })
  .meta({ format: 'date' });

/** A number of `unit`s (`hours`, `days`): the message quotes what was written instead. */
export const count = (unit: string, fix: string) =>
  z.number({ error: (issue) => problem(`must be a number of ${unit}, got ${JSON.stringify(issue.input)}`, fix) });

/** One of a fixed set of kinds (`thing` names the set in the message: "a resource kind"); the fix lists them. */
export const kindOf = <const T extends readonly [string, ...string[]]>(kinds: T, thing: string, fix = `Use one of ${kinds.join(', ')}.`) =>
  z.enum(kinds, { error: (issue) => problem(`"${String(issue.input)}" is not ${thing}`, fix) });

/** A list of items; a missing list means an empty one. */
export const list = <T extends z.ZodType>(item: T, example: string) =>
  z
    .array(item, {
      error: (issue) => problem(`must be a list, got ${describe(issue.input)}`, `Write it as a YAML list, e.g. ${example}.`),
    })
    .default([]);

/** An absolute http(s) URL; other schemes (javascript:, data:, file:) are never accepted. */
export const httpUrl = z
  .string({ error: (issue) => problem(`must be a URL, got ${describe(issue.input)}`, 'Write a full address starting with https://.') })
  .superRefine((value, ctx) => {
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      ctx.addIssue({
        code: 'custom',
        message: problem(`"${value}" is not an http(s) URL`, 'Write a full address starting with https://.'),
      });
    }
  })
  .meta({ format: 'uri', pattern: '^https?://' });
