// The question on screen: "3/5 · category · format · time", then the question itself, wrapped
// between words at the terminal's width. Light (chalk and ui/wrap.ts only), so the first
// question can be shown while the prompts are still loading.
import type { Question } from "../content/types.js";
import { terminalSafe } from "../io/control-chars.js";
import { paint } from "./color.js";
import { wrapForTerminal } from "./wrap.js";

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
  // A question of the "ask" format is one for the candidate to put to them, which its text alone
  // ("How does the program support residents' well-being?") does not say; its rating scores how
  // specific the candidate's own wording is.
  const asking = question.format === "ask" ? `${paint.dim(wrapForTerminal(ASK_HINT))}\n` : "";
  // One write, so the question appears all at once.
  process.stderr.write(terminalSafe(`\n${paint.bold.cyan(`${number}/${total}`)} ${paint.dim(facts)}${retake}\n${paint.bold(wrapForTerminal(question.text))}\n${asking}`));
}

const ASK_HINT = "A question for you to ask them: put it in your own words, made specific to this place.";

/** 89.2 -> "1:29": whole seconds, rounded down, as every clock in a session shows time. */
export function clockText(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}
