// stdout carries documents only (Markdown, JSON, CSV). A closed pipe (`| head -1`) is not an
// error: main.ts ends quietly with exit 0 when it sees EPIPE.

export function writeDocument(text: string): void {
  process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
}

/** Messages for the person at the terminal: progress, hints, warnings. Never stdout. */
export function say(text = ""): void {
  process.stderr.write(`${text}\n`);
}

export function stdoutIsTerminal(): boolean {
  return process.stdout.isTTY === true;
}
