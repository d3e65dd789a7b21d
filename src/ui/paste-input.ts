// Pasted text at a prompt. readline handles one key at a time and measures the whole line for
// every key (its cursor position), so a 200 KB paste cost minutes of CPU, signals waited, and a
// line break in it submitted the prompt with the rest lost. A terminal delivers a paste as
// chunks of many characters, while a typed key is one character or one escape sequence; so the
// prompt reads from this stand-in for stdin: typed keys pass to readline as before, and pasted
// text (in the terminal's paste brackets, or a chunk of several characters of text) reaches the
// prompt whole, as "paste" events, line breaks and all.
//
// The stand-in also takes Ctrl-Z out of the keys (see suspend.ts): readline's own handling of it
// left the prompt deaf after `fg`.
import { PassThrough } from "node:stream";
import { useEffect, useRef } from "@inquirer/core";
import { frameOutput } from "./live-frame.js";
import { handleSuspend, setPasteBrackets, suspend } from "./suspend.js";
import { isDumbTerminal } from "./terminal.js";

/** Several characters at once, all text or line breaks: pasted, not typed key by key. */
function isPaste(chunk: string): boolean {
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(chunk)) return false;
  let count = 0;
  for (const _ of chunk) if (++count > 1) return true;
  return false;
}

// Bracketed paste (xterm, and most terminals since): asked for while a prompt reads, the
// terminal wraps each paste in these, so a line break in it is never taken for Enter.
const BRACKETS_ON = "\u001b[?2004h";
const BRACKETS_OFF = "\u001b[?2004l";
const PASTE_START = "\u001b[200~";
const PASTE_END = "\u001b[201~";

/** The end of `chunk` that begins `marker` (at least `min` characters of it), else "". */
function cutMarker(chunk: string, marker: string, min: number): string {
  for (let length = Math.min(marker.length - 1, chunk.length); length >= min; length--) {
    if (chunk.endsWith(marker.slice(0, length))) return marker.slice(0, length);
  }
  return "";
}

export interface PromptInput {
  /** Give this to the prompt as its `input`. */
  input: NodeJS.ReadStream;
  dispose(): void;
}

const CTRL_Z = "\u001a";

/**
 * A stand-in for `source` (a terminal) for one prompt: emits "paste" (text) for pasted chunks
 * (unless `pastes` is false: a choice list has nothing to paste into) and passes everything else
 * on, but for Ctrl-Z, which suspends. Raw mode and the terminal's flags are the source's.
 */
export function promptInput(source: NodeJS.ReadStream = process.stdin, { pastes = true } = {}): PromptInput {
  const proxy = new PassThrough() as unknown as NodeJS.ReadStream & PassThrough;
  Object.assign(proxy, {
    isTTY: source.isTTY,
    isRaw: source.isRaw,
    setRawMode: (mode: boolean) => {
      if (source.isTTY) source.setRawMode(mode);
      return proxy;
    },
  });
  const paste = (text: string) => {
    if (text) proxy.emit("paste", text.replace(/\r\n?/g, "\n"));
  };
  /** Text outside paste brackets: typed keys go to readline; a burst of text is a paste. */
  const loose = (chunk: string): void => {
    if (chunk.includes(CTRL_Z)) {
      const [first = "", ...rest] = chunk.split(CTRL_Z);
      loose(first);
      for (const part of rest) {
        suspend();
        loose(part);
      }
      return;
    }
    if (!pastes) return void (chunk && proxy.write(chunk));
    if (!isPaste(chunk)) return void (chunk && proxy.write(chunk));
    // Text and Enter in one burst (no brackets): the text is pasted, and the Enter submits.
    const body = chunk.replace(/[\r\n]$/, "");
    paste(body);
    if (body.length < chunk.length) proxy.write("\r");
  };
  let bracketed = false;
  /** The start of a marker cut off at the end of the last chunk. */
  let carry = "";
  const onData = (data: Buffer | string) => {
    let chunk = carry + data.toString();
    carry = "";
    while (chunk) {
      const wanted = bracketed ? PASTE_END : PASTE_START;
      const marker = chunk.indexOf(wanted);
      if (marker === -1) {
        carry = cutMarker(chunk, wanted, bracketed ? 1 : 3);
        chunk = chunk.slice(0, chunk.length - carry.length);
      }
      const before = marker === -1 ? chunk : chunk.slice(0, marker);
      if (bracketed) paste(before);
      else loose(before);
      if (marker === -1) return;
      bracketed = !bracketed;
      chunk = chunk.slice(marker + PASTE_START.length);
    }
  };
  const brackets = pastes && source.isTTY && process.stderr.isTTY && process.env.TERM !== "dumb";
  if (brackets) {
    process.stderr.write(BRACKETS_ON);
    setPasteBrackets(true);
  }
  const onEnd = () => proxy.end();
  source.on("data", onData);
  source.on("end", onEnd);
  source.resume();
  return {
    input: proxy,
    dispose: () => {
      if (brackets) {
        process.stderr.write(BRACKETS_OFF);
        setPasteBrackets(false);
      }
      source.off("data", onData);
      source.off("end", onEnd);
      source.pause();
      proxy.destroy();
    },
  };
}

