// The question on screen: "3/5 · category · format · time", then the question itself, wrapped
// between words at the terminal's width. Light (chalk and fast-wrap-ansi, not string-width and
// its emoji tables), so the first question can be shown while the prompts are still loading.
import type { Question } from "../content/types.js";
import { terminalSafe } from "../io/control-chars.js";
import { wrapAnsi } from "fast-wrap-ansi";
import { paint } from "./color.js";

export interface QuestionHeader {
  number: number;
  total: number;
  question: Question;
  limitSeconds: number;
  take: number;
}

export function showQuestion({ number, total, question, limitSeconds, take }: QuestionHeader): void {
  const facts = [question.category, question.format, `${clockText(limitSeconds)} to answer`].filter(Boolean).join(" · ");
  const retake = take > 1 ? paint.yellow(` (take ${take})`) : "";
  // One write, so the question appears all at once.
  process.stderr.write(terminalSafe(`\n${paint.bold.cyan(`${number}/${total}`)} ${paint.dim(facts)}${retake}\n${paint.bold(wrapped(question.text))}\n`));
}

/** The text word-wrapped to the terminal on stderr (as it is when stderr is not one). */
function wrapped(text: string): string {
  const columns = process.stderr.isTTY ? process.stderr.columns : undefined;
  return columns ? wrapAnsi(text, columns - 1) : text;
}

/** 89.2 -> "1:29": whole seconds, rounded down, as every clock in a session shows time. */
export function clockText(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}
