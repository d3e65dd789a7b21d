// The glue between the schedule and a practice session: which order a session uses when none
// is asked for, the "due" order itself, and what `--plan` shows for each question.
import type { Deck, Question } from "../content/types.js";
import { isoDay } from "../notes/dates.js";
import type { AnswerRecord } from "./answer-record.js";
import { isDue, orderByDue, replayAnswers, scheduleOf, schedulesOf, type CardState, type Replays, type Schedule } from "./schedule.js";

export type PlanOrder = "due" | "shuffle" | "deck";

/**
 * The deck's schedule, and whether any of its current questions has been practised, from what
 * loadAnswers (history-load.ts) gives: answers in time order, and maybe their replay already.
 */
export function deckSchedule(loaded: { answers: readonly AnswerRecord[]; replays?: Replays }, deck: Deck, now: Date): { schedule: Schedule; hasHistory: boolean } {
  const replays = loaded.replays ?? replayAnswers(loaded.answers.filter((a) => a.deck === deck.id));
  const cards = replays.get(deck.id);
  const schedule = cards ? (schedulesOf(new Map([[deck.id, cards]]), now).get(deck.id) ?? new Map()) : new Map();
  return { schedule, hasHistory: deck.questions.some((q) => schedule.has(q.id)) };
}

/** `--order`, else config's practice.order, else "due" once the deck has history and "shuffle" before. */
export function effectiveOrder(asked: PlanOrder | undefined, hasHistory: boolean): PlanOrder {
  return asked ?? (hasHistory ? "due" : "shuffle");
}

/** Questions (already filtered by category and tags) in "due" order, cut to `count`. */
export function planOrder(questions: Question[], schedule: Schedule, now: Date, count: number): Question[] {
  return orderByDue(questions, schedule, now).slice(0, count);
}

export interface PlanInfo {
  state: CardState;
  /** YYYY-MM-DD (local), or null for a question never practised. */
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
  const due = isoDay(s.due);
  const today = isoDay(now);
  const dueLabel = due < today ? `overdue since ${due}` : isDue(s, now) ? "today" : due;
  return { state: s.state, due, dueLabel, retrievability: Math.round(s.retrievability * 100) / 100, lastRating: s.lastRating ?? null };
}
