// A checkbox prompt that tells its caller every tick the moment it is made. @inquirer/prompts'
// checkbox keeps the ticks to itself until Enter, so Ctrl-C, SIGTERM or a closed terminal lost
// the ticks on screen; with onChange the caller has them and saves them. Keys and looks are the
// same as that checkbox's (↑↓, space, a for all, i to invert, a number for the n-th, Enter).
import { createPrompt, isDownKey, isEnterKey, isNumberKey, isSpaceKey, isUpKey, makeTheme, useKeypress, usePagination, usePrefix, useState, type Theme } from "@inquirer/core";
import { wrapForTerminal } from "./wrap.js";

export interface TickChoice<Value> {
  value: Value;
  name: string;
  /** Shown after the message once answered. */
  short?: string;
  checked?: boolean;
  /** Shown under the list while the item is under the cursor. */
  description?: string;
}

export interface TickConfig<Value> {
  message: string;
  choices: readonly TickChoice<Value>[];
  /** Lines of the list shown at once. */
  pageSize?: number;
  /** Enter with nothing ticked is refused with a line saying so. */
  required?: boolean;
  /** The values ticked, after every change. */
  onChange?: (ticked: Value[]) => void;
  /** Given: q answers as Enter does, and calls this first, so the caller stops after this prompt. */
  onStop?: () => void;
  theme?: Partial<Theme>;
}

const CURSOR_HIDE = "\u001b[?25l";
const ICON = { checked: "◉", unchecked: "◯", cursor: "❯" };

type Item<Value> = Required<Pick<TickChoice<Value>, "value" | "name" | "checked">> & TickChoice<Value>;

export const tickPrompt = createPrompt(<Value>(config: TickConfig<Value>, done: (ticked: Value[]) => void) => {
  const theme = makeTheme(config.theme);
  const [status, setStatus] = useState<"idle" | "done">("idle");
  const prefix = usePrefix({ status, theme });
  const [items, setShown] = useState<Item<Value>[]>(config.choices.map((choice) => ({ ...choice, checked: choice.checked ?? false })));
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | undefined>(undefined);
  const ticked = (list: readonly Item<Value>[]) => list.filter((item) => item.checked).map((item) => item.value);
  const setItems = (next: Item<Value>[]) => {
    setShown(next);
    config.onChange?.(ticked(next));
  };

  useKeypress((key) => {
    if (status !== "idle") return;
    setError(undefined);
    if (isEnterKey(key) || (key.name === "q" && config.onStop)) {
      if (config.required && ticked(items).length === 0) return setError("At least one choice must be selected");
      if (!isEnterKey(key)) config.onStop!();
      setStatus("done");
      done(ticked(items));
    } else if (isUpKey(key) || isDownKey(key)) {
      setActive(Math.min(items.length - 1, Math.max(0, active + (isUpKey(key) ? -1 : 1))));
    } else if (isSpaceKey(key)) {
      setItems(items.map((item, i) => (i === active ? { ...item, checked: !item.checked } : item)));
    } else if (key.name === "a") {
      const all = items.some((item) => !item.checked);
      setItems(items.map((item) => ({ ...item, checked: all })));
    } else if (key.name === "i") {
      setItems(items.map((item) => ({ ...item, checked: !item.checked })));
    } else if (isNumberKey(key)) {
      const index = Number(key.name) - 1;
      if (items[index]) {
        setActive(index);
        setItems(items.map((item, i) => (i === index ? { ...item, checked: !item.checked } : item)));
      }
    }
  });

  const message = theme.style.message(config.message, status);
  if (status === "done") {
    const answer = items.filter((item) => item.checked).map((item) => item.short ?? item.name).join(", ");
    // The ticked items in one line, wrapped between words: the terminal would cut one in two.
    return wrapForTerminal([prefix, message, theme.style.answer(answer)].filter(Boolean).join(" "));
  }
  let description: string | undefined;
  const page = usePagination({
    items,
    active,
    renderItem({ item, isActive }) {
      if (isActive) description = item.description;
      const row = `${isActive ? ICON.cursor : " "}${item.checked ? theme.style.answer(ICON.checked) : ICON.unchecked} ${item.name}`;
      return isActive ? theme.style.highlight(row) : row;
    },
    pageSize: config.pageSize ?? 7,
    loop: false,
  });
  // A key and what it does are joined by a no-break space: wrapped, they stay on one line.
  const keysHelp = [["↑↓", "navigate"], ["space", "select"], ["a", "all"], ["i", "invert"], ["⏎", "submit"], ...(config.onStop ? [["q", "submit and stop"]] : [])];
  const help = keysHelp.map(([k, what]) => `${k}\u00a0${theme.style.help(what!)}`).join(theme.style.help(" • "));
  // The section's title and the key help wrapped between words too (the items wrap themselves).
  const lines = [wrapForTerminal(`${prefix} ${message}`), page, " ", description ? theme.style.help(description) : "", wrapForTerminal(help), error ? theme.style.error(error) : ""].filter(Boolean).join("\n").trimEnd();
  return `${lines}${CURSOR_HIDE}`;
});
