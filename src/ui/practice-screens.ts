// What a practice session shows and asks on stderr around the answer itself: the question,
// keep-or-retake, the self-rating, feedback, "next time", the summary and the recovery offer.
// Every prompt takes the session's AbortSignal so a signal stops it at once.
import type { PlaceKind, QuestionFormat } from "../content/types.js";
import { missingStarParts, type Feedback } from "../practice/feedback.js";
import { paint } from "./color.js";
import { say } from "./output.js";
import { renderTable, wrapWords } from "./table.js";
import { ask } from "./prompts.js";
import { wrapForTerminal, wrapHanging } from "./wrap.js";

type Context = { signal?: AbortSignal };

/** Anchors keep ratings comparable from one day to the next (1, 3 and 5 are the issue's). */
export const RATING_ANCHORS: Record<number, string> = {
  1: "No example: general statements only",
  2: "An example, but vague or incomplete",
  3: "A specific example",
  4: "A specific example, clearly structured",
  5: "Specific, structured, with a measurable result",
};

/**
 * A question the candidate asks is judged by what the answer would tell them, not by a story: is
 * it specific to this program (or employer), and could the reply change the rank order (or
 * whether to take the job)? Worded for the kind of interview the deck prepares for.
 */
export const ASK_RATING_ANCHORS: Record<PlaceKind, Record<number, string>> = {
  residency: {
    1: "Generic: any program would answer it the same way",
    2: "Answered on their website already",
    3: "Specific to this program",
    4: "Specific, and follows up on something you heard here",
    5: "Specific, and the reply could change your rank order",
  },
  job: {
    1: "Generic: any employer would answer it the same way",
    2: "Answered on their website already",
    3: "Specific to this employer and role",
    4: "Specific, and follows up on something you heard here",
    5: "Specific, and the reply could change whether you take the job",
  },
};

/**
 * Before keep-or-retake: the points the take covers and the ones a retake could add, and the
 * STAR parts it lacks. The full feedback follows the rating, so as not to sway it.
 */
export function showTakeCheck(feedback: Feedback): void {
  const total = feedback.covered.length + feedback.missed.length;
  const starMissing = missingStarParts(feedback);
  if (total === 0 && starMissing.length === 0) return;
  const parts = [
    ...(total > 0 ? [`points covered ${feedback.covered.length} of ${total}${feedback.missed.length ? `; not yet: ${feedback.missed.join("; ")}` : ""}`] : []),
    ...(starMissing.length ? [`STAR missing: ${starMissing.join(", ")}`] : []),
  ];
  say(paint.dim(wrapWords(`This take: ${parts.join(". ")}.`, process.stderr.columns || 80, 2).join("\n")));
}

export async function askKeepOrRetake(takesLeft: number, context: Context): Promise<"keep" | "retake"> {
  return ask.select<"keep" | "retake">(
    {
      message: "Keep this take?",
      choices: [
        { name: "Keep this take", value: "keep" },
        { name: "Try again", value: "retake", description: `${takesLeft} more take${takesLeft === 1 ? "" : "s"} allowed for this question; this one stays in your note, not rated` },
      ],
    },
    context,
  );
}

/** The self-rating, on the scale that fits the question: `ask` questions get ASK_RATING_ANCHORS for the `interview`'s kind. */
export async function askRating(context: Context, format?: QuestionFormat, interview: PlaceKind = "residency"): Promise<number> {
  const anchors = format === "ask" ? ASK_RATING_ANCHORS[interview] : RATING_ANCHORS;
  // The menu would cut a long anchor at the terminal's edge and show seven lines a page: on a
  // narrow terminal each anchor wraps between words under its own text, and the page holds all five.
  const choices = [1, 2, 3, 4, 5].map((value) => ({ name: `${value}  ${wrapHanging(anchors[value]!, 5)}`, value, short: String(value) }));
  const lines = choices.reduce((sum, choice) => sum + choice.name.split("\n").length, 0);
  return ask.select<number>({ message: "Rate your answer", default: 3, choices, pageSize: Math.max(7, lines) }, context);
}

