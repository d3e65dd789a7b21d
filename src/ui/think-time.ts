// Think time before an answer: a spinner counting down on stderr that Enter or typing skips. It turns
// ora's "dots" frames but is drawn through LiveFrame, as every prompt is, so that a resize and
// Ctrl-Z then `fg` redraw it the way they redraw the prompts; on a dumb terminal it is one line,
// printed once. stdin is read in raw mode here, so Ctrl-C arrives as a key rather than SIGINT;
// it is turned into the same ExitPromptError a prompt throws, and Ctrl-D into end of input, so
// the command handles every way of stopping in one place. Ctrl-Z suspends (suspend.ts) and the
// time stands still until `fg`.
import { emitKeypressEvents } from "node:readline";
import { AbortPromptError, ExitPromptError } from "@inquirer/core";
import { paint } from "./color.js";
import { LiveFrame } from "./live-frame.js";
import { clockText } from "./question-header.js";
import { handleSuspend, practiceClock, suspend } from "./suspend.js";
import { isDumbTerminal } from "./terminal.js";

const SPINNER = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];
/** What Enter and Esc do, longest first: the spinner line shows the longest that fits. */
const KEYS_HINTS = ["Enter to start answering now · Esc to skip this question", "Enter: answer now · Esc: skip", "Enter · Esc: skip"];

export interface ThinkTimeOptions {
  seconds: number;
  signal?: AbortSignal;
  /** Milliseconds from a monotonic clock (one that stands still while suspended, unless a test injects one). */
  now?: () => number;
  input?: NodeJS.ReadStream;
}

/**
 * Resolves "done" when the time is up, "skipped" on Enter (answer now), "skip-question" on Esc
 * (pass over the question), `{ typed }` when the user starts typing (answer now, with what was
 * typed so far); rejects when the user stops.
 */
export function thinkTime({ seconds, signal, now = practiceClock, input = process.stdin }: ThinkTimeOptions): Promise<"done" | "skipped" | "skip-question" | { typed: string }> {
  const started = now();
  const dumb = isDumbTerminal();
  let tick = 0;
  const text = () => {
    if (dumb) return `Think time: ${clockText(seconds)}. ${paint.dim(KEYS_HINTS[0])}`;
    const left = Math.max(0, seconds - (now() - started) / 1000);
    const spinner = SPINNER[tick++ % SPINNER.length]!;
    const clock = clockText(Math.ceil(left));
    // The keys hint in the longest wording that fits the line at the terminal's width now, so
    // the terminal never breaks it inside a word (at 60 columns the full one did).
    const room = (process.stderr.columns || 80) - 1 - `${spinner} Think time ${clock}  `.length;
    const hint = KEYS_HINTS.find((h) => h.length <= room);
    // The cursor is hidden while the spinner turns; LiveFrame shows it again when released.
    return `${paint.cyan(spinner)} Think time ${paint.cyan(clock)}${hint ? `  ${paint.dim(hint)}` : ""}\u001b[?25l`;
  };
  const tty = process.stderr.isTTY === true;
  const frame = tty ? new LiveFrame() : undefined;
  if (tty) handleSuspend();

  return new Promise((resolve, reject) => {
    const raw = input.isTTY === true;
    const finish = (outcome: () => void) => {
      clearInterval(timer);
      input.off("keypress", onKey);
      input.off("end", onEnd);
      signal?.removeEventListener("abort", onAbort);
      if (raw) input.setRawMode(false);
      input.pause();
      // The spinner line goes; what follows (the answer prompt) takes its place.
      frame?.clear();
      outcome();
    };
    let typed: string | undefined;
    const onKey = (text: string | undefined, key: { name?: string; ctrl?: boolean; meta?: boolean } | undefined) => {
      // Typing starts the answer with what was typed. The keys of one burst arrive together:
      // they are gathered until the next turn of the event loop, then handed to the answer.
      if (text && !key?.ctrl && !key?.meta && /^[^\p{Cc}]+$/u.test(text)) {
        if (typed === undefined) setImmediate(() => finish(() => resolve({ typed: typed! })));
        typed = (typed ?? "") + text;
        return;
      }
      if (typed !== undefined) return;
      if (key?.ctrl && key.name === "c") finish(() => reject(new ExitPromptError("User force closed the prompt with SIGINT")));
      else if (key?.ctrl && key.name === "d") finish(() => reject(new AbortPromptError({ cause: "end of input" })));
      else if (key?.name === "return" || key?.name === "enter") finish(() => resolve("skipped"));
      else if (key?.name === "escape") finish(() => resolve("skip-question"));
      else if (key?.ctrl && key.name === "z") suspend();
    };
    const onEnd = () => finish(() => reject(new AbortPromptError({ cause: "end of input" })));
    const onAbort = () => finish(() => reject(new AbortPromptError({ cause: signal?.reason })));
    const timer = setInterval(() => {
      if ((now() - started) / 1000 >= seconds) finish(() => resolve("done"));
      else if (!dumb) frame?.draw(text());
    }, 125);

    if (signal?.aborted) return onAbort();
    signal?.addEventListener("abort", onAbort, { once: true });
    emitKeypressEvents(input);
    if (raw) input.setRawMode(true);
    input.on("keypress", onKey);
    input.on("end", onEnd);
    input.resume();
    // Drawn only once keys are read in raw mode: a key pressed on seeing "Think time" reaches
    // onKey. Before, Ctrl-D pressed in that moment met the terminal's line mode, which took it
    // for the end of input, and the session could hang instead of saving and exiting.
    frame?.draw(text());
    if (input.readableEnded) onEnd();
  });
}
