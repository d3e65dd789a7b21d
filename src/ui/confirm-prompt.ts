// A yes/no prompt that tells its caller the answer typed so far. @inquirer/prompts' confirm keeps
// a typed "y" to itself until Enter, so a form stopped there (Ctrl-C, SIGTERM, a closed terminal)
// lost it; with onChange the caller has it and saves it. Keys and looks are the same as that
// confirm's: y, yes, n or no (any case), Enter for the default, Tab to flip the answer.
import { createPrompt, isEnterKey, isTabKey, makeTheme, useKeypress, usePrefix, useState, type Theme } from "@inquirer/core";

export interface ConfirmConfig {
  message: string;
  /** The answer Enter gives on an empty line; yes unless false. */
  default?: boolean;
  /** The answer the typed text means (undefined while it means neither), after every change. */
  onChange?: (answer: boolean | undefined) => void;
  theme?: Partial<Theme>;
}

/** What `typed` answers: y/yes/n/no as typed or begun, in any case; the empty line is `fallback`. */
function meaning(typed: string, fallback: boolean): boolean | undefined {
  const word = typed.trim().toLowerCase();
  if (word === "") return fallback;
  if ("yes".startsWith(word)) return true;
  if ("no".startsWith(word)) return false;
  return undefined;
}

export const confirmPrompt = createPrompt<boolean, ConfirmConfig>((config, done) => {
  const theme = makeTheme(config.theme);
  const [status, setStatus] = useState<"idle" | "done">("idle");
  const [value, setShown] = useState("");
  const [error, setError] = useState<string | undefined>(undefined);
  const prefix = usePrefix({ status, theme });
  const fallback = config.default !== false;
  const setValue = (text: string) => {
    setShown(text);
    // Only what was typed counts: an empty line answers nothing yet (the default is not a choice made).
    config.onChange?.(text.trim() ? meaning(text, fallback) : undefined);
  };

  useKeypress((key, rl) => {
    if (status !== "idle") return;
    if (isEnterKey(key)) {
      const answer = meaning(value, fallback);
      if (answer === undefined) {
        // readline emptied its line on Enter: put the typed text back to fix.
        rl.write(value);
        return setError('You must answer with "Yes" or "No"');
      }
      setValue(answer ? "Yes" : "No");
      setStatus("done");
      done(answer);
    } else if (isTabKey(key)) {
      const flipped = !(meaning(value, fallback) ?? fallback) ? "Yes" : "No";
      rl.clearLine(0);
      rl.write(flipped);
      setValue(flipped);
    } else {
      setValue(rl.line);
      setError(undefined);
    }
  });

  const message = theme.style.message(config.message, status);
  const hint = status === "done" ? "" : ` ${theme.style.defaultAnswer(fallback ? "Y/n" : "y/N")}`;
  const shown = status === "done" ? theme.style.answer(value) : value;
  return [`${prefix} ${message}${hint} ${shown}`, error ? theme.style.error(error) : ""];
});
