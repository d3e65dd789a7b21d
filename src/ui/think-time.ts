// Think time before an answer: an ora spinner counting down on stderr that Enter skips.
// stdin is read in raw mode here, so Ctrl-C arrives as a key rather than SIGINT; it is turned
// into the same ExitPromptError a prompt throws, and Ctrl-D into end of input, so the command
// handles every way of stopping in one place.
import { emitKeypressEvents } from "node:readline";
import { AbortPromptError, ExitPromptError } from "@inquirer/core";
import ora from "ora";
import { paint } from "./color.js";
import { clockText } from "./question-header.js";

export interface ThinkTimeOptions {
  seconds: number;
  signal?: AbortSignal;
  /** Milliseconds from a monotonic clock. */
  now?: () => number;
  input?: NodeJS.ReadStream;
}

/**
 * Resolves "done" when the time is up, "skipped" on Enter (answer now), "skip-question" on Esc
 * (pass over the question); rejects when the user stops.
 */
export function thinkTime({ seconds, signal, now = () => performance.now(), input = process.stdin }: ThinkTimeOptions): Promise<"done" | "skipped" | "skip-question"> {
  const started = now();
  const text = () => {
    const left = Math.max(0, seconds - (now() - started) / 1000);
    return `Think time ${paint.cyan(clockText(Math.ceil(left)))}  ${paint.dim("Enter to start answering now · Esc to skip this question")}`;
  };
  const spinner = ora({ text: text(), stream: process.stderr, discardStdin: false }).start();

  return new Promise((resolve, reject) => {
    const raw = input.isTTY === true;
    const finish = (outcome: () => void) => {
      clearInterval(timer);
      input.off("keypress", onKey);
      input.off("end", onEnd);
      signal?.removeEventListener("abort", onAbort);
      if (raw) input.setRawMode(false);
      input.pause();
      spinner.stop();
      outcome();
    };
    const onKey = (_text: string | undefined, key: { name?: string; ctrl?: boolean } | undefined) => {
      if (key?.ctrl && key.name === "c") finish(() => reject(new ExitPromptError("User force closed the prompt with SIGINT")));
      else if (key?.ctrl && key.name === "d") finish(() => reject(new AbortPromptError({ cause: "end of input" })));
      else if (key?.name === "return" || key?.name === "enter") finish(() => resolve("skipped"));
      else if (key?.name === "escape") finish(() => resolve("skip-question"));
    };
    const onEnd = () => finish(() => reject(new AbortPromptError({ cause: "end of input" })));
    const onAbort = () => finish(() => reject(new AbortPromptError({ cause: signal?.reason })));
    const timer = setInterval(() => {
      if ((now() - started) / 1000 >= seconds) finish(() => resolve("done"));
      else spinner.text = text();
    }, 250);

    if (signal?.aborted) return onAbort();
    signal?.addEventListener("abort", onAbort, { once: true });
    emitKeypressEvents(input);
    if (raw) input.setRawMode(true);
    input.on("keypress", onKey);
    input.on("end", onEnd);
    input.resume();
  });
}