/**
 * Puts a pasted chunk at readline's cursor, line breaks included. Readline keeps one line without
 * line breaks, so what stood before the cursor and the paste move to `earlier`; what stood after
 * it stays in readline's line, still editable. Returns the whole text now typed.
 */
export function insertPaste(text: string, rl: { line: string; cursor: number }, earlier: { current: string }): string {
  earlier.current += rl.line.slice(0, rl.cursor) + text;
  rl.line = rl.line.slice(rl.cursor);
  rl.cursor = 0;
  return earlier.current + rl.line;
}

/** In a prompt: `handler` gets each pasted chunk (line breaks as \n) with the prompt's readline. */
export function usePaste(handler: (text: string, rl: { line: string; cursor: number }) => void): void {
  const current = useRef(handler);
  current.current = handler;
  useEffect((rl) => {
    const listener = (text: string) => current.current(text, rl as unknown as { line: string; cursor: number });
    rl.input.on("paste", listener);
    return () => {
      rl.input.off("paste", listener);
    };
  }, []);
}

export interface PromptStreams {
  input: NodeJS.ReadStream;
  output: NodeJS.WriteStream;
}

/**
 * Runs `ask` with the stand-ins a prompt on the terminal reads and draws through: a paste-aware
 * (with `pastes`) stdin that suspends on Ctrl-Z, and a redrawable frame on stderr (live-frame.ts).
 * Released however the prompt ends.
 */
export async function withPromptStreams<T>(ask: (streams: PromptStreams) => Promise<T>, { pastes = true } = {}): Promise<T> {
  if (!process.stdin.isTTY || !process.stderr.isTTY) return ask({ input: process.stdin, output: process.stderr });
  handleSuspend();
  const keys = promptInput(process.stdin, { pastes });
  const { output, frame } = frameOutput();
  try {
    return await ask({ input: keys.input, output });
  } finally {
    keys.dispose();
    // Ended already when the prompt finished drawing; this covers a prompt that never drew.
    frame.end();
  }
}

/**
 * What fits on screen of a long text: its last `rows` lines of at most `columns` characters,
 * after "…" when something is left out. Redrawing a 200 KB answer on every frame is what made
 * a paste slow; the screen shows only its end anyway.
 */
export function screenTail(text: string, columns: number, rows: number): string {
  const budget = Math.max(1, columns) * Math.max(1, rows);
  let tail = text.length > budget ? text.slice(-budget) : text;
  const lines = tail.split("\n");
  if (lines.length > rows) tail = lines.slice(-rows).join("\n");
  return tail.length < text.length ? `…${tail}` : text;
}

/**
 * Backspace on a dumb terminal. Node's readline edits no line there (TERM=dumb): it appends the
 * DEL character to the line instead of removing the one before it, so the prompt does that.
 * Call first thing for each key.
 */
export function dumbBackspace(key: { name?: string }, readline: { line: string }): void {
  if (key.name !== "backspace" || !isDumbTerminal()) return;
  // readline's cursor is not in @inquirer/core's type of it.
  const rl = readline as { line: string; cursor: number };
  const chars = [...rl.line];
  const last = chars.at(-1);
  if (last !== "\u007f" && last !== "\b") return;
  chars.splice(-2, 2);
  rl.line = chars.join("");
  rl.cursor = rl.line.length;
}
