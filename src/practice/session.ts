// One practice session as a state machine, with no terminal in it: the command feeds it what
// the user did (a take, keep or retry, a rating, a "next time" line) and writes the records it
// returns to history.jsonl. Interactive and --answers sessions run through the same steps, so
// their notes and history cannot drift apart.
import type { Question } from "../content/types.js";
import type { PracticeAnswer, PracticeSession, SkippedQuestion, UnratedAnswer } from "./practice-note.js";
import type { Feedback } from "./feedback.js";
import { answerEntry, buildAnswer, feedbackFor, limitFor, type AnswerMode, type Take } from "./answer.js";
import type { AnswerEntry, SessionEndEntry, SessionStartEntry, SkipEntry } from "./history.js";

export interface SessionSetup {
  /** Unique per run; ties the history lines of one session together. */
  id: string;
  deck: { id: string; title: string };
  program?: string;
  questions: Question[];
  mode: AnswerMode;
  /** Takes allowed per question (1 = no retakes). */
  takes: number;
  /** --time: one answer time for every question, else each question's own. */
  timeSeconds?: number;
}


/**
 * answering: waiting for a take of the current question; choosing: keep it or try again;
 * rating: the take is kept, waiting for 1-5; closing: rated, waiting for the "next time"
 * line; done: every question answered.
 */
export type Phase = "answering" | "choosing" | "rating" | "closing" | "done";

export const RATINGS = [1, 2, 3, 4, 5] as const;

export class PracticeRun {
  phase: Phase = "answering";
  index = 0;
  /** Takes recorded for the current question, including the one on hand. */
  takesUsed = 0;
  readonly answers: PracticeAnswer[] = [];
  /** Questions passed over on purpose, in the order they came. */
  readonly skipped: SkippedQuestion[] = [];
  readonly startedAt: Date;
  private take?: Take;
  /**
   * Finished takes of the current question set aside for a retake. They go with the take that is
   * rated in the end, and are kept unrated when the retake is skipped or the session stops
   * first: what the user said is never thrown away, and a first take can be the better one.
   */
  private setAside: Take[] = [];
  /** Set-aside takes of questions skipped since, for the note. */
  private readonly unrated: UnratedAnswer[] = [];
  private feedback?: Feedback;

  constructor(
    readonly setup: SessionSetup,
    private readonly clock: () => Date,
  ) {
    if (setup.questions.length === 0) throw new Error("a session needs at least one question");
    this.startedAt = clock();
  }

  /** The history line that opens the session, with the planned questions in order. */
  startEntry(): SessionStartEntry {
    const { id, deck, program, questions } = this.setup;
    return {
      type: "start",
      session: id,
      deck: deck.id,
      deckTitle: deck.title,
      ...(program ? { program } : {}),
      plan: questions.map((q) => q.id),
      at: this.startedAt.toISOString(),
    };
  }

  get total(): number {
    return this.setup.questions.length;
  }

  get question(): Question {
    const question = this.setup.questions[this.index];
    if (!question) throw new Error("the session is over");
    return question;
  }

  get limitSeconds(): number {
    return limitFor(this.question, this.setup.timeSeconds);
  }

  /** Whether the take on hand may still be thrown away for another. */
  get canRetake(): boolean {
    return this.takesUsed < this.setup.takes;
  }

  /** Records a take. With takes left it waits for keep/retake; otherwise the take is kept. */
  recordTake(take: Take): Phase {
    this.expect("answering");
    this.takesUsed++;
    this.take = take;
    this.phase = "choosing";
    if (!this.canRetake) this.keep();
    return this.phase;
  }

  /**
   * Records the one take to keep, with the number of takes it took: for answers that come
   * from a file, where the retakes happened elsewhere.
   */
  recordFinalTake(take: Take, takes = 1): Phase {
    this.expect("answering");
    this.takesUsed = Math.max(1, Math.floor(takes));
    this.take = take;
    this.phase = "choosing";
    this.keep();
    return this.phase;
  }

  /** Throws the take away; the next recordTake is the new one. */
  retake(): void {
    this.expect("choosing");
    if (!this.canRetake) throw new Error("no takes left");
    this.setAside.push(this.take!);
    this.take = undefined;
    this.feedback = undefined;
    this.phase = "answering";
  }

  /**
   * The feedback on the take on hand, while it may still be kept or retaken: what a retake
   * should add is worth knowing before choosing one. Kept, the take keeps this analysis.
   */
  checkTake(): Feedback {
    this.expect("choosing");
    this.feedback ??= feedbackFor(this.take!, this.question, this.limitSeconds, this.setup.mode);
    return this.feedback;
  }

