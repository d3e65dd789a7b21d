// The answer prompt: what the user types, with a live m:ss countdown beside it, as an
// @inquirer/core prompt. Time comes from a monotonic clock read at every render, never from
// counting ticks: a busy event loop or a slow terminal delays a frame, not the clock.
import { createPrompt, isEnterKey, useEffect, useKeypress, useRef, useState } from "@inquirer/core";
import { paint } from "./color.js";
import { dumbBackspace, insertPaste, screenTail, usePaste, withPromptStreams } from "./paste-input.js";
import { clockText } from "./question-header.js";
import { practiceClock } from "./suspend.js";
import { isDumbTerminal } from "./terminal.js";
import { wrapForTerminal } from "./wrap.js";

export interface CountdownStyle {
  /** The clock while more than a quarter of the time is left. */
  clock(text: string): string;
  /** The clock in the last quarter. */
  warning(text: string): string;
  /** Overtime (+m:ss) in soft mode, and "time" in hard mode at zero. */
  overtime(text: string): string;
  /** The hint under the prompt. */
  help(text: string): string;
  /** The question label before the clock. */
  label(text: string): string;
}

export interface CountdownConfig {
  /** Short label before the clock, e.g. "Answer". */
  message: string;
  limitSeconds: number;
  /** Hard limit: the answer is submitted at zero. Soft (default): overtime counts on. */
  hard?: boolean;
  /** aloud: no text field, the clock runs while the user speaks and Enter ends. */
  mode?: "typed" | "aloud";
  /** Milliseconds from a monotonic clock that stops while the program is suspended, unless a test injects one. */
  now?: () => number;
  /** How often the clock is redrawn, in ms. */
  refreshMs?: number;
  style?: Partial<CountdownStyle>;
  /** Told the text typed so far at every change, so an interruption can keep it. */
  onText?: (text: string) => void;
  /** What was typed before the prompt started (in think time): the answer begins with it. */
  initial?: string;
}

export interface CountdownResult {
  /** What was typed; empty in aloud mode. */
  text: string;
  /** Time used, to 0.1 s. A hard limit caps it at the limit. */
  seconds: number;
  /** The answer was cut off by a hard limit. */
  timedOut: boolean;
  /**
   * The question was passed over on purpose (Esc), or a hard limit ran out before a word was
   * typed: nothing to rate. `text` holds whatever had been typed.
   */
  skipped?: boolean;
}

const defaultStyle: CountdownStyle = {
  clock: (text) => paint.cyan(text),
  warning: (text) => paint.yellow.bold(text),
  overtime: (text) => paint.red.bold(text),
  help: (text) => paint.dim(text),
  label: (text) => paint.bold(text),
};


/** What the clock shows after `elapsed` seconds of `limit`: remaining time, or +overtime. */
export function clockFace(elapsed: number, limit: number): { text: string; phase: "normal" | "warning" | "over" } {
  const remaining = limit - elapsed;
  if (remaining <= 0) return { text: elapsed - limit >= 1 ? `+${clockText(elapsed - limit)}` : "0:00", phase: "over" };
  // Rounded up while counting down: the first frame shows the full limit and 0:00 means "out of time".
  return { text: clockText(Math.ceil(remaining)), phase: remaining <= limit / 4 ? "warning" : "normal" };
}

export const tenths = (seconds: number) => Math.round(seconds * 10) / 10;

// Captured before any test fakes timers: deciding "was that Enter part of a paste?" must take
// exactly one turn of the event loop, whatever the clock does.
const nextTurn = globalThis.setImmediate;
const cancelTurn = globalThis.clearImmediate;

