// Ctrl-C, SIGTERM, SIGHUP and end of input all mean "stop, but keep what I did". Signals, the end
// of stdin and Ctrl-D abort an AbortSignal that every prompt receives; Ctrl-C inside a prompt (raw
// mode, so no SIGINT) arrives as ExitPromptError. Commands catch both with isInterrupt() and save
// before exiting 130.
import { closeSync, fstatSync, openSync } from "node:fs";
import { emitKeypressEvents } from "node:readline";
import { isatty } from "node:tty";

export interface Interruption {
  /** Aborted with the signal's name (or "end of input") as its reason. */
  signal: AbortSignal;
  dispose(): void;
}

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

let hangUpsHeld = false;

/**
 * Call before the first prompt: the end-of-input listener must run before any prompt's
 * readline sees the end, or readline's failing attempt to restore the terminal crashes first.
 */
export function trapInterrupts(): Interruption {
  const controller = new AbortController();
  const handler = (signal: NodeJS.Signals) => {
    if (signal === "SIGHUP") terminalGone();
    if (!controller.signal.aborted) controller.abort(signal);
  };
  const onEnd = () => {
    terminalGone();
    if (!controller.signal.aborted) controller.abort("end of input");
  };
  // In raw mode Ctrl-D is a key, and readline takes it as end of input only on an empty line:
  // after a tick in a checklist, or words typed into an answer, it would do nothing at all.
  const onKey = (_text: string | undefined, key: { name?: string; ctrl?: boolean } | undefined) => {
    if (key?.ctrl && key.name === "d" && !controller.signal.aborted) controller.abort("end of input");
  };
  for (const signal of SIGNALS) process.on(signal, handler);
  // From the first prompt on, a hang-up never kills the process outright. A closed terminal can
  // end a prompt with a failed read before its SIGHUP arrives; by then the command may have
  // dropped this trap and be saving, and Node's default for SIGHUP would end it mid-way, with
  // neither the work nor exit 130.
  if (!hangUpsHeld) {
    hangUpsHeld = true;
    process.on("SIGHUP", () => {});
  }
  // Prompts read through stand-ins for stdin (paste-input.ts), so stdin itself is told to
  // announce keys here, for Ctrl-D.
  if (process.stdin.isTTY) emitKeypressEvents(process.stdin);
  process.stdin.on("end", onEnd);
  process.stdin.on("keypress", onKey);
  // Input can end between two prompts (Ctrl-D typed while the terminal was back in line mode, as
  // one prompt closed and the next had not yet taken it): that 'end' came when no trap listened,
  // and the next prompt would wait for keys that can never come.
  if (process.stdin.readableEnded) onEnd();
  return {
    signal: controller.signal,
    dispose: () => {
      for (const signal of SIGNALS) process.off(signal, handler);
      process.stdin.off("end", onEnd);
      process.stdin.off("keypress", onKey);
    },
  };
}

/** True for the errors a prompt throws when the user or a signal stops it. */
export function isInterrupt(error: unknown): boolean {
  const name = (error as Error | undefined)?.name;
  return name === "ExitPromptError" || name === "AbortPromptError" || name === "CancelPromptError";
}

let gone = false;

/**
 * The terminal was closed (SIGHUP, or stdin ended). Restoring its mode or drawing on it can only
 * fail with EIO now, and readline would turn that failure into a crash before the work is
 * saved; so both become no-ops, and saving goes ahead.
 */
function terminalGone(): void {
  if (gone) return;
  gone = true;
  const stdin = process.stdin;
  if (stdin.isTTY) stdin.setRawMode = () => stdin;
  process.stderr.on("error", () => {});
  process.once("exit", releaseTerminal);
}

/**
 * Node 20 restores the terminal settings of fds 0-2 as it exits and aborts (exit 134, a native
 * stack on stderr) when the terminal is gone and that fails with EIO (nodejs/node#51519; later
 * Node versions ignore the error, nodejs/node#58200). It leaves alone a descriptor that no longer
 * points at the file it started with, so, once everything is saved and said, each descriptor of
 * a hung-up terminal is pointed at /dev/null (close() then open() takes the number just freed).
 * libuv reads and writes through descriptors of its own, so nothing else notices. A terminal
 * that still works (SIGHUP came from kill) is left to Node, which puts it back in line mode.
 */
function releaseTerminal(): void {
  for (const fd of [0, 1, 2]) {
    try {
      // isatty() asks the terminal for its settings, which a hung-up one refuses (EIO).
      if (isatty(fd) || !fstatSync(fd).isCharacterDevice()) continue;
      closeSync(fd);
      openSync("/dev/null", "r+");
    } catch {
      // Closed already: Node skips a closed descriptor too.
    }
  }
  // Everything is saved and the exit code set. Exit now, before Node's teardown: the teardown
  // hands SIGHUP back to its default action, and a second hang-up (a terminal emulator sends
  // its own after closing, and so does node-pty) landing then would kill the process, with the
  // 130 it was ending with lost. process.exit() inside an exit listener ends at once.
  process.exit();
}
