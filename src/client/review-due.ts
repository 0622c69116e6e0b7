/**
 * "Due now", worked out from the reader's own date: the page is static and may be weeks old, so the build cannot
 * know. Every element with `data-next-review="YYYY-MM-DD"` gets a state label (`Due now`, `Due tomorrow`,
 * `In 5 days`), and `[data-review-summary]` says how many are due. Without JavaScript the page keeps the state as
 * of its build, and says so.
 */
import { daysBetween, formatCalendarDate, type CalendarDate } from '../lib/calendar-date.ts';
import { countLabel } from '../lib/plural.ts';

/** The reader's calendar date in their own time zone: the day they would say it is. */
function readerToday(): CalendarDate {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function stateLabel(days: number): string {
  if (days <= 0) return 'Due now';
  if (days === 1) return 'Due tomorrow';
  return `In ${days} days`;
}

const today = readerToday();
let due = 0;
for (const item of document.querySelectorAll<HTMLElement>('[data-next-review]')) {
  const days = daysBetween(today, item.dataset['nextReview'] ?? today);
  item.classList.toggle('is-due', days <= 0);
  if (days <= 0) due++;
  const label = item.querySelector<HTMLElement>('[data-review-state]');
  if (label) {
    label.textContent = stateLabel(days);
    label.hidden = false;
  }
}
for (const summary of document.querySelectorAll<HTMLElement>('[data-review-summary]')) {
  const total = Number(summary.dataset['reviewTotal'] ?? 0);
  const topics = (n: number) => countLabel(n, 'topic');
  summary.textContent =
    due === 0
      ? `Nothing is due today (${formatCalendarDate(today)}). ${topics(total)} in review, soonest first.`
      : `${topics(due)} due for review today (${formatCalendarDate(today)}), of ${topics(total)} in review, soonest first.`;
}