export async function askNextTime(context: Context, onText?: (text: string) => void): Promise<string> {
  return ask.text({ message: "Next time I will… (Enter to skip)", ...(onText ? { onText } : {}) }, context);
}

export interface FeedbackScreen {
  /** From renderFeedbackLines(); an indented line belongs to the one above. */
  lines: string[];
  tips: string[];
  followups: string[];
  /** For an answer given aloud: the points to check yourself against, since no words were typed. */
  checkPoints?: string[];
}

export function showFeedback({ lines, tips, followups, checkPoints = [] }: FeedbackScreen): void {
  // The privacy warning (possible patient identifiers; notes are unencrypted) goes first and loud.
  const privacyAt = lines.findIndex((line) => line.startsWith("Privacy:"));
  const privacyEnd = privacyAt === -1 ? -1 : nextTopLevel(lines, privacyAt);
  const privacy = privacyAt === -1 ? [] : lines.slice(privacyAt, privacyEnd);
  const rest = privacyAt === -1 ? lines : [...lines.slice(0, privacyAt), ...lines.slice(privacyEnd)];
  // Wrapped here, by words and to the width: the terminal itself would cut a word at its edge.
  const width = process.stderr.columns || 80;
  const item = (text: string, marker: string) => wrapWords(`${marker}${text}`, width, marker.length);
  // A line indented under the one above keeps its indent and mark (✓, ✗), and its wrapped lines hang under its text.
  const indented = (line: string, marker: string) => {
    const lead = /^\s*(?:[✓✗•-] )?/u.exec(line)![0];
    return item(line.slice(lead.length), `${marker}${lead}`);
  };
  const out: string[] = [""];
  if (privacy.length) out.push(...privacy.flatMap((line, i) => (i === 0 ? item(line, "⚠ ").map((l) => paint.red.bold(l)) : indented(line, "  ").map((l) => paint.yellow(l)))), "");
  out.push(paint.bold("Feedback"), ...rest.flatMap((line) => indented(line, "  ")));
  if (checkPoints.length) out.push(paint.bold("Did you cover these?"), ...checkPoints.flatMap((point) => item(point, "  • ")));
  if (tips.length) out.push(paint.bold("Tips"), ...tips.flatMap((tip) => item(tip, "  • ")));
  if (followups.length) out.push(paint.bold("They may follow up with"), ...followups.flatMap((f) => item(f, "  • ")));
  say(out.join("\n"));
}

function nextTopLevel(lines: string[], from: number): number {
  let i = from + 1;
  while (i < lines.length && lines[i]!.startsWith("  ")) i++;
  return i;
}

/**
 * The end-of-session table; `rows[0]` is the header, `average` the line under it (averageLine). Fits the terminal's width: a long question
 * wraps by words inside its column, and wide characters (Japanese, Korean) keep the columns in line.
 */
export function showSummary(rows: string[][], average: string | undefined, footer: string[] = []): void {
  const [header, ...body] = rows;
  const out = ["", paint.bold("Summary")];
  // A session whose questions were all skipped has no rows: say so, as the note does.
  if (!body.length) out.push("No questions answered.");
  else if (header) {
    const lines = renderTable(header, body, { width: process.stderr.columns || 80, align: header.map((_, col) => (col === 0 ? "left" : "right")) });
    // The header's lines are those above the rule.
    const rule = lines.findIndex((line) => line.startsWith("─"));
    out.push(...lines.map((line, i) => (i <= rule ? paint.dim(line) : line)));
  }
  // The average and the footer are sentences: wrapped between words, as the table's cells are.
  if (average !== undefined) out.push(wrapForTerminal(average));
  say([...out, ...footer.map((line) => wrapForTerminal(line))].join("\n"));
}

export async function askRecover(description: string, context: Context): Promise<boolean> {
  say(`${paint.yellow("Unfinished session")} (the program was stopped before it could save): ${description}.`);
  return ask.confirm({ message: "Save it as a note now?", default: true }, context);
}
