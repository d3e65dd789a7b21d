// The glue between the schedule and a practice session: which order a session uses when none
// is asked for, and what `--plan` shows for each question. Light (no FSRS): the schedule comes
// from loadDeckSchedule (history-load.ts), the order itself from orderByDue (due.ts).
import { practiceDay } from "../io/dates.js";
import { isDue, scheduleOf, type CardState, type Schedule } from "./due.js";
import type { QuestionOrder } from "./select.js";


/** `--order`, else config's practice.order, else "due" once the deck has history and "shuffle" before. */
export function effectiveOrder(asked: QuestionOrder | undefined, hasHistory: boolean): QuestionOrder {
  return asked ?? (hasHistory ? "due" : "shuffle");
}

export interface PlanInfo {
  state: CardState;
  /** YYYY-MM-DD (the local day, starting at 4 am, it falls due in), or null for a question never practised. */
  due: string | null;
  /** "new", "today", "overdue since 2026-11-20", or "2026-11-25". */
  dueLabel: string;
  /** 0-1, 2 decimals. */
  retrievability: number;
  lastRating: number | null;
}

/** What `--plan` shows for one question. */
export function planInfo(schedule: Schedule, questionId: string, now: Date): PlanInfo {
  const s = scheduleOf(schedule, questionId, now);
  if (s.state === "new") return { state: "new", due: null, dueLabel: "new", retrievability: 0, lastRating: null };
  const due = practiceDay(s.due);
  const today = practiceDay(now);
  const dueLabel = due < today ? `overdue since ${due}` : isDue(s, now) ? "today" : due;
  return { state: s.state, due, dueLabel, retrievability: Math.round(s.retrievability * 100) / 100, lastRating: s.lastRating ?? null };
}

/**
 * What the screen says of a question skipped on purpose (Esc, or a hard limit with nothing
 * typed). A skip is no rating, so the question keeps the place on the schedule it had: the
 * line says which, from the same reading of the schedule as `--plan` (planInfo).
 */
export function skippedLine(schedule: Schedule, questionId: string, now: Date): string {
  const { state, due } = planInfo(schedule, questionId, now);
  if (state === "new") return "Skipped: not rated; still new (never rated).";
  if (isDue(schedule.get(questionId), now)) return "Skipped: not rated, and still due.";
  return `Skipped: not rated; not due until ${due}, as before.`;
}
