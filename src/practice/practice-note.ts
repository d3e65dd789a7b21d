// The Markdown note of a practice session: front matter that `stats` and note apps
// read, then each question with the answer as typed, time, rating, feedback and "next time",
// and a summary table. User text is placed by practice-note-format.ts so it parses back exactly.
import { formatDuration } from "../io/duration.js";
import type { QuestionFormat } from "../content/types.js";
import type { Feedback } from "./feedback.js";
import { renderFeedbackLines } from "./feedback.js";
import { isoDay, isoLocal } from "../io/dates.js";
import { renderNote } from "../io/front-matter.js";
import { cell, inline, longDate, table } from "../io/markdown.js";
import { ANSWERED_ALOUD, escapeLine, fenced, fitsOnOneLine, NEXT_TIME, NO_ANSWER, normaliseLineEndings, SKIPPED, TIMED_OUT } from "./practice-note-format.js";
import { slugify } from "../io/slug.js";


export interface PracticeAnswer {
  questionId: string;
  /** The question's text. */
  text: string;
  category?: string;
  format: QuestionFormat;
  /** What the user typed (the kept take). */
  answer: string;
  mode: "typed" | "aloud";
  /** Time used, to 0.1 s. */
  seconds: number;
  limitSeconds: number;
  takes: number;
  /** Self-rating 1-5. */
  rating: number;
  nextTime?: string;
  /**
   * Finished takes set aside for a retake before the kept one, oldest first: not rated or
   * analysed, but the user's words, so the note keeps them (a first take can be the better one).
   */
  earlierTakes?: string[];
  feedback: Feedback;
  tips: string[];
  followups: string[];
}

export interface PracticeSession {
  /** Deck id. */
  deck: string;
  deckTitle: string;
  program?: string;
  startedAt: Date;
  endedAt: Date;
  /** How many questions the session was going to ask. */
  planned: number;
  interrupted?: boolean;
  answers: PracticeAnswer[];
  /** Questions passed over on purpose: not rated, not scheduled. */
  skipped?: SkippedQuestion[];
  /** Text being typed when the session was stopped: kept, never rated or scheduled. */
  unrated?: UnratedAnswer[];
}

export interface UnratedAnswer {
  questionId: string;
  /** The question's text. */
  text: string;
  /** What was typed so far. */
  answer: string;
  /**
   * How far the answer got: "finished" once Enter ended it (keep or retake was being asked),
   * "kept" once kept (the rating was being asked), "retaken" when a retake was asked for it and
   * not rated; absent while it was still being typed.
   */
  stage?: "finished" | "kept" | "retaken";
}

/** Why an unrated answer has no rating, in the note: what the person was doing when the session stopped. */
const UNRATED_BECAUSE = {
  typing: "Being typed when the session was stopped; not rated.",
  finished: "Finished, but not yet kept or rated when the session was stopped.",
  kept: "Kept, but not yet rated when the session was stopped.",
  retaken: "Finished, then set aside for a retake that was not rated; kept here so that the answer is not lost.",
} as const;

export interface SkippedQuestion {
  questionId: string;
  /** The question's text. */
  text: string;
  category?: string;
  /** Words typed before the question was skipped, if any. */
  answer?: string;
  /** Skipped because its answer time ran out with nothing typed (--hard), not by the user. */
  timedOut?: true;
}

export const SUMMARY_HEADER = ["Question", "Time", "Takes", "Rating", "Points"];

const FORMAT_LABEL: Record<QuestionFormat, string> = { star: "STAR", open: "open", ask: "ask them" };

export function renderPracticeNote(session: PracticeSession): string {
  return renderNote(frontMatter(session), body(session));
}

function frontMatter(session: PracticeSession): Record<string, unknown> {
  const average = averageRating(session);
  return {
    type: "practice",
    deck: session.deck,
    ...(session.program ? { program: normaliseLineEndings(session.program) } : {}),
    date: isoLocal(session.startedAt),
    duration: formatDuration((session.endedAt.getTime() - session.startedAt.getTime()) / 1000),
    questions: session.answers.length,
    planned: session.planned,
    ...(average !== undefined ? { average } : {}),
    ...(session.interrupted ? { interrupted: true } : {}),
    ...(session.skipped?.length ? { skipped: session.skipped.map((s) => s.questionId) } : {}),
    ...(session.unrated?.length ? { unrated: session.unrated.map((u) => u.questionId) } : {}),
    answers: session.answers.map((a) => ({ id: a.questionId, rating: a.rating, seconds: tenths(a.seconds), takes: a.takes, limit: a.limitSeconds })),
  };
}

function body(session: PracticeSession): string {
  const program = session.program ? `, for ${inline(session.program)}` : "";
  const out: string[] = [`# Practice: ${inline(session.deckTitle)}, ${longDate(session.startedAt)}${program}`, ""];
  if (session.interrupted) out.push(`*Interrupted after ${session.answers.length} of ${session.planned} question${session.planned === 1 ? "" : "s"}.*`, "");
  session.answers.forEach((answer, index) => out.push(...answerSection(answer, index + 1)));
  for (const skipped of session.skipped ?? []) {
    // Not a numbered question either: nothing was rated, and readers of the numbered list stay as they were.
    out.push(`## Skipped: ${inline(skipped.text)}`, "", skipped.timedOut ? TIMED_OUT : SKIPPED, "");
    if (skipped.answer) out.push("Typed before skipping:", "", ...fenced(normaliseLineEndings(skipped.answer)), "");
  }
  for (const draft of session.unrated ?? []) {
    // Not a numbered question: the answer was never rated or scheduled.
    out.push(`## Not rated: ${inline(draft.text)}`, "", `*${UNRATED_BECAUSE[draft.stage ?? "typing"]}*`, "", ...fenced(normaliseLineEndings(draft.answer)), "");
  }

  out.push("## Summary", "");
  if (session.answers.length === 0) {
    out.push("No questions answered.");
  } else {
    out.push(table(SUMMARY_HEADER, summaryRows(session).map((row) => row.map(cell))), "");
    out.push(averageLine(session)!);
  }
  const skips = skippedSummary(session);
  if (skips) out.push("", skips);
  return `${out.join("\n")}\n`;
}

