// One answer of a session as the note and history.jsonl record it, built from the take kept: the
// same way for a session as it runs and for one recovered from history after a kill -9.
import type { Question } from "../content/types.js";
import { analyseAnswer, type Feedback } from "./feedback.js";
import type { AnswerEntry } from "./history.js";
import type { PracticeAnswer } from "./practice-note.js";

export type AnswerMode = "typed" | "aloud";

export interface Take {
  text: string;
  /** Time used, to 0.1 s. */
  seconds: number;
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
  /** Finished takes set aside for a retake before this one was kept, oldest first. */
  earlierTakes?: string[];
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
    ...(parts.earlierTakes?.length ? { earlierTakes: parts.earlierTakes } : {}),
    feedback: parts.feedback,
    tips: question.tips,
    followups: question.followups,
  };
}

export function answerEntry(session: string, deck: string, answer: PracticeAnswer, at: Date): AnswerEntry {
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
    ...(answer.earlierTakes?.length ? { earlier: answer.earlierTakes } : {}),
    mode: answer.mode,
    covered: feedback.covered.length,
    points: feedback.covered.length + feedback.missed.length,
    ...(feedback.star ? { star: feedback.star } : {}),
    ...(answer.category ? { category: answer.category } : {}),
    format: answer.format,
    at: at.toISOString(),
  };
}
