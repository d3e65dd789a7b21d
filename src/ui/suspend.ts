// Ctrl-Z and `fg`. In raw mode the terminal sends Ctrl-Z as a key instead of stopping the
// program, and readline's own handling of it left the input paused after `fg` (no key was read,
// not even Ctrl-C) and the terminal raw. Here a suspend, by the key or by a SIGTSTP from
// elsewhere, puts the terminal back as the shell wants it (line mode, cursor shown, no paste
// brackets), leaves what is drawn on screen, and stops with the default action of SIGTSTP; on
// SIGCONT raw mode and paste brackets come back, the frame is drawn again with what was typed,
// and the practice clock, which does not count the time stopped, runs on.
import { liveFrames } from "./live-frame.js";

let pausedMs = 0;
let installed = false;
/** What the terminal had before the suspend, to put back on SIGCONT. */
let before: { raw: boolean; brackets: boolean; stoppedAt: number } | undefined;
/** Paste brackets are on while a prompt reads (paste-input.ts says so here). */
let bracketsOn = false;

/**
 * A monotonic clock in ms that stands still while the program is stopped: the clock of every
 * countdown and of think time.
 */
export function practiceClock(): number {
  return performance.now() - pausedMs;
}

export function setPasteBrackets(on: boolean): void {
  bracketsOn = on;
}

const onSignal = () => suspend();

/** Stops the program as Ctrl-Z does in line mode, after giving the terminal back. */
export function suspend(): void {
  if (before) return;
  const stdin = process.stdin;
  const raw = stdin.isTTY === true && stdin.isRaw;
  before = { raw, brackets: bracketsOn, stoppedAt: performance.now() };
  for (const frame of liveFrames()) frame.release();
  if (bracketsOn) process.stderr.write("\u001b[?2004l");
  if (raw) stdin.setRawMode(false);
  // With no listener left, SIGTSTP has its default action again: stop.
  process.off("SIGTSTP", onSignal);
  process.once("SIGCONT", resume);
  process.kill(process.pid, "SIGTSTP");
  // A stop sent to itself takes effect before kill() returns, so whatever runs next runs after
  // `fg`. And a process group with no shell above it (an orphan) is not stopped at all: the
  // terminal must come back all the same, so this does not wait for SIGCONT.
  setImmediate(resume);
}

function resume(): void {
  if (!before) return;
  const { raw, brackets, stoppedAt } = before;
  before = undefined;
  process.off("SIGCONT", resume);
  pausedMs += performance.now() - stoppedAt;
  process.on("SIGTSTP", onSignal);
  if (raw && process.stdin.isTTY) process.stdin.setRawMode(true);
  if (brackets) process.stderr.write("\u001b[?2004h");
  for (const frame of liveFrames()) frame.redraw();
}

/** Called once interactive prompts start: SIGTSTP from outside (`kill -TSTP`) suspends cleanly too. */
export function handleSuspend(): void {
  if (installed || process.platform === "win32") return;
  installed = true;
  process.on("SIGTSTP", onSignal);
}
