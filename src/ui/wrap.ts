// Messages on stderr wrapped between words at the terminal's width, so that the terminal never
// cuts a word in two. fast-wrap-ansi rather than wrapWords (ui/table.ts, for table cells): it is
// light enough to load before the first question is shown, and keeps colour codes whole.
import { wrapAnsi } from "fast-wrap-ansi";
import { say } from "./output.js";

/**
 * `text` wrapped to stderr's width less one column; unchanged when stderr is not a terminal.
 * `used`: columns of the first line already taken before `text` (a prompt's "? "), so that the
 * first line fits after them; the lines after it start at the left edge.
 */
export function wrapForTerminal(text: string, used = 0): string {
  const columns = stderrColumns();
  if (!columns) return text;
  // A stand-in as wide as the columns taken is wrapped with the text and taken off again.
  return used > 0 ? wrapAnsi(`${"x".repeat(used)}${text}`, columns - 1).slice(used) : wrapAnsi(text, columns - 1);
}

/**
 * `text` wrapped to stderr's width less one column, for a first line that starts `indent` columns
 * in (a menu item after its "❯ 3  "), the lines after it indented as far; unchanged when stderr is
 * not a terminal or too narrow to keep ten columns of text.
 */
export function wrapHanging(text: string, indent: number): string {
  const columns = stderrColumns();
  if (!columns || columns - 1 - indent < 10) return text;
  return wrapAnsi(text, columns - 1 - indent).replace(/\n/g, `\n${" ".repeat(indent)}`);
}

/** stderr's width in columns, or undefined when it is not a terminal. */
const stderrColumns = () => (process.stderr.isTTY ? process.stderr.columns : undefined);

/** "note: `text`" on stderr, wrapped between words on a terminal (a side remark of a command's, not a warning). */
export function note(text: string): void {
  say(wrapForTerminal(`note: ${text}`));
}

/** "warning: `text`" on stderr, wrapped between words on a terminal: something left out or not as it should be. */
export function warning(text: string): void {
  say(wrapForTerminal(`warning: ${text}`));
}
