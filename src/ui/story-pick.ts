// After an answer to a STAR question: "which story did you tell?" in one key. A digit picks a
// story; Enter, Esc or s skips, so it never holds up the session.
import { createPrompt, isEnterKey, useKeypress, useState } from "@inquirer/core";
import { paint } from "./color.js";
import { promptTheme } from "./theme.js";

export interface StoryPickConfig {
  /** Titles in the order their keys 1-9 pick them (at most nine are offered). */
  titles: string[];
}

const storyPickPrompt = createPrompt<number | undefined, StoryPickConfig>((config, done) => {
  const titles = config.titles.slice(0, 9);
  const [picked, setPicked] = useState<number | undefined | null>(null);
  const theme = promptTheme();
  useKeypress((key) => {
    if (picked !== null) return;
    const digit = /^[1-9]$/.test(key.name ?? "") ? Number(key.name) : /^[1-9]$/.test((key as { sequence?: string }).sequence ?? "") ? Number((key as { sequence?: string }).sequence) : NaN;
    const choice = digit >= 1 && digit <= titles.length ? digit - 1 : undefined;
    if (choice === undefined && !isEnterKey(key) && key.name !== "escape" && key.name !== "s") return;
    setPicked(choice);
    done(choice);
  });
  const message = theme.style.message("Which story did you tell?");
  if (picked !== null) {
    return `${theme.prefix.done} ${message} ${picked === undefined ? paint.dim("none") : theme.style.answer(titles[picked]!)}`;
  }
  // One title a line: nine titles on one line would wrap on any terminal.
  const list = titles.map((title, i) => `  ${theme.style.key(String(i + 1))} ${title}`).join("\n");
  return `${theme.prefix.idle} ${message} ${paint.dim(`1-${titles.length} picks, Enter: none`)}\n${list}`;
});

/** The index in `titles` of the story picked, or undefined when skipped. */
export function pickStory(titles: string[], context: { signal?: AbortSignal }): Promise<number | undefined> {
  return storyPickPrompt({ titles }, { output: process.stderr, ...context });
}
