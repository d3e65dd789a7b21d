// The one door to the terminal for questions: every prompt renders on stderr with our theme,
// so stdout stays free for documents.
import { select } from "@inquirer/prompts";
import { confirmPrompt, type ConfirmConfig } from "./confirm-prompt.js";
import { terminalSafe, visible } from "../io/control-chars.js";
import { askLine, type LineConfig } from "./line-prompt.js";
import { tickPrompt, type TickConfig } from "./tick-prompt.js";
import { withPromptStreams, type PromptStreams } from "./paste-input.js";
import { promptTheme } from "./theme.js";

type Context = { signal?: AbortSignal };
/** Choice and number prompts read keys (no pastes) and draw through the same stand-ins as the text prompts. */
const choose = <T>(prompt: (context: Context & PromptStreams) => Promise<T>, context: Context = {}) =>
  withPromptStreams((streams) => prompt({ ...streams, ...context }), { pastes: false });

/**
 * Messages, defaults and choices quote names from notes and arguments: control characters in
 * them are shown escaped (our colour codes in a choice's label pass).
 */
function safe<C extends { message: string; default?: unknown; choices?: readonly unknown[] }>(config: C): C {
  const choices = config.choices?.map((choice) => {
    if (typeof choice !== "object" || choice === null) return choice;
    const c = choice as { name?: string; description?: string; short?: string };
    return {
      ...c,
      ...(c.name !== undefined ? { name: terminalSafe(c.name) } : {}),
      ...(c.description !== undefined ? { description: terminalSafe(c.description) } : {}),
      ...(c.short !== undefined ? { short: visible(c.short, { oneLine: true }) } : {}),
    };
  });
  return {
    ...config,
    message: visible(config.message, { oneLine: true }),
    ...(typeof config.default === "string" ? { default: visible(config.default, { oneLine: true }) } : {}),
    ...(choices ? { choices } : {}),
  };
}

// In its own light module (no @inquirer) so a command can check before loading prompts.
export { requireTerminal } from "./terminal.js";

export const ask = {
  // Our own line prompt: a multi-line paste is kept whole instead of cut at its first line break.
  text: (config: Omit<LineConfig, "theme">, context?: Context) => askLine({ ...safe(config), theme: promptTheme() as LineConfig["theme"] }, context),
  // Our own yes/no: it reports the answer typed before Enter (onChange), so an interruption keeps it.
  confirm: (config: Omit<ConfirmConfig, "theme">, context?: Context) => choose((c) => confirmPrompt({ ...safe(config), theme: promptTheme() }, c), context),
  select: <Value>(config: Omit<Parameters<typeof select<Value>>[0], "theme">, context?: Context) =>
    choose((c) => select<Value>({ ...safe(config), theme: promptTheme() }, c), context),
  // The one checkbox: it reports each tick as it is made (onChange), so an interruption keeps them.
  ticks: <Value>(config: Omit<TickConfig<Value>, "theme">, context?: Context) =>
    choose((c) => tickPrompt({ ...safe(config), theme: promptTheme() } as TickConfig<unknown>, c), context) as Promise<Value[]>,
};
