// A one-line text prompt that keeps a paste whole. @inquirer/prompts' input submits at the first
// line break of a paste and the other lines are lost; here a paste (see paste-input.ts) lands at
// the cursor with its line breaks, and only a typed Enter submits. A prompt that collects a list
// splits the answer into its lines (see splitEntries).
import { createPrompt, isBackspaceKey, isEnterKey, isTabKey, makeTheme, useKeypress, usePrefix, useRef, useState, type Theme } from "@inquirer/core";
import { dumbBackspace, insertPaste, screenTail, usePaste, withPromptStreams } from "./paste-input.js";
import { PREFIX_COLUMNS } from "./theme.js";
import { wrapForTerminal } from "./wrap.js";

export interface LineConfig {
  message: string;
  /** Taken when Enter is pressed on an empty line; Tab puts it in the line to edit. */
  default?: string;
  /** true, or the reason the value is refused (shown under the prompt). */
  validate?: (value: string) => boolean | string;
  /** Told the text typed so far at every change, so an interruption can keep it. */
  onText?: (text: string) => void;
  theme?: Partial<Theme>;
}

export const linePrompt = createPrompt<string, LineConfig>((config, done) => {
  const theme = makeTheme(config.theme);
  const [status, setStatus] = useState<"idle" | "done">("idle");
  const [defaultValue, setDefaultValue] = useState(config.default ?? "");
  const [value, setShown] = useState("");
  const [error, setError] = useState<string | undefined>(undefined);
  /** Pasted text before readline's line (readline keeps one line and no line breaks). */
  const earlier = useRef("");
  const prefix = usePrefix({ status, theme });
  const setValue = (text: string) => {
    setShown(text);
    config.onText?.(text);
  };

  usePaste((text, rl) => {
    if (status !== "idle") return;
    const typed = insertPaste(text, rl, earlier);
    setError(undefined);
    setValue(typed);
  });

  useKeypress((key, rl) => {
    if (status !== "idle") return;
    dumbBackspace(key, rl);
    if (isEnterKey(key)) {
      const answer = value || defaultValue;
      const valid = config.validate ? config.validate(answer) : true;
      if (valid === true) {
        setValue(answer);
        setStatus("done");
        done(answer);
        return;
      }
      // readline emptied its line on Enter: put the typed part back to fix.
      const typed = value.slice(earlier.current.length);
      rl.write(typed);
      setError(valid === false ? "Please check this value" : valid);
    } else if (isBackspaceKey(key) && !value) {
      // Backspace on an empty line takes the default away, so that Enter can leave an optional
      // answer empty. A field that needs an answer keeps it: Enter would only be refused.
      if (!config.validate || config.validate("") === true) setDefaultValue("");
    } else if (isTabKey(key) && !value && defaultValue) {
      rl.clearLine(0);
      rl.write(defaultValue);
      setDefaultValue("");
      setValue(defaultValue);
    } else {
      // Backspace on readline's empty line takes back the end of a paste.
      if (isBackspaceKey(key) && rl.line === "" && value === earlier.current) earlier.current = [...earlier.current].slice(0, -1).join("");
      // Ctrl-U deletes to the start of the line, where a paste before readline's line begins:
      // readline has taken its own part, and the pasted text goes too.
      if (key.ctrl && key.name === "u") earlier.current = "";
      setError(undefined);
      setValue(earlier.current + rl.line);
    }
  });

  const message = theme.style.message(config.message, status);
  const shown = screenTail(value, process.stderr.columns ?? 80, Math.max(3, (process.stderr.rows ?? 24) - 4));
  // Wrapped between words after the prefix ("? "): the prompt library cuts a line too long for
  // the terminal at its last column, in the middle of a word. The text being typed is not.
  if (status === "done") return `${prefix} ${wrapForTerminal(`${message} ${theme.style.answer(shown)}`, PREFIX_COLUMNS)}`;
  const hint = defaultValue && !value ? ` ${theme.style.defaultAnswer(defaultValue)}` : "";
  return [`${prefix} ${wrapForTerminal(`${message}${hint}`, PREFIX_COLUMNS)} ${shown}`, error ? theme.style.error(error) : ""];
});

/** The prompt on stderr with a paste-aware input. */
export function askLine(config: LineConfig, context: { signal?: AbortSignal } = {}): Promise<string> {
  return withPromptStreams((streams) => linePrompt(config, { ...streams, ...context }));
}

/** The entries of an answer to a prompt that collects a list: one per non-empty line. */
export function splitEntries(answer: string): string[] {
  return answer
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}
