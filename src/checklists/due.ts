// Due dates for checklist items: an offset in days from the interview date (day arithmetic in
// io/dates.ts, on YYYY-MM-DD strings).
import { daysFrom, shiftDay } from "../io/dates.js";

/** When an item is due, given the interview day; undefined without a date or an offset. */
export function dueDayOf(item: { dueDays?: number }, interviewDay: string | undefined): string | undefined {
  return interviewDay === undefined || item.dueDays === undefined ? undefined : shiftDay(interviewDay, item.dueDays);
}

/** Overdue: due before today and not done. An item due today is not late yet. */
export function isOverdue(due: string | undefined, today: string, done: boolean): boolean {
  return !done && due !== undefined && due < today;
}

/** "today", "tomorrow", "in 5 days", "yesterday", "3 days ago": how far the interview is. */
export function relativeDay(day: string, today: string): string {
  const days = daysFrom(today, day);
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  if (days === -1) return "yesterday";
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}
