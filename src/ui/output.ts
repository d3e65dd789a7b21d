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

/**
 * A Markdown document: as it is for a file or a pipe; on a terminal, laid out to fit its width
 * (tables aligned, lines wrapped between words). The layout code loads only for a terminal.
 */
export async function writeMarkdown(text: string): Promise<void> {
  if (!process.stdout.isTTY) return writeDocument(text);
  const { markdownForTerminal } = await import("./terminal-markdown.js");
  // Escaped first, so that the layout measures what the screen will show.
  writeDocument(markdownForTerminal(visible(text), process.stdout.columns));
}

/** Messages for the person at the terminal: progress, hints, warnings. Never stdout. */
export function say(text = ""): void {
  process.stderr.write(`${terminalSafe(text)}\n`);
}

export function stdoutIsTerminal(): boolean {
  return process.stdout.isTTY === true;
}
