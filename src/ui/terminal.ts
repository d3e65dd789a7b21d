// Whether there is a terminal to ask on. Kept apart from prompts.ts so that a command can fail
// fast (or decide what to show first) without loading @inquirer/prompts.
import { UsageError } from "../errors.js";

/** Fails at once (exit 64) when there is no terminal to ask on, naming the way that needs none. */
export function requireTerminal(command: string, alternative: string): void {
  if (!process.stdin.isTTY) {
    throw new UsageError(`${command} asks questions and needs a terminal on standard input; ${alternative}`);
  }
}
