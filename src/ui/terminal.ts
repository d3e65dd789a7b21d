// Whether there is a terminal to ask on. Kept apart from prompts.ts so that a command can fail
// fast (or decide what to show first) without loading @inquirer/prompts.
import { UsageError } from "../io/errors.js";

/** Fails at once (exit 64) when there is no terminal to ask on, naming the way that needs none. */
export function requireTerminal(command: string, alternative: string): void {
  if (!process.stdin.isTTY) {
    throw new UsageError(`${command} asks questions and needs a terminal on standard input; ${alternative}`);
  }
  // Prompts and the countdown are drawn on stderr: redirected to a file, the screen would stay
  // blank while the file fills with redraws.
  if (!process.stderr.isTTY) {
    throw new UsageError(`${command} draws its questions on standard error, which is not a terminal here (2> redirects it); run it without redirecting stderr, or ${alternative.replace(/^(without one, |or )/, "")}`);
  }
}

/**
 * A terminal that reports 0 columns (a serial console, `stty cols 0`, some CI runners) or none
 * at all: every width on screen is computed as if it had 80 columns and 24 rows. With 0, ora
 * counted Infinity lines to clear and spun at 100% CPU, deaf to SIGTERM. The streams keep
 * updating their size on resize; only a size of 0 reads as the default.
 */
export function settleTerminalSize(): void {
  for (const stream of [process.stdout, process.stderr]) {
    if (!stream.isTTY) continue;
    let columns = stream.columns;
    let rows = stream.rows;
    Object.defineProperty(stream, "columns", { configurable: true, enumerable: true, get: () => (columns > 0 ? columns : 80), set: (value: number) => (columns = value) });
    Object.defineProperty(stream, "rows", { configurable: true, enumerable: true, get: () => (rows > 0 ? rows : 24), set: (value: number) => (rows = value) });
  }
}

/**
 * TERM=dumb (Emacs' shell buffer, some CI logs, a serial line): the terminal understands no
 * cursor movement, so nothing is drawn in place; frames are printed line by line.
 */
export function isDumbTerminal(): boolean {
  return process.env.TERM === "dumb";
}
