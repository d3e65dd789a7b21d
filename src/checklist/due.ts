// Due dates for checklist items: an offset in days from the interview date. Days are handled as
// YYYY-MM-DD strings and computed in UTC, so neither the time zone nor a DST change can move an
// item to the wrong day; and such strings compare correctly with < and >.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day as YYYY-MM-DD, or undefined: "2026-02-30" and "2026-2-3" are not days. */
export function checkDay(text: string): string | undefined {
  const match = DAY.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1000 ? text.trim() : undefined;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The day `days` after `day` (negative: before). Month ends and leap days fall out of Date.UTC. */
export function shiftDay(day: string, days: number): string {
  const match = DAY.exec(day);
  if (!match) throw new Error(`not a day: ${day}`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days));
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Whole days from `from` to `to`, both YYYY-MM-DD (positive when `to` is later). */
export function daysFrom(from: string, to: string): number {
  const utc = (day: string) => {
    const match = DAY.exec(day);
    if (!match) throw new Error(`not a day: ${day}`);
    return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

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
