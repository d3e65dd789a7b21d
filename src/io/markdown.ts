// Small Markdown helpers. Anything a user typed goes through these so that it cannot open a
// heading, a code fence, front matter or HTML inside a note.
import { isoDay, parseDay } from "./dates.js";

/** Inline text on one line: escapes what would change the structure, folds newlines. A lone CR
 * ends a line in Markdown too: "x\r---" made a setext heading of the line before. */
export function inline(text: string): string {
  return text
    .replace(/\r\n?|\n/g, " ")
    .replace(/([\\`*_[\]<>|#])/g, "\\$1")
    .trim();
}

/** A table cell: inline text, with pipes escaped by inline(). */
export function cell(text: string): string {
  return inline(text) || " ";
}

/**
 * The line a document gives for the `files` (as shown) it leaves out because they cannot be read,
 * since a document saved or piped has no warning beside it: "**Not on this list: 1 review that
 * cannot be read** (reviews/a.md): fix it, then rank again." `what`: one such file, e.g. "review"
 * or "interview note"; `again`: what to do once they are fixed ("rank again").
 */
export function notOnThisList(files: readonly string[], what: string, again: string): string {
  const many = files.length !== 1;
  return `**Not on this list: ${files.length} ${what}${many ? "s" : ""} that cannot be read** (${files.map(inline).join(", ")}): fix ${many ? "them" : "it"}, then ${again}.`;
}

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

// Notes and messages are in English whatever the machine's locale, and a note must read the
// same on every Node build. toLocaleDateString("en-GB") depends on the ICU data Node was built
// with (a small-icu build has no en-GB), and loading that data costs about 25 ms of a start.
// The British forms it gives today are spelled out here instead ("Sept" included).
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"];

/** "22 Nov 2026": the day of `date` on the local clock. */
export function longDate(date: Date): string {
  return `${date.getDate()} ${SHORT_MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}

/**
 * The day a note is saved with (YYYY-MM-DD), as said to the user: "today, 25 Nov 2026", or
 * "21 Nov 2026" with where it came from when `from` is given ("21 Nov 2026, from answers.yaml").
 */
export function savedDayLabel(day: string, today: Date, from?: string): string {
  return day === isoDay(today) ? `today, ${longDate(today)}` : `${longDate(parseDay(day)!)}${from ? `, from ${from}` : ""}`;
}

/** "22 November": the day of `date` on the local clock, without the year. */
export function dayAndMonth(date: Date): string {
  return `${date.getDate()} ${MONTHS[date.getMonth()]}`;
}

/**
 * One line of user prose, made literal Markdown: inline() escapes what opens code, HTML,
 * headings or tables; here also what would start a list, a setext heading or a numbered item.
 */
export function proseLine(text: string): string {
  return inline(text)
    .replace(/^([-+=~])/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2");
}

/** The inverse of proseLine: every backslash in its output escapes the character after it. */
export function unescapeProse(line: string): string {
  return line.replace(/\\(.)/g, "$1");
}