function answerSection(answer: PracticeAnswer, number: number): string[] {
  const out = [`## ${number}. ${inline(answer.text)} (${timeOfLimit(answer)})`, ""];
  const meta = [answer.category ? inline(answer.category) : undefined, FORMAT_LABEL[answer.format], answer.mode].filter(Boolean).join(" · ");
  out.push(`*${meta}*`, "");

  const text = normaliseLineEndings(answer.answer);
  if (text) out.push(...fenced(text), "");
  else out.push(answer.mode === "aloud" ? ANSWERED_ALOUD : NO_ANSWER, "");

  out.push(`Self-rating: ${answer.rating}/5 · Takes: ${answer.takes}`, "");
  out.push("Feedback:", "", ...feedbackList(answer.feedback, answer.format), "");
  if (answer.tips.length) out.push("Tips:", "", ...answer.tips.map((tip) => `- ${inline(tip)}`), "");
  if (answer.followups.length) out.push("Follow-ups to prepare:", "", ...answer.followups.map((f) => `- ${inline(f)}`), "");

  const next = answer.nextTime === undefined ? "" : normaliseLineEndings(answer.nextTime);
  if (fitsOnOneLine(next)) out.push(`${NEXT_TIME} ${escapeLine(next)}`, "");
  else if (next) out.push(NEXT_TIME, "", ...fenced(next), "");
  const earlier = answer.earlierTakes ?? [];
  earlier.forEach((take, index) => {
    const which = earlier.length === 1 ? "Earlier take" : `Earlier take ${index + 1} of ${earlier.length}`;
    out.push(`${which}, set aside for a retake (not rated):`, "", ...fenced(normaliseLineEndings(take)), "");
  });
  return out;
}

/** Feedback lines as a Markdown list; lines indented by two spaces become nested items. */
function feedbackList(feedback: Feedback, format: QuestionFormat): string[] {
  return renderFeedbackLines(feedback, format).map((line) =>
    line.startsWith("  ") ? `  - ${inline(line.trimStart().replace(/^- /, ""))}` : `- ${inline(line)}`,
  );
}

/**
 * One row per answer, plain text (the note escapes each cell, the screen prints them as they are):
 * question, time used of limit, takes, rating, points covered.
 */
export function summaryRows(session: PracticeSession): string[][] {
  return session.answers.map((answer, index) => {
    const total = answer.feedback.covered.length + answer.feedback.missed.length;
    return [
      `${index + 1}. ${answer.text}`,
      timeOfLimit(answer),
      String(answer.takes),
      `${answer.rating}/5`,
      total ? `${answer.feedback.covered.length}/${total}` : "–",
    ];
  });
}

/** "2026-11-22-1405-residency", plus "-lakeside-im" for a program: safe in any folder. */
export function sessionFileBase(session: PracticeSession): string {
  const time = isoLocal(session.startedAt).slice(11, 16).replace(":", "");
  const program = session.program ? slugify(session.program, "") : "";
  return [isoDay(session.startedAt), time, slugify(session.deck, "deck"), program].filter(Boolean).join("-");
}

/**
 * "Average self-rating: 4.0 of 5 over 1 question.", the same in the note and on the screen
 * (which passes `strong` to make the figure bold); undefined when nothing was answered.
 */
export function averageLine(session: PracticeSession, strong: (figure: string) => string = (figure) => figure): string | undefined {
  const average = averageRating(session);
  if (average === undefined) return undefined;
  const n = session.answers.length;
  return `Average self-rating: ${strong(average.toFixed(1))} of 5 over ${n} question${n === 1 ? "" : "s"}.`;
}

/**
 * "Skipped on purpose: 2 questions (not rated; schedule unchanged).", with the questions whose
 * time ran out with nothing typed counted apart, in the note and on the screen; undefined when
 * none was skipped.
 */
export function skippedSummary(session: PracticeSession): string | undefined {
  const questions = (n: number) => `${n} question${n === 1 ? "" : "s"}`;
  const timedOut = session.skipped?.filter((s) => s.timedOut).length ?? 0;
  const onPurpose = (session.skipped?.length ?? 0) - timedOut;
  const parts = [...(onPurpose ? [`skipped on purpose: ${questions(onPurpose)}`] : []), ...(timedOut ? [`time ran out with nothing typed: ${questions(timedOut)}`] : [])];
  const said = parts.join("; ");
  return said ? `${said[0]!.toUpperCase()}${said.slice(1)} (not rated; schedule unchanged).` : undefined;
}

/** Mean self-rating to one decimal, or undefined when nothing was answered. */
function averageRating(session: PracticeSession): number | undefined {
  if (session.answers.length === 0) return undefined;
  const sum = session.answers.reduce((total, answer) => total + answer.rating, 0);
  return Math.round((sum / session.answers.length) * 10) / 10;
}

function timeOfLimit(answer: PracticeAnswer): string {
  return `${formatDuration(answer.seconds)} of ${formatDuration(answer.limitSeconds)}`;
}

function tenths(seconds: number): number {
  return Math.round(seconds * 10) / 10;
}
