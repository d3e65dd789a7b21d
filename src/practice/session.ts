// One practice session as a state machine, with no terminal in it: the command feeds it what
// the user did (a take, keep or retry, a rating, a "next time" line) and writes the records it
// returns to history.jsonl. Interactive and --answers sessions run through the same steps, so
// their notes and history cannot drift apart.
import type { Question } from "../content/types.js";
import type { PracticeAnswer, PracticeSession, SkippedQuestion } from "./practice-note.js";
import { analyseAnswer, type Feedback } from "./feedback.js";
import type { AnswerEntry, SessionEndEntry, SessionStartEntry, SkipEntry } from "./history.js";

export type AnswerMode = "typed" | "aloud";

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

export interface Take {
  text: string;
  /** Time used, to 0.1 s. */
  seconds: number;
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
    this.take = undefined;
    this.phase = "answering";
  }

  /** Keeps the take on hand and analyses it. */
  keep(): Feedback {
    this.expect("choosing");
    const take = this.take!;
    this.feedback = feedbackFor(take, this.question, this.limitSeconds, this.setup.mode);
    this.phase = "rating";
    return this.feedback;
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
    });
    this.answers.push(answer);
    this.phase = "closing";
    return answerEntry(this.setup.id, this.setup.deck.id, answer, this.clock());
  }

  /**
   * Passes over the current question on purpose and moves to the next. Nothing is rated, so
   * nothing is scheduled: the question keeps its place on the schedule. `typed` (words typed before skipping) is
   * kept in the note, never analysed.
   */
  skip(typed = ""): SkipEntry {
    this.expect("answering");
    const question = this.question;
    const text = typed.trim();
    this.skipped.push({ questionId: question.id, text: question.text, ...(question.category ? { category: question.category } : {}), ...(text ? { answer: text } : {}) });
    const entry: SkipEntry = {
      type: "skip",
      session: this.setup.id,
      deck: this.setup.deck.id,
      question: question.id,
      ...(question.category ? { category: question.category } : {}),
      ...(text ? { answer: text } : {}),
      at: this.clock().toISOString(),
    };
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
    this.feedback = undefined;
    this.phase = this.index < this.total ? "answering" : "done";
    return this.phase;
  }

  /** The session so far: every rated answer, never the one in progress. */
  result(options: { interrupted?: boolean } = {}): PracticeSession {
    const { deck, program, questions } = this.setup;
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
    };
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

/**
 * Feedback on a kept take. An answer spoken aloud has no words to check, so its feedback is
 * only the time: coverage, STAR and fillers would judge the placeholder text, not the answer.
 */
export function feedbackFor(take: Take, question: Question, limitSeconds: number, mode: AnswerMode): Feedback {
  if (mode === "typed") return analyseAnswer(take.text, question, limitSeconds);
  return {
    words: 0,
    speakingSeconds: take.seconds,
    limitSeconds,
    overLimit: take.seconds > limitSeconds,
    covered: [],
    missed: [],
    fillers: [],
    repeated: [],
    privacy: [],
  };
}

export function limitFor(question: Question, timeSeconds?: number): number {
  return timeSeconds ?? question.answerSeconds;
}

export interface AnswerParts {
  question: Question;
  take: Take;
  takes: number;
  rating: number;
  mode: AnswerMode;
  limitSeconds: number;
  feedback: Feedback;
  nextTime?: string;
}

/** One answer as the note shows it. Recovery from history builds answers the same way. */
export function buildAnswer(parts: AnswerParts): PracticeAnswer {
  const { question, take } = parts;
  return {
    questionId: question.id,
    text: question.text,
    ...(question.category ? { category: question.category } : {}),
    format: question.format,
    answer: take.text,
    mode: parts.mode,
    seconds: take.seconds,
    limitSeconds: parts.limitSeconds,
    takes: parts.takes,
    rating: parts.rating,
    ...(parts.nextTime ? { nextTime: parts.nextTime } : {}),
    feedback: parts.feedback,
    tips: question.tips,
    followups: question.followups,
  };
}

function answerEntry(session: string, deck: string, answer: PracticeAnswer, at: Date): AnswerEntry {
  const { feedback } = answer;
  return {
    type: "answer",
    session,
    deck,
    question: answer.questionId,
    rating: answer.rating,
    seconds: answer.seconds,
    limit: answer.limitSeconds,
    takes: answer.takes,
    answer: answer.answer,
    mode: answer.mode,
    covered: feedback.covered.length,
    points: feedback.covered.length + feedback.missed.length,
    ...(feedback.star ? { star: feedback.star } : {}),
    ...(answer.category ? { category: answer.category } : {}),
    format: answer.format,
    at: at.toISOString(),
  };
}
