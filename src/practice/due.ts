// What "due" means, and the order a "due" session asks questions in, given a schedule (built
// by schedule.ts from history). No FSRS here: question selection imports this, and a session
// with no history never needs to load ts-fsrs.
import type { Question } from "../content/types.js";
import { practiceDay, practiceDayStart } from "../io/dates.js";

export type CardState = "new" | "learning" | "review" | "relearning";

export interface QuestionSchedule {
  state: CardState;
  due: Date;
  /** Estimated chance of recalling a good answer now, 0-1 (0 for a question never practised). */
  retrievability: number;
  reps: number;
  lapses: number;
  lastRating?: number;
  /** When it was last answered. */
  lastReview?: Date;
  /** The last (up to) three self-ratings, oldest first: "how it has gone lately". */
  recentRatings: number[];
}

export type Schedule = Map<string, QuestionSchedule>;

/**
 * Due means due at any time today, as Anki counts reviews: a question that falls due this
 * evening belongs in this morning's session. Today ends at 4 am local time (see dates.ts).
 */
export function isDue(schedule: QuestionSchedule | undefined, now: Date): boolean {
  return schedule !== undefined && schedule.state !== "new" && schedule.due.getTime() < practiceDayStart(now, 1).getTime();
}

/** Due within the next `days` days after today (not today). */
export function isDueWithin(schedule: QuestionSchedule | undefined, now: Date, days: number): boolean {
  if (schedule === undefined || schedule.state === "new") return false;
  const due = schedule.due.getTime();
  return due >= practiceDayStart(now, 1).getTime() && due < practiceDayStart(now, 1 + days).getTime();
}

export interface DueCounts {
  /** Questions due today (see isDue). */
  today: number;
  /** Questions falling due in the `days` days after today, as stats counts them (see isDueWithin). */
  later: number;
  /** The practice day (YYYY-MM-DD, local) the first of `later` falls due; absent when none. */
  firstLater?: string;
  /** Questions never practised. */
  fresh: number;
}

/**
 * How a deck's questions stand on the schedule at `now`: due today, due in the `days` days after,
 * never practised. Only the deck's questions count: a question gone from the deck since it was
 * practised keeps a card in the history but can no longer be asked.
 */
export function dueCounts(questions: readonly Pick<Question, "id">[], schedule: Schedule, now: Date, days: number): DueCounts {
  const counts: DueCounts = { today: 0, later: 0, fresh: 0 };
  let first: Date | undefined;
  for (const q of questions) {
    const s = schedule.get(q.id);
    if (!s) counts.fresh++;
    else if (isDue(s, now)) counts.today++;
    else if (isDueWithin(s, now, days)) {
      counts.later++;
      if (!first || s.due < first) first = s.due;
    }
  }
  return first ? { ...counts, firstLater: practiceDay(first) } : counts;
}

/**
 * The "due" order: questions due today, most overdue first; then new questions in deck order;
 * then the rest, least likely to be recalled first. Ties keep deck order.
 */
export function orderByDue(questions: Question[], schedule: Schedule, now: Date): Question[] {
  const due: { q: Question; i: number; s: QuestionSchedule }[] = [];
  const fresh: Question[] = [];
  const rest: { q: Question; i: number; s: QuestionSchedule }[] = [];
  questions.forEach((q, i) => {
    const s = schedule.get(q.id);
    if (!s || s.state === "new") fresh.push(q);
    else if (isDue(s, now)) due.push({ q, i, s });
    else rest.push({ q, i, s });
  });
  due.sort((a, b) => a.s.due.getTime() - b.s.due.getTime() || a.i - b.i);
  rest.sort((a, b) => a.s.retrievability - b.s.retrievability || a.s.due.getTime() - b.s.due.getTime() || a.i - b.i);
  return [...due.map((x) => x.q), ...fresh, ...rest.map((x) => x.q)];
}

/** What `--plan` shows for one question: its state and when it is due. */
export function scheduleOf(schedule: Schedule, questionId: string, now: Date): QuestionSchedule {
  return schedule.get(questionId) ?? { state: "new", due: now, retrievability: 0, reps: 0, lapses: 0, recentRatings: [] };
}
