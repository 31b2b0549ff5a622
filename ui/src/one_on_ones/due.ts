// When the next one-on-one is due, in words: "due today", "3 days overdue",
// "1 day overdue" (never "1 days").
import { daysBetween, formatDay, plural, todayIso } from '../lib/format';

/** "1 day", "3 days". */
export function days(n: number): string {
  return plural(n, 'day');
}

/** "3 days overdue" when late; else "due today", "due tomorrow", or "due Mon 5 Oct (in 6 days)". */
export function describeDue(nextDue: string, overdueDays: number, today: string = todayIso()): string {
  if (overdueDays > 0) return `${days(overdueDays)} overdue`;
  const ahead = daysBetween(today, nextDue);
  if (ahead <= 0) return 'due today';
  if (ahead === 1) return 'due tomorrow';
  return `due ${formatDay(nextDue)} (in ${days(ahead)})`;
}
