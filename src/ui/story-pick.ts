// After an answer to a STAR question: "which story did you tell?" in one key. A digit, then a
// letter, picks a story; Enter, Esc or s skips, so it never holds up the session.
import { createPrompt, isEnterKey, useKeypress, useState } from "@inquirer/core";
import { paint } from "./color.js";
import { promptTheme } from "./theme.js";

export interface StoryPickConfig {
  /** Titles in the order their keys pick them (see STORY_KEYS; at most that many are offered). */
  titles: string[];
}

/** 1-9, then the letters but s, which skips: a bank of ten or more stories is common. */
export const STORY_KEYS = "123456789abcdefghijklmnopqrtuvwxyz";

/**
 * "1-3", "1-9, a", "1-9, a-c", "1-9, a-r, t-u": the keys that pick `count` stories, as runs of
 * keys in a row. s, which skips, is not one of them, so the letters break around it.
 */
function keyRange(count: number): string {
  const keys = STORY_KEYS.slice(0, count);
  const runs: string[] = [];
  for (let from = 0; from < keys.length; ) {
    let to = from;
    while (to + 1 < keys.length && keys.charCodeAt(to + 1) === keys.charCodeAt(to) + 1) to++;
    runs.push(to > from ? `${keys[from]}-${keys[to]}` : keys[from]!);
    from = to + 1;
  }
  return runs.join(", ");
}

/** The prompt itself (pickStory shows it on stderr). */
export const storyPickPrompt = createPrompt<number | undefined, StoryPickConfig>((config, done) => {
  const titles = config.titles.slice(0, STORY_KEYS.length);
  const [picked, setPicked] = useState<number | undefined | null>(null);
  const theme = promptTheme();
  useKeypress((key) => {
    if (picked !== null) return;
    const typed = (key as { sequence?: string }).sequence ?? key.name ?? "";
    const index = typed.length === 1 ? STORY_KEYS.indexOf(typed.toLowerCase()) : -1;
    const choice = index !== -1 && index < titles.length ? index : undefined;
    if (choice === undefined && !isEnterKey(key) && key.name !== "escape" && key.name !== "s") return;
    setPicked(choice);
    done(choice);
  });
  const message = theme.style.message("Which story did you tell?");
  if (picked !== null) {
    return `${theme.prefix.done} ${message} ${picked === undefined ? paint.dim("none") : theme.style.answer(titles[picked]!)}`;
  }
  // One title a line: nine titles on one line would wrap on any terminal.
  const list = titles.map((title, i) => `  ${theme.style.key(STORY_KEYS[i]!)} ${title}`).join("\n");
  // Past the last key, stories cannot be picked here: said, so none is missed without a word.
  const unkeyed = config.titles.length - titles.length;
  const more = unkeyed > 0 ? `\n  ${paint.dim(`…and ${unkeyed} more that fit, with no key left to pick them`)}` : "";
  return `${theme.prefix.idle} ${message} ${paint.dim(`${keyRange(titles.length)} picks, Enter: none`)}\n${list}${more}`;
});

/** The index in `titles` of the story picked, or undefined when skipped. */
export function pickStory(titles: string[], context: { signal?: AbortSignal }): Promise<number | undefined> {
  return storyPickPrompt({ titles }, { output: process.stderr, ...context });
}
