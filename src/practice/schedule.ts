// Spaced repetition (FSRS, via ts-fsrs): history.jsonl is replayed into one card per (deck,
// question id), so a question answered badly comes back soon and one answered well comes back
// later. Nothing is stored besides the history itself: the schedule is always derived from it,
// which keeps the file append-only and makes a hand-edited or merged history just work.
// Pure: the clock is an argument; fuzz is off so that a fixed clock gives a fixed schedule.
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from "ts-fsrs";
import type { AnswerRecord } from "./answer-record.js";
import type { Deck } from "../content/types.js";
import type { CardState, QuestionSchedule, Schedule } from "./due.js";

// What "due" means and the due order need no FSRS; they live in due.ts so that question
// selection can use them without loading ts-fsrs. Re-exported: this is the schedule's API.
export { isDue, isDueWithin, orderByDue, scheduleOf, type CardState, type QuestionSchedule, type Schedule } from "./due.js";

export const RECENT = 3;
const STATES: Record<State, CardState> = {
  [State.New]: "new",
  [State.Learning]: "learning",
  [State.Review]: "review",
  [State.Relearning]: "relearning",
};

// ts-fsrs defaults (FSRS-6 weights, 90% retention) in whole days, with fuzz off. A spoken
// answer is practised once a session, not drilled like a flash card: the short-term learning
// steps (1 and 10 minutes) would bring a question rated 3 straight back in the same sitting.
// Without them a rating of 1 is due the next day's session and 2-5 are days away. Fuzz spreads
// due dates randomly, which would make `--plan` differ from run to run.
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

/** A ts-fsrs card as plain numbers (what the history's cached digest stores): times in epoch milliseconds. */
export interface ReplayCard {
  state: State;
  /** Epoch ms. */
  due: number;
  stability: number;
  difficulty: number;
  reps: number;
  lapses: number;
  /** ts-fsrs's learning_steps (always 0 in whole-day scheduling; kept so stored cards stay complete). */
  step: number;
  elapsedDays: number;
  scheduledDays: number;
  /** Epoch ms of the last answer; NaN before the first. */
  lastReview: number;
}

function toCard(card: ReplayCard): Card {
  return {
    due: new Date(card.due),
    state: card.state,
    stability: card.stability,
    difficulty: card.difficulty,
    reps: card.reps,
    lapses: card.lapses,
    learning_steps: card.step,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    last_review: Number.isNaN(card.lastReview) ? undefined : new Date(card.lastReview),
  };
}

function fromCard(card: Card): ReplayCard {
  return {
    state: card.state,
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    reps: card.reps,
    lapses: card.lapses,
    step: card.learning_steps,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    lastReview: card.last_review ? card.last_review.getTime() : Number.NaN,
  };
}

/** The card after an answer graded `grade` at `time` (epoch ms); a question's first answer starts from an empty card. */
function review(card: ReplayCard | undefined, time: number, grade: Grade): ReplayCard {
  const when = new Date(time);
  return fromCard(scheduler.next(card ? toCard(card) : createEmptyCard(when), when, grade).card);
}

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

export interface DeckSchedule {
  schedule: Schedule;
  /** Whether any of the deck's current questions has been practised: then "due" is the default order. */
  hasHistory: boolean;
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
    retrievability: card.state === State.New ? 0 : scheduler.get_retrievability(toCard(card), now, false),
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
export function replayAnswers(answers: Iterable<AnswerRecord>, replays: Replays = new Map()): Replays {
  for (const entry of answers) {
    const time = entry.time;
    let deck = replays.get(entry.deck);
    if (!deck) replays.set(entry.deck, (deck = new Map()));
    const previous = deck.get(entry.question);
    const card = review(previous?.card, time, gradeFor(entry.rating));
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

/** The same from answer records in time order (answerRecords, or loadAnswers). */
export function schedulesFrom(answers: readonly AnswerRecord[], now: Date): Map<string, Schedule> {
  return schedulesOf(replayAnswers(answers), now);
}

/**
 * The deck's schedule, and whether any of its current questions has been practised, from what
 * loadAnswers (history-load.ts) gives: answers in time order, and maybe their replay already.
 */
export function deckSchedule(loaded: { answers: readonly AnswerRecord[]; replays?: Replays }, deck: Deck, now: Date): DeckSchedule {
  const replays = loaded.replays ?? replayAnswers(loaded.answers.filter((a) => a.deck === deck.id));
  const cards = replays.get(deck.id);
  const schedule = cards ? (schedulesOf(new Map([[deck.id, cards]]), now).get(deck.id) ?? new Map()) : new Map();
  return { schedule, hasHistory: deck.questions.some((q) => schedule.has(q.id)) };
}
