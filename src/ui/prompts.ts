// The one door to the terminal for questions: every prompt renders on stderr with our theme,
// so stdout stays free for documents.
import { checkbox, confirm, input, number, select } from "@inquirer/prompts";
import { promptTheme } from "./theme.js";

type Context = { signal?: AbortSignal };
const bind = (context: Context = {}) => ({ output: process.stderr, ...context });

// In its own light module (no @inquirer) so a command can check before loading prompts.
export { requireTerminal } from "./terminal.js";

export const ask = {
  text: (config: Omit<Parameters<typeof input>[0], "theme">, context?: Context) => input({ ...config, theme: promptTheme() }, bind(context)),
  number: (config: Omit<Parameters<typeof number>[0], "theme">, context?: Context) => number({ ...config, theme: promptTheme() }, bind(context)),
  confirm: (config: Omit<Parameters<typeof confirm>[0], "theme">, context?: Context) => confirm({ ...config, theme: promptTheme() }, bind(context)),
  select: <Value>(config: Omit<Parameters<typeof select<Value>>[0], "theme">, context?: Context) =>
    select<Value>({ ...config, theme: promptTheme() }, bind(context)),
  checkbox: <Value>(config: Omit<Parameters<typeof checkbox<Value>>[0], "theme">, context?: Context) =>
    checkbox<Value>({ ...config, theme: promptTheme() }, bind(context)),
};
