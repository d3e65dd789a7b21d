// stdout carries documents only (Markdown, JSON, CSV). A closed pipe (`| head -1`) is not an
// error: main.ts ends quietly with exit 0 when it sees EPIPE. Both doors to the terminal show
// control characters from files or arguments escaped, so none reaches the terminal raw.
import { terminalSafe, visible } from "../io/control-chars.js";

export function writeDocument(text: string): void {
  // Documents carry no colour, so on a terminal every control character is shown escaped; a
  // file or pipe gets the document as it is.
  const shown = process.stdout.isTTY ? visible(text) : text;
  process.stdout.write(shown.endsWith("\n") ? shown : `${shown}\n`);
}

/** Messages for the person at the terminal: progress, hints, warnings. Never stdout. */
export function say(text = ""): void {
  process.stderr.write(`${terminalSafe(text)}\n`);
}

export function stdoutIsTerminal(): boolean {
  return process.stdout.isTTY === true;
}
