// Messages on stderr wrapped between words at the terminal's width, so that the terminal never
// cuts a word in two. fast-wrap-ansi rather than wrapWords (ui/table.ts, for table cells): it is
// light enough to load before the first question is shown, and keeps colour codes whole.
import { wrapAnsi } from "fast-wrap-ansi";

/** `text` wrapped to stderr's width less one column; unchanged when stderr is not a terminal. */
export function wrapForTerminal(text: string): string {
  const columns = process.stderr.isTTY ? process.stderr.columns : undefined;
  return columns ? wrapAnsi(text, columns - 1) : text;
}
