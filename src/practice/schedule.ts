// Spaced repetition (FSRS, via ts-fsrs): history.jsonl is replayed into one card per (deck,
// question id), so a question answered badly comes back soon and one answered well comes back
// later. Nothing is stored besides the history itself: the schedule is always derived from it,
// which keeps the file append-only and makes a hand-edited or merged history just work.
// Pure: the clock is an argument; fuzz is off so that a fixed clock gives a fixed schedule.
import { Rating, State, type Grade } from "ts-fsrs";
import type { Question } from "../content/types.js";
import { newCard, Replayer, type ReplayCard } from "./fsrs-replay.js";
import { answerRecords, type AnswerRecord } from "./answer-record.js";
import type { HistoryEntry } from "./history.js";

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

export const RECENT = 3;
const STATES: Record<State, CardState> = {
  [State.New]: "new",
  [State.Learning]: "learning",
  [State.Review]: "review",
  [State.Relearning]: "relearning",
};

// ts-fsrs defaults (FSRS-6 weights, 90% retention, learning steps 1m/10m) with fuzz off:
// fuzz spreads due dates randomly, which would make `--plan` differ from run to run.
const replayer = new Replayer();

/**
 * A 1-5 self-rating as an FSRS grade. FSRS grades describe how recall went, not how polished
 * the answer was: 1 (no example) is a failed recall, so Again; 2 is a pass with difficulty,
 * Hard; 3 (a specific example) is the normal pass, Good; 4 and 5 both go beyond it and FSRS has
 * a single grade for that, Easy.
 */
export function gradeFor(rating: number): Grade {
  if (rating <= 1) return Rating.Again;
  if (rating === 2) return Rating.Hard;
  if (rating === 3) return Rating.Good;
  return Rating.Easy;
}

/** One question's replayed card, with the ratings that led to it. */
export interface Replay {
  card: ReplayCard;
  lastRating: number;
  /** The last RECENT ratings, oldest first. */
  recent: number[];
}

/** Replayed cards: deck id -> question id -> replay. */
export type Replays = Map<string, Map<string, Replay>>;

function toSchedule(replay: Replay, now: Date): QuestionSchedule {
  const { card } = replay;
  return {
    state: STATES[card.state],
    due: new Date(card.due),
    retrievability: replayer.retrievability(card, now),
    reps: card.reps,
    lapses: card.lapses,
    lastRating: replay.lastRating,
    lastReview: Number.isNaN(card.lastReview) ? undefined : new Date(card.lastReview),
    recentRatings: replay.recent,
  };
}

/**
 * Replays answers (in time order, and after any already in `replays`) into `replays`, which
 * it returns. In time order, elapsed time is never negative even if a clock went back.
 */
export function replayAnswers(answers: readonly AnswerRecord[], replays: Replays = new Map()): Replays {
  for (const entry of answers) {
    const time = entry.time;
    let deck = replays.get(entry.deck);
    if (!deck) replays.set(entry.deck, (deck = new Map()));
    const previous = deck.get(entry.question);
    const card = replayer.review(previous?.card ?? newCard(time), time, gradeFor(entry.rating));
    if (previous) {
      previous.card = card;
      previous.lastRating = entry.rating;
      previous.recent.push(entry.rating);
      if (previous.recent.length > RECENT) previous.recent.shift();
    } else deck.set(entry.question, { card, lastRating: entry.rating, recent: [entry.rating] });
  }
  return replays;
}

/** Every deck's schedule at `now`: deck id -> question id -> schedule. */
export function schedulesOf(replays: Replays, now: Date): Map<string, Schedule> {
  const schedules = new Map<string, Schedule>();
  for (const [deckId, deck] of replays) {
    const schedule: Schedule = new Map();
    for (const [id, replay] of deck) schedule.set(id, toSchedule(replay, now));
    schedules.set(deckId, schedule);
  }
  return schedules;
}

/** Every deck's schedule from one pass over the history: deck id -> question id -> schedule. */
export function buildSchedules(entries: HistoryEntry[], now: Date): Map<string, Schedule> {
  return schedulesFrom(answerRecords(entries), now);
}

/** The same from answer records in time order (answerRecords, or the history index). */
export function schedulesFrom(answers: readonly AnswerRecord[], now: Date): Map<string, Schedule> {
  return schedulesOf(replayAnswers(answers), now);
}

/**
 * One deck's schedule. It holds every question id the history has for the deck, including
 * removed ones: callers look up the deck's current questions, so removed ones are ignored
 * while their history stays in the file (and comes back if the question does).
 */
export function buildSchedule(entries: HistoryEntry[], deckId: string, now: Date): Schedule {
  return schedulesFrom(answerRecords(entries, deckId), now).get(deckId) ?? new Map();
}

/** The start of the day after `now`, local time. */
function endOfDay(now: Date): number {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime();
}

/**
 * Due means due at any time today (local), as Anki counts reviews: a question that falls due
 * this evening belongs in this morning's session, and one rated 1 a minute ago (due in a
 * minute, FSRS's first learning step) is due for the next session even with a fixed clock.
 */
export function isDue(schedule: QuestionSchedule | undefined, now: Date): boolean {
  return schedule !== undefined && schedule.state !== "new" && schedule.due.getTime() < endOfDay(now);
}

/** Due within the next `days` days after today (not today). */
export function isDueWithin(schedule: QuestionSchedule | undefined, now: Date, days: number): boolean {
  if (schedule === undefined || schedule.state === "new") return false;
  const due = schedule.due.getTime();
  const today = endOfDay(now);
  const limit = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1 + days).getTime();
  return due >= today && due < limit;
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
