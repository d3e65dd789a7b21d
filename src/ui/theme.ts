// The prompts' theme, coloured through chalkStderr so that NO_COLOR, --no-color, FORCE_COLOR and
// TERM=dumb apply to prompts as they do to everything else on stderr.
import { paint } from "./color.js";

export function promptTheme() {
  return {
    prefix: { idle: paint.blue("?"), done: paint.green("✔") },
    style: {
      answer: (text: string) => paint.cyan(text),
      message: (text: string) => paint.bold(text),
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