export const countdownPrompt = createPrompt<CountdownResult, CountdownConfig>((config, done) => {
  const style = { ...defaultStyle, ...config.style };
  const now = config.now ?? practiceClock;
  // A dumb terminal cannot redraw in place: the clock is not redrawn there, each frame would be a new line.
  const ticking = !isDumbTerminal();
  const limit = config.limitSeconds;
  const aloud = config.mode === "aloud";
  const started = useRef(now());
  const [status, setStatus] = useState<"idle" | "done">("idle");
  const [value, setShown] = useState("");
  /** Said under the prompt after Enter on an empty answer, until the next key. */
  const [notice, setNotice] = useState<string | undefined>(undefined);
  /** The question was skipped: the final line says so. */
  const passed = useRef(false);
  const [, setFrame] = useState(0);
  /** Text before readline's line: lines ended by a pasted or typed line break, and pastes. */
  const earlier = useRef("");
  /** readline's line as of the last key; readline has already emptied it when Enter arrives. */
  const line = useRef("");
  const pendingEnter = useRef<NodeJS.Immediate | undefined>(undefined);
  const elapsed = () => (now() - started.current) / 1000;
  const setValue = (text: string) => {
    setShown(text);
    config.onText?.(text);
  };

  const finish = (text: string, timedOut: boolean, skipped = false) => {
    const seconds = timedOut ? limit : tenths(elapsed());
    setStatus("done");
    // Nothing was typed for an answer given aloud; the note says "answered aloud" instead.
    const kept = aloud ? "" : text.trim();
    // Out of time with nothing typed: there is no answer to rate, so the question is skipped.
    const nothing = timedOut && !aloud && !kept;
    passed.current = skipped || nothing;
    done({ text: kept, seconds, timedOut, ...(skipped || nothing ? { skipped: true } : {}) });
  };

  useEffect((rl) => {
    if (config.initial) {
      earlier.current = config.initial;
      setValue(config.initial);
    }
    const timer = setInterval(() => {
      if (config.hard && elapsed() >= limit) {
        clearInterval(timer);
        finish(earlier.current + rl.line, true);
      } else if (ticking) {
        setFrame((frame) => frame + 1);
      }
    }, config.refreshMs ?? 250);
    return () => {
      clearInterval(timer);
      if (pendingEnter.current) cancelTurn(pendingEnter.current);
    };
  }, []);

  // A paste lands at the cursor whole, line breaks included; what stood after the cursor stays
  // editable in readline's line.
  usePaste((text, rl) => {
    if (status !== "idle" || aloud) return;
    if (pendingEnter.current) {
      cancelTurn(pendingEnter.current);
      pendingEnter.current = undefined;
    }
    const typed = insertPaste(text, rl, earlier);
    line.current = rl.line;
    setValue(typed);
  });

  useKeypress((key, rl) => {
    if (status !== "idle") return;
    dumbBackspace(key, rl);
    if (pendingEnter.current) {
      // More keys in the same burst as an Enter: it was a line break inside pasted text.
      cancelTurn(pendingEnter.current);
      pendingEnter.current = undefined;
    }
    setNotice(undefined);
    if (key.name === "escape") return finish(earlier.current + line.current, false, true);
    if (isEnterKey(key)) {
      if (aloud) return finish("", false);
      // An empty answer is not an answer: say so and keep asking (Esc skips on purpose).
      if (!(earlier.current + line.current).trim()) {
        rl.clearLine(0);
        earlier.current = "";
        line.current = "";
        setValue("");
        return setNotice("Nothing typed yet: type your answer, or press Esc to skip this question.");
      }
      // A typed Enter submits; a pasted paragraph arrives as one burst of keys in one turn of
      // the event loop, so wait one turn before deciding, and keep the line if more follows.
      const text = earlier.current + line.current;
      earlier.current = `${text}\n`;
      line.current = "";
      rl.clearLine(0);
      pendingEnter.current = nextTurn(() => {
        pendingEnter.current = undefined;
        finish(text, false);
      });
    } else if (aloud) {
      // Nothing is typed in aloud mode; keep readline's line empty so the layout stays put.
      rl.clearLine(0);
    } else {
      // Backspace on readline's empty line takes back what came before it (a pasted text).
      if (key.name === "backspace" && line.current === "" && rl.line === "") earlier.current = [...earlier.current].slice(0, -1).join("");
      line.current = rl.line;
      setValue(earlier.current + rl.line);
    }
  });

  const seconds = elapsed();
  const face = clockFace(status === "done" && config.hard ? Math.min(seconds, limit) : seconds, limit);
  const clock = face.phase === "over" ? style.overtime(face.text) : face.phase === "warning" ? style.warning(face.text) : style.clock(face.text);
  const label = style.label(config.message);

  if (status === "done") {
    // Rounded like the note's "35s of 30s", so screen and note agree.
    const used = clockText(Math.round(Math.min(seconds, config.hard ? limit : seconds)));
    if (passed.current) return `${label} ${style.help(`skipped after ${used}`)}`;
    return wrapForTerminal(`${label} ${style.help(`${used} of ${clockText(limit)}`)} ${aloud ? "" : shown(value)}`.trimEnd());
  }
  const hint = aloud
    ? `Speak your answer now. ${keyHint(config.hard)}`
    : `Type your answer. ${keyHint(config.hard)}`;
  const shownClock = ticking ? `[${clock}]` : style.help(`(${clockText(limit)} to answer)`);
  // The hint goes above the line being typed: the cursor then ends the frame, which is where a
  // terminal that re-wraps lines on resize keeps it, so the frame can be redrawn cleanly.
  // Wrapped between words here: the prompt's own wrapping breaks a line at the exact width,
  // which at 60 columns left the full stop of "in red." alone on the next line.
  return `${wrapForTerminal(notice ? style.warning(notice) : style.help(hint))}\n${label} ${shownClock} ${aloud ? style.help("speaking…") : shown(value)}`;
});

/** The end of a long answer, as much as the terminal shows (room left for the header). */
function shown(text: string): string {
  return screenTail(text, process.stderr.columns ?? 80, Math.max(3, (process.stderr.rows ?? 24) - 6));
}

function keyHint(hard: boolean | undefined): string {
  return `${hard ? "Enter to finish; it stops at 0:00." : "Enter to finish; overtime counts on in red."} Esc to skip this question.`;
}

/** The answer prompt on stderr, stopped by the session's signal like every other prompt. */
export function askAnswer(config: CountdownConfig, context: { signal?: AbortSignal } = {}): Promise<CountdownResult> {
  return withPromptStreams((streams) => countdownPrompt(config, { ...streams, ...context }));
}