  /** Keeps the take on hand and analyses it (once: checkTake may have done so). */
  keep(): Feedback {
    const feedback = this.checkTake();
    this.phase = "rating";
    return feedback;
  }

  /** Rates the kept take; the answer is now part of the session and of history. */
  rate(rating: number): AnswerEntry {
    this.expect("rating");
    if (!RATINGS.includes(rating as 1)) throw new Error(`rating must be 1-5, got ${rating}`);
    const answer = buildAnswer({
      question: this.question,
      take: this.take!,
      takes: this.takesUsed,
      rating,
      mode: this.setup.mode,
      limitSeconds: this.limitSeconds,
      feedback: this.feedback!,
      earlierTakes: this.setAside.map((take) => take.text).filter((text) => text.trim()),
    });
    this.answers.push(answer);
    this.setAside = [];
    this.phase = "closing";
    return answerEntry(this.setup.id, this.setup.deck.id, answer, this.clock());
  }

  /**
   * Passes over the current question on purpose and moves to the next. Nothing is rated, so
   * nothing is scheduled: the question keeps its place on the schedule. `typed` (words typed before skipping) is
   * kept in the note, never analysed.
   */
  skip(typed = "", { timedOut = false } = {}): SkipEntry {
    this.expect("answering");
    const question = this.question;
    const text = typed.trim();
    const timeRanOut = timedOut ? { timedOut: true as const } : {};
    this.skipped.push({ questionId: question.id, text: question.text, ...(question.category ? { category: question.category } : {}), ...(text ? { answer: text } : {}), ...timeRanOut });
    const entry: SkipEntry = {
      type: "skip",
      session: this.setup.id,
      deck: this.setup.deck.id,
      question: question.id,
      ...(question.category ? { category: question.category } : {}),
      ...(text ? { answer: text } : {}),
      ...timeRanOut,
      at: this.clock().toISOString(),
    };
    this.unrated.push(...this.takesSetAside());
    this.next();
    return entry;
  }

  /** Adds the optional "next time I will…" line and moves to the next question. */
  close(nextTime?: string): Phase {
    this.expect("closing");
    const line = nextTime?.trim();
    if (line) this.answers[this.answers.length - 1]!.nextTime = line;
    return this.next();
  }

  private next(): Phase {
    this.index++;
    this.takesUsed = 0;
    this.take = undefined;
    this.setAside = [];
    this.feedback = undefined;
    this.phase = this.index < this.total ? "answering" : "done";
    return this.phase;
  }

  /**
   * The session so far: every rated answer, never the one in progress; the takes set aside for
   * a retake that was not rated (`interrupted`: the current question's too).
   */
  result(options: { interrupted?: boolean } = {}): PracticeSession {
    const { deck, program, questions } = this.setup;
    const unrated = options.interrupted ? this.takesNotRated() : this.unrated;
    return {
      deck: deck.id,
      deckTitle: deck.title,
      ...(program ? { program } : {}),
      startedAt: this.startedAt,
      endedAt: this.clock(),
      planned: questions.length,
      ...(options.interrupted ? { interrupted: true } : {}),
      answers: [...this.answers],
      ...(this.skipped.length ? { skipped: [...this.skipped] } : {}),
      ...(unrated.length ? { unrated } : {}),
    };
  }

  /**
   * Every finished take set aside for a retake and not rated so far: the question on hand's, and
   * those of questions skipped since. What the note keeps if the session stops now.
   */
  takesNotRated(): UnratedAnswer[] {
    return [...this.unrated, ...this.takesSetAside()];
  }

  private takesSetAside(): UnratedAnswer[] {
    const kept = this.setAside.filter((take) => take.text.trim());
    // The question on hand is asked for only while there is one (a finished session has none).
    if (kept.length === 0) return [];
    const { id, text } = this.question;
    return kept.map((take) => ({ questionId: id, text, answer: take.text, stage: "retaken" }));
  }

  endEntry(options: { note?: string; interrupted?: boolean } = {}): SessionEndEntry {
    return {
      type: "end",
      session: this.setup.id,
      ...(options.note ? { note: options.note } : {}),
      ...(options.interrupted ? { interrupted: true } : {}),
      at: this.clock().toISOString(),
    };
  }

  private expect(phase: Phase): void {
    if (this.phase !== phase) throw new Error(`practice session: expected ${phase}, but it is ${this.phase}`);
  }
}
