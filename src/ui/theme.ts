// The prompts' theme, coloured through chalkStderr so that NO_COLOR, --no-color, FORCE_COLOR and
// TERM=dumb apply to prompts as they do to everything else on stderr.
import { paint } from "./color.js";
import { wrapForTerminal } from "./wrap.js";

/** The prefix ("?" or "✔") and the space after it, before the message on its first line. */
export const PREFIX_COLUMNS = 2;

export function promptTheme() {
  return {
    prefix: { idle: paint.blue("?"), done: paint.green("✔") },
    style: {
      answer: (text: string) => paint.cyan(text),
      // Wrapped between words: the prompt library itself cuts a line too long at the last column.
      message: (text: string) => paint.bold(wrapForTerminal(text, PREFIX_COLUMNS)),
      error: (text: string) => paint.red(`> ${text}`),
      defaultAnswer: (text: string) => paint.dim(`(${text})`),
      help: (text: string) => paint.dim(text),
      highlight: (text: string) => paint.cyan(text),
      key: (text: string) => paint.cyan.bold(`<${text}>`),
      description: (text: string) => paint.dim(text),
      disabled: (text: string) => paint.dim(text),
    },
  };
}
