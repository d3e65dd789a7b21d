// The part of the screen that is redrawn in place: a prompt (with its hint line under it) or the
// think-time spinner. Every prompt draws through here rather than straight to stderr, because
// the prompt library erases its last frame by counting the rows it had at the width it was drawn
// at. After a resize the terminal has re-wrapped those rows, so it erased too few (a stale copy
// of the prompt's first lines) or too many (the question above, when widening); and after
// Ctrl-Z and `fg` it erased the shell's lines instead of its own. Here the frame is kept as its
// logical lines and the cursor's place in them, so the rows to go back up are counted at the
// width the terminal has now; a suspended frame is drawn afresh below what the shell printed.
// On a dumb terminal (TERM=dumb) no cursor is moved at all: frames are printed line by line.
import { Writable } from "node:stream";
import { stripVTControlCharacters } from "node:util";
import stringWidth from "fast-string-width";
import { isDumbTerminal } from "./terminal.js";

/** Where the cursor is in the frame: which logical line, and how many columns into it. */
interface Place {
  line: number;
  offset: number;
}

const CURSOR_HIDE = "\u001b[?25l";
// Erases from the start of the cursor's row to the end of the screen, as "\r ESC[J" would, but
// from the second column, the row's first cell on its own: erasing from the top-left corner
// is clearing the whole screen to tmux (3.3+, scroll-on-clear), which keeps a copy of the screen
// in its scrollback. A frame at the top of the screen (after `clear`, or pushed there when tmux
// re-wrapped the lines on a narrowing) then added itself to the scrollback at every redraw.
const ERASE_DOWN = "\r\u001b[C\u001b[J\r\u001b[K";
const ESC_CURSOR_SUFFIX = /(?:\u001b\[(\d+)A)?\u001b\[(\d+)G$/;
const rowsOf = (line: string, width: number) => Math.max(1, Math.ceil(stringWidth(line) / width));
const columns = () => Math.max(1, process.stderr.columns || 80);

let refreshing = false;
/**
 * Asks the terminal for its size now. Node learns of a resize from SIGWINCH, which waits for the
 * event loop: a frame drawn in between (a timer runs first after a busy moment) measured the old
 * width and left a stale row behind. `_refreshSize` is the ioctl Node runs on SIGWINCH itself.
 */
function refreshSize(): void {
  const stderr = process.stderr as NodeJS.WriteStream & { _refreshSize?: () => void };
  if (!stderr.isTTY || typeof stderr._refreshSize !== "function") return;
  refreshing = true;
  try {
    stderr._refreshSize();
  } catch {
    // A terminal that is gone: its size no longer matters.
  } finally {
    refreshing = false;
  }
}

/** The rows from the frame's top row down to the cursor's row, at `width` columns. */
function rowsAbove(lines: readonly string[], place: Place, width: number): number {
  let rows = 0;
  for (let i = 0; i < place.line; i++) rows += rowsOf(lines[i] ?? "", width);
  return rows + Math.min(rowsOf(lines[place.line] ?? "", width) - 1, Math.floor(place.offset / width));
}

function totalRows(lines: readonly string[], width: number): number {
  return lines.reduce((sum, line) => sum + rowsOf(line, width), 0);
}

/** The text lines of a frame as drawn, and where its trailing cursor moves leave the cursor. */
function layout(body: string, width: number): { lines: string[]; place: Place } {
  const suffix = ESC_CURSOR_SUFFIX.exec(body);
  const text = suffix ? body.slice(0, suffix.index) : body;
  const lines = stripVTControlCharacters(text).split("\n");
  const last = lines.length - 1;
  if (!suffix) return { lines, place: { line: last, offset: stringWidth(lines[last] ?? "") } };
  // The cursor was moved up `up` rows from the last row, to column `col`: find that row's line.
  const up = Number(suffix[1] ?? 0);
  const col = Number(suffix[2]) - 1;
  let row = totalRows(lines, width) - 1 - up;
  for (let i = 0; i < lines.length; i++) {
    const rows = rowsOf(lines[i]!, width);
    if (row < rows) return { lines, place: { line: i, offset: row * width + col } };
    row -= rows;
  }
  return { lines, place: { line: last, offset: col } };
}

export class LiveFrame {
  /** The frame as last written, escape codes and all, to redraw after a resize or `fg`. */
  private body = "";
  /** What is on screen now; undefined when nothing of this frame is (not drawn yet, or left behind by a suspend). */
  private shown?: { lines: string[]; place: Place };
  /** Dumb terminal: what was printed of the cursor's line, and the lines printed under it. */
  private printed = { top: "", below: "" };
  private readonly dumb = isDumbTerminal();

  constructor(private readonly out: NodeJS.WritableStream = process.stderr) {
    frames.add(this);
    watchResize();
  }

  /** Replaces the frame with `body` (lines; may end with a cursor move up and to a column). */
  draw(body: string): void {
    this.body = body;
    if (this.dumb) return this.print(body);
    refreshSize();
    const width = columns();
    const up = this.shown ? rowsAbove(this.shown.lines, this.shown.place, width) : 0;
    // Back to the frame's first row, then erase everything from there down in one go.
    const erase = this.shown ? `${up ? `\u001b[${up}A` : ""}${ERASE_DOWN}` : "";
    this.out.write(erase + body);
    this.shown = layout(body, width);
  }

  /** The cursor moved along the line (typing, arrow keys) without a redraw. */
  moveTo(code: string): void {
    if (this.dumb || !this.shown) return;
    this.out.write(code);
    this.shown.place.offset = Math.floor(this.shown.place.offset / columns()) * columns() + Number(/\d+/.exec(code)?.[0] ?? 1) - 1;
  }

  /**
   * Draws the frame again: after a resize, or on a fresh line after `fg`. Without its closing
   * cursor move, which was counted in rows of the old width: the cursor waits at the end of the
   * frame until the prompt draws itself again.
   */
  redraw(): void {
    if (this.body) this.draw(this.body.replace(ESC_CURSOR_SUFFIX, ""));
  }

  /**
   * Leaves the frame on screen and the cursor on a fresh line under it, cursor shown: before a
   * suspend (the shell prints there), and when the prompt is done.
   */
  release(): void {
    if (this.dumb) {
      if (this.printed.top || this.printed.below) this.out.write("\n");
      this.printed = { top: "", below: "" };
      return;
    }
    if (this.shown) {
      const width = columns();
      const down = totalRows(this.shown.lines, width) - 1 - rowsAbove(this.shown.lines, this.shown.place, width);
      this.out.write(`${down > 0 ? `\u001b[${down}B` : ""}\r\n\u001b[?25h`);
    }
    this.shown = undefined;
  }

  /** Takes the frame off the screen (the cursor stays where its first row was) for good. */
  clear(): void {
    if (this.dumb) return this.end();
    if (this.shown) {
      const up = rowsAbove(this.shown.lines, this.shown.place, columns());
      this.out.write(`${up ? `\u001b[${up}A` : ""}${ERASE_DOWN}\u001b[?25h`);
    }
    this.shown = undefined;
    this.end();
  }

  /** The prompt is over: the cursor goes under it, and the frame is no longer redrawn. */
  end(): void {
    this.release();
    this.body = "";
    frames.delete(this);
  }

  /**
   * Line by line: the lines under the cursor's line (a hint) once each time they change, then
   * the cursor's line, continued in place while it only grows (typing), else printed again.
   */
  private print(body: string): void {
    const suffix = ESC_CURSOR_SUFFIX.exec(body);
    const lines = stripVTControlCharacters(suffix ? body.slice(0, suffix.index) : body).split("\n");
    const cut = lines.length - 1 - Number(suffix?.[1] ?? 0);
    const top = lines.slice(0, cut + 1).join("\n");
    const below = lines.slice(cut + 1).join("\n");
    const fresh = this.printed.top || this.printed.below ? "\n" : "";
    const head = (text: string) => text.slice(0, text.lastIndexOf("\n") + 1);
    const sameHead = this.printed.top !== "" && head(top) === head(this.printed.top);
    if (below && below !== this.printed.below) this.out.write(`${fresh}${below}\n${top}`);
    else if (this.printed.top && top.startsWith(this.printed.top)) this.out.write(top.slice(this.printed.top.length));
    // Only the cursor's line changed (an edit): that line alone, again.
    else if (sameHead && top !== this.printed.top) this.out.write(`\n${top.slice(head(top).length)}`);
    else if (top !== this.printed.top) this.out.write(`${fresh}${top}`);
    this.printed = { top, below: below || this.printed.below };
  }
}

const frames = new Set<LiveFrame>();

/** Every frame on screen (normally one), for a suspend and the `fg` after it. */
export function liveFrames(): LiveFrame[] {
  return [...frames];
}

let watching = false;
function watchResize(): void {
  if (watching || !process.stderr.isTTY) return;
  watching = true;
  // Node updates stderr's size on SIGWINCH and says so with "resize".
  process.stderr.on("resize", () => {
    if (refreshing) return;
    for (const frame of frames) frame.redraw();
  });
}

/**
 * The `output` for an @inquirer/core prompt: a stream standing in for stderr that turns each of
 * the prompt's writes (erase its last rows, then draw) into a LiveFrame draw. Its own erasing is
 * dropped: the frame knows better how many rows are on screen.
 */
export function frameOutput(): { output: NodeJS.WriteStream; frame: LiveFrame } {
  const frame = new LiveFrame();
  const output = new Writable({
    decodeStrings: false,
    write(chunk: Buffer | string, _encoding, callback) {
      const text = chunk.toString();
      // The prompt is done: a line break under it, cursor shown.
      if (/^(?:\u001b\[\d+B)?\n\u001b\[G\u001b\[\?25h$/.test(text)) frame.end();
      // Only the cursor moved along the line.
      else if (/^\u001b\[\d+G$/.test(text)) frame.moveTo(text);
      // A new frame: drop the prompt's "down to the bottom, erase n rows" and draw.
      else {
        const body = text.replace(/^(?:\u001b\[\d+B)?(?:\u001b\[2K(?:\u001b\[1A\u001b\[2K)*\u001b\[G)?/, "");
        // A list with the cursor hidden: the cursor waits at the end of the frame, the one place
        // whose row a terminal keeps when it re-wraps lines on resize.
        frame.draw(body.includes(CURSOR_HIDE) ? body.replace(ESC_CURSOR_SUFFIX, "") : body);
      }
      callback();
    },
  });
  // The prompt measures the terminal through its output.
  Object.defineProperties(output, {
    isTTY: { get: () => process.stderr.isTTY },
    // Measured now, not as of the last SIGWINCH: the prompt lays its lines out for this width.
    columns: {
      get: () => {
        refreshSize();
        return process.stderr.columns;
      },
    },
    rows: { get: () => process.stderr.rows },
  });
  return { output: output as unknown as NodeJS.WriteStream, frame };
}
