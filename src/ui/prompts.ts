// The one door to the terminal for questions: every prompt renders on stderr with our theme,
// so stdout stays free for documents. Tests replace this module.
import { checkbox, confirm, input, number, select } from "@inquirer/prompts";
import { UsageError } from "../errors.js";
import { promptTheme } from "./theme.js";

type Context = { signal?: AbortSignal };
const bind = (context: Context = {}) => ({ output: process.stderr, ...context });

/** Fails at once (exit 64) when there is no terminal to ask on, naming the way that needs none. */
export function requireTerminal(command: string, alternative: string): void {
  if (!process.stdin.isTTY) {
    throw new UsageError(`${command} asks questions and needs a terminal on standard input; ${alternative}`);
  }
}

export const ask = {
  text: (config: Omit<Parameters<typeof input>[0], "theme">, context?: Context) => input({ ...config, theme: promptTheme() }, bind(context)),
  number: (config: Omit<Parameters<typeof number>[0], "theme">, context?: Context) => number({ ...config, theme: promptTheme() }, bind(context)),
  confirm: (config: Omit<Parameters<typeof confirm>[0], "theme">, context?: Context) => confirm({ ...config, theme: promptTheme() }, bind(context)),
  select: <Value>(config: Omit<Parameters<typeof select<Value>>[0], "theme">, context?: Context) =>
    select<Value>({ ...config, theme: promptTheme() }, bind(context)),
  checkbox: <Value>(config: Omit<Parameters<typeof checkbox<Value>>[0], "theme">, context?: Context) =>
    checkbox<Value>({ ...config, theme: promptTheme() }, bind(context)),
};
