// How user text sits inside a practice note so that it cannot break the note and parses back
// exactly. Shared by the renderer and the parser, which must agree on every marker here.
//
// - A multi-line text (an answer) goes in a fenced block whose backtick fence is longer than
//   any run of backticks in the text. CommonMark closes a fence only with a run at least as
//   long, so no line of the text can close it, and the parser takes the first line that IS the
//   fence as the end. Text lines are kept byte for byte: "---", "#", HTML, trailing spaces.
// - A one-line text (a "next time" line) is escaped with backslashes (CommonMark lets any ASCII
//   punctuation be escaped) and unescaped on parsing; each backslash in the output starts
//   exactly one escape, so unescaping is the exact inverse.
// - Line endings: notes are LF-only text. CR LF and a lone CR in user text become LF before
//   rendering (Markdown would treat a lone CR as a line break anyway), so what parses back is
//   the text with its line endings normalised to LF, nothing else changed.

export const ANSWER_INFO = "text";
export const NO_ANSWER = "_No answer._";
export const SKIPPED = "_Skipped on purpose; not rated, so its schedule is unchanged._";
export const TIMED_OUT = "_Time ran out before anything was typed; not rated, so its schedule is unchanged._";
export const ANSWERED_ALOUD = "_Answered aloud; no text._";
export const NEXT_TIME = "Next time I will:";
export const QUESTION_HEADING = /^## (\d+)\. /;
export const FENCE_OPEN = /^(`{3,})text$/;

export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** A fenced block holding `text` exactly; `text` has LF line endings. */
export function fenced(text: string): string[] {
  const longestRun = (text.match(/`+/g) ?? []).reduce((longest, run) => Math.max(longest, run.length), 0);
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  return [`${fence}${ANSWER_INFO}`, ...text.split("\n"), fence];
}

/**
 * The text of the fenced block opening at `lines[start]`, and the index after its closing
 * fence; undefined when the block is never closed (a truncated note).
 */
export function readFenced(lines: readonly string[], start: number): { text: string; next: number } | undefined {
  const fence = FENCE_OPEN.exec(lines[start] ?? "")?.[1];
  if (!fence) return undefined;
  const end = lines.indexOf(fence, start + 1);
  if (end === -1) return undefined;
  return { text: lines.slice(start + 1, end).join("\n"), next: end + 1 };
}

const ESCAPED = /[\\`*_[\]<>|#&~!]/g;

/** One line of user text, escaped so no character in it changes the Markdown around it. */
export function escapeLine(text: string): string {
  return text.replace(ESCAPED, "\\$&");
}

export function unescapeLine(text: string): string {
  return text.replace(/\\([\\`*_[\]<>|#&~!])/g, "$1");
}

/** True when a line of text can go inline (escaped) rather than in a fenced block. */
export function fitsOnOneLine(text: string): boolean {
  return text.length > 0 && !text.includes("\n") && text === text.trim();
}
