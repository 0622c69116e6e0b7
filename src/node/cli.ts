/** Small helpers shared by the commands that change content (`init`, `plan`): failing, prompting, flag values. */
import { createInterface, type Interface } from 'node:readline/promises';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { calendarDateProblem } from '../lib/calendar-date.ts';

/** Prints the message to stderr and exits with code 1. */
export function fail(message: string): never {
  process.stderr.write(`${message.replace(/\n*$/, '\n')}`);
  process.exit(1);
}

/** Whether a command may ask questions: a terminal on both ends, and not CI. */
export function inTerminal(): boolean {
  return Boolean(process.stdin.isTTY && process.stdout.isTTY && !process.env['CI']);
}

/** Asks questions with their default shown as `[default]`; an empty answer takes it. */
export function questioner(): { ask(question: string, fallback?: string): Promise<string>; close(): void } {
  const rl: Interface = createInterface({ input: process.stdin, output: process.stdout });
  return {
    async ask(question, fallback) {
      let answer: string;
      try {
        answer = (await rl.question(fallback ? `${question} [${fallback}]: ` : `${question}: `)).trim();
      } catch {
        // Ctrl+D or Ctrl+C at a question: stop before anything is written.
        rl.close();
        return fail('\nStopped: nothing was changed.');
      }
      return answer || fallback || '';
    },
    close: () => rl.close(),
  };
}

/** Why a `--hours-per-week` value is wrong, or undefined. */
export function hoursPerWeekProblem(raw: string): string | undefined {
  const hours = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(hours))
    return `--hours-per-week: "${raw}" is not a number. Write the hours you study per week, e.g. --hours-per-week 6.`;
  if (hours <= 0 || hours > 168)
    return `--hours-per-week: ${raw} is not between 0 and the 168 hours of a week. Write the hours you study per week, e.g. --hours-per-week 6.`;
  return undefined;
}

/** Why a date flag's value is wrong, or undefined. */
export function dateFlagProblem(flag: string, raw: string): string | undefined {
  const why = calendarDateProblem(raw);
  return why ? `${flag}: ${why}. Write a calendar date as YYYY-MM-DD, e.g. ${flag} 2027-01-04.` : undefined;
}

/**
 * Parses a command's flags (`--help` added): a wrong flag fails with the usage, `--help` prints it and exits.
 */
export function parseFlags<T extends ParseArgsOptionsConfig>(options: T, usage: string): ParsedResults<T>['values'] {
  let values: ParsedResults<T>['values'];
  try {
    values = parseArgs({ options: { ...options, help: { type: 'boolean', short: 'h' } } }).values as ParsedResults<T>['values'];
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`);
  }
  if ((values as { help?: boolean }).help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  return values;
}

type ParsedResults<T extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ options: T }>>;
