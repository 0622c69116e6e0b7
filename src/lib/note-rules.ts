/** Rules that look at several fields of one note at once: status against dates, dates against each other. */
import type { NoteFrontmatter } from '../schemas/note.ts';
import type { CalendarDate } from './calendar-date.ts';
import type { Diagnostic } from './diagnostics.ts';
import { fieldName } from './zod-diagnostics.ts';

const EARLIEST_PLAUSIBLE = '1990-01-01';
// A plan more than five years out is almost always a typo in the year.
const YEARS_AHEAD_PLAUSIBLE = 5;

/** Dates that must not come before the started date: completing too early is wrong, a target too early is likely a typo. */
const DATES_AFTER_STARTED = [
  {
    field: 'completed',
    severity: 'error',
    hint: 'Fix one of the two dates: a topic is completed on or after the day it is started.',
  },
  {
    field: 'target',
    severity: 'warning',
    hint: 'Move the target to a day after you started, or fix the started date.',
  },
] as const;

export function checkNoteRules(
  data: NoteFrontmatter,
  file: string,
  lineOf: (path: readonly (string | number)[]) => number,
  today: CalendarDate,
): Diagnostic[] {
  const found: Diagnostic[] = [];
  const report = (severity: Diagnostic['severity'], path: (string | number)[], code: string, message: string, hint: string) =>
    found.push({
      severity,
      file,
      line: lineOf(path),
      field: fieldName(path),
      code,
      message,
      hint,
    });

  if (data.status === 'in-progress' && !data.started) {
    report(
      'error',
      ['status'],
      'missing-started',
      'is "in-progress" but the note has no started date',
      'Add `started: YYYY-MM-DD` with the day you began.',
    );
  }
  if (data.status === 'done' && !data.completed) {
    report(
      'error',
      ['status'],
      'missing-completed',
      'is "done" but the note has no completed date',
      'Add `completed: YYYY-MM-DD` with the day you finished.',
    );
  }
  for (const rule of DATES_AFTER_STARTED) {
    const date = data[rule.field];
    if (data.started && date && date < data.started) {
      report(rule.severity, [rule.field], `${rule.field}-before-started`, `${date} is before started (${data.started})`, rule.hint);
    }
  }
  if (data.completed && data.status !== 'done') {
    report(
      'warning',
      ['completed'],
      'completed-not-done',
      `the note has a completed date but its status is "${data.status}"`,
      'Set `status: done`, or remove the completed date.',
    );
  }

  data.log.forEach((entry, i) => {
    if (entry.kind === 'review') {
      // A review comes after completion by design; one before it is probably a study session or a wrong date.
      if (data.completed && entry.date < data.completed) {
        report(
          'warning',
          ['log', i, 'kind'],
          'review-before-completed',
          `a review on ${entry.date} is before completed (${data.completed}) and does not count`,
          'Reviews are counted from the completed date: check the date, or remove `kind: review` to log a study session.',
        );
      } else if (!data.completed) {
        report(
          'warning',
          ['log', i, 'kind'],
          'review-not-done',
          'a review is logged but the note has no completed date, so it has no review schedule',
          'Set `status: done` and `completed:`, or remove `kind: review` to log a study session.',
        );
      }
      return;
    }
    const outside =
      data.completed && entry.date > data.completed
        ? { code: 'log-after-completed', relation: 'after completed', bound: data.completed, move: 'completed date to the last' }
        : undefined;
    const before =
      data.started && entry.date < data.started
        ? { code: 'log-before-started', relation: 'before started', bound: data.started, move: 'started date to the first' }
        : undefined;
    for (const found of [outside, before]) {
      if (found) {
        report(
          'warning',
          ['log', i, 'date'],
          found.code,
          `${entry.date} is ${found.relation} (${found.bound})`,
          `Check the date, or move the ${found.move} session.`,
        );
      }
    }
  });

  // A slug listed twice is a slip (often a merge of two edits); say where the first one is.
  for (const field of ['prerequisites', 'related', 'aliases', 'tags'] as const) {
    const first = new Map<string, number>();
    data[field].forEach((value, i) => {
      const earlier = first.get(value);
      if (earlier === undefined) first.set(value, i);
      else
        report(
          'warning',
          [field, i],
          'duplicate-entry',
          `"${value}" is listed twice (also ${field}[${earlier}])`,
          `Remove the second "${value}".`,
        );
    });
  }
  const urls = new Map<string, number>();
  data.resources.forEach((resource, i) => {
    const earlier = urls.get(resource.url);
    if (earlier === undefined) urls.set(resource.url, i);
    else
      report(
        'warning',
        ['resources', i, 'url'],
        'duplicate-entry',
        `${resource.url} is listed twice (also resources[${earlier}])`,
        'Remove one of the two resources.',
      );
  });

  // Same day, five years on (string arithmetic: 2026-06-01 → 2031-06-01).
  const latestPlausible = `${String(Number(today.slice(0, 4)) + YEARS_AHEAD_PLAUSIBLE).padStart(4, '0')}${today.slice(4)}`;
  const dated: [(string | number)[], CalendarDate | undefined][] = [
    [['started'], data.started],
    [['completed'], data.completed],
    [['target'], data.target],
    ...data.log.map((entry, i): [(string | number)[], CalendarDate] => [['log', i, 'date'], entry.date]),
  ];
  for (const [path, date] of dated) {
    if (date === undefined) continue;
    if (date < EARLIEST_PLAUSIBLE) {
      report('warning', path, 'date-too-early', `${date} is before 1990`, 'Check the year.');
    } else if (date > latestPlausible) {
      report('warning', path, 'date-too-late', `${date} is more than ${YEARS_AHEAD_PLAUSIBLE} years from today`, 'Check the year.');
    }
    if (path[0] !== 'target' && path[0] !== 'log' && date > today && data.status === 'done') {
      report('warning', path, 'date-in-future', `${date} is in the future but the note is done`, 'Check the date.');
    }
  }
  return found;
}
