// Replaying a whole history through FSRS, fast. ts-fsrs's `next()` builds a scheduler, four
// candidate cards and their review logs for every answer (about 10 µs each): 70,000 answers
// would eat the whole 500 ms that `stats` has for 100,000 history lines. This is the same state
// machine as ts-fsrs's BasicScheduler (learning steps, graduation, lapses, interval ordering),
// computing only the grade that was given, on plain numbers, and it leaves all the memory
// model to ts-fsrs itself (`next_state`, `next_interval`, its learning-steps strategy).
// tests/unit/fsrs-replay.test.ts checks it against `next()` on random histories.
import { BasicLearningStepsStrategy, createEmptyCard, fsrs, Rating, State, type Card, type FSRS, type Grade } from "ts-fsrs";

const DAY = 86_400_000;
const MINUTE = 60_000;

/** A card as numbers: times in epoch milliseconds. */
export interface ReplayCard {
  state: State;
  /** Epoch ms. */
  due: number;
  stability: number;
  difficulty: number;
  reps: number;
  lapses: number;
  /** Index into the (re)learning steps. */
  step: number;
  elapsedDays: number;
  scheduledDays: number;
  /** Epoch ms of the last answer; NaN before the first. */
  lastReview: number;
}

export function newCard(at: number): ReplayCard {
  return { state: State.New, due: at, stability: 0, difficulty: 0, reps: 0, lapses: 0, step: 0, elapsedDays: 0, scheduledDays: 0, lastReview: Number.NaN };
}

/** Whole UTC calendar days between two times, as ts-fsrs's dateDiffInDays counts them. */
function dayDiff(from: number, to: number): number {
  return Math.floor(to / DAY) - Math.floor(from / DAY);
}

export class Replayer {
  private readonly params: FSRS["parameters"];
  /** The learning-steps table per (state, step): the strategy builds it afresh on every call. */
  private readonly steps = new Map<number, ReturnType<typeof BasicLearningStepsStrategy>>();

  constructor(readonly scheduler: FSRS = fsrs({ enable_fuzz: false })) {
    // Read once: the parameters sit behind a Proxy in ts-fsrs.
    this.params = { ...scheduler.parameters };
  }

  /** Updates `card` (in place: a replay makes one card per question) for an answer graded `grade` at `now` (epoch ms). */
  review(card: ReplayCard, now: number, grade: Grade): ReplayCard {
    const { scheduler } = this;
    const before = card.state;
    const step = card.step;
    const elapsed = before !== State.New && !Number.isNaN(card.lastReview) ? dayDiff(card.lastReview, now) : 0;
    const memory = { difficulty: card.difficulty, stability: card.stability };
    card.reps += 1;
    card.lastReview = now;
    card.elapsedDays = elapsed;

    if (before !== State.Review) {
      this.remember(card, scheduler.next_state(memory, elapsed, grade));
      return this.applySteps(card, before, step, grade, before === State.New ? State.Learning : before, now, elapsed);
    }

    const r = scheduler.forgetting_curve(elapsed, memory.stability);
    if (grade === Rating.Again) {
      this.remember(card, scheduler.next_state(memory, elapsed, Rating.Again, r));
      this.applySteps(card, before, step, grade, State.Relearning, now, elapsed);
      card.lapses += 1;
      return card;
    }
    // Hard < Good < Easy intervals, as ts-fsrs orders them: each needs the ones below it.
    const hard = scheduler.next_state(memory, elapsed, Rating.Hard, r);
    const good = scheduler.next_state(memory, elapsed, Rating.Good, r);
    let hardDays: number = scheduler.next_interval(hard.stability, elapsed);
    let goodDays: number = scheduler.next_interval(good.stability, elapsed);
    hardDays = Math.min(hardDays, goodDays);
    goodDays = Math.max(goodDays, hardDays + 1);
    let chosen = grade === Rating.Hard ? hard : good;
    let days: number = grade === Rating.Hard ? hardDays : goodDays;
    if (grade === Rating.Easy) {
      chosen = scheduler.next_state(memory, elapsed, Rating.Easy, r);
      days = Math.max(scheduler.next_interval(chosen.stability, elapsed), goodDays + 1);
    }
    this.remember(card, chosen);
    return this.schedule(card, State.Review, 0, days, now + days * DAY);
  }

  private remember(card: ReplayCard, memory: { stability: number; difficulty: number }): void {
    card.stability = memory.stability;
    card.difficulty = memory.difficulty;
  }

  private schedule(card: ReplayCard, state: State, step: number, scheduledDays: number, due: number): ReplayCard {
    card.state = state;
    card.step = step;
    card.scheduledDays = scheduledDays;
    card.due = due;
    return card;
  }

  /** ts-fsrs's applyLearningSteps: a short step keeps the card learning, else it graduates. */
  private applySteps(card: ReplayCard, before: State, step: number, grade: Grade, toState: State, now: number, elapsed: number): ReplayCard {
    const key = before * 1000 + step;
    let table = this.steps.get(key);
    if (!table) this.steps.set(key, (table = BasicLearningStepsStrategy(this.params, before, step)));
    const info = table[grade];
    const minutes = Math.max(0, info?.scheduled_minutes ?? 0);
    const nextStep = Math.max(0, info?.next_step ?? 0);
    if (minutes > 0 && minutes < 1440) return this.schedule(card, toState, nextStep, 0, now + Math.round(minutes) * MINUTE);
    if (minutes >= 1440) return this.schedule(card, State.Review, nextStep, Math.floor(minutes / 1440), now + Math.round(minutes) * MINUTE);
    const days = this.scheduler.next_interval(card.stability, elapsed);
    return this.schedule(card, State.Review, 0, days, now + days * DAY);
  }

  /** The same card as ts-fsrs sees it, e.g. for `get_retrievability`. */
  toCard(card: ReplayCard): Card {
    return {
      ...createEmptyCard(new Date(card.due)),
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

  retrievability(card: ReplayCard, now: Date): number {
    return card.state === State.New ? 0 : this.scheduler.get_retrievability(this.toCard(card), now, false);
  }
}
