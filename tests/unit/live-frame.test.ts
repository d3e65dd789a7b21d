// The redrawable frame: how far up it goes to erase its last frame, counted at the terminal's
// width now (a terminal re-wraps lines when resized), and line-by-line printing on TERM=dumb.
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { LiveFrame } from "../../src/ui/live-frame.js";

const columns = Object.getOwnPropertyDescriptor(process.stderr, "columns");
const term = process.env.TERM;
const setColumns = (value: number) => Object.defineProperty(process.stderr, "columns", { value, configurable: true, writable: true });
afterEach(() => {
  if (columns) Object.defineProperty(process.stderr, "columns", columns);
  else delete (process.stderr as { columns?: number }).columns;
  process.env.TERM = term;
});

function frame() {
  const out = new PassThrough();
  const writes: string[] = [];
  out.on("data", (chunk: Buffer) => writes.push(chunk.toString()));
  const live = new LiveFrame(out);
  return { live, last: () => writes.at(-1) ?? "", writes };
}

describe("LiveFrame", () => {
  it("erases from the frame's first row, counting rows at the width the terminal has now", () => {
    process.env.TERM = "xterm";
    setColumns(80);
    const { live, last } = frame();
    const long = "x".repeat(120);
    live.draw(`Hint\n${long}`);
    expect(last()).toBe(`Hint\n${long}`);
    // 80 columns: the hint and two rows of the long line; the cursor is on its last row.
    live.draw(`Hint\n${long}`);
    expect(last()).toBe(`\u001b[2A\r\u001b[C\u001b[J\r\u001b[KHint\n${long}`);
    // Narrowed to 50: the long line re-wrapped to three rows.
    setColumns(50);
    live.draw("Hint\nshort");
    expect(last()).toBe("\u001b[3A\r\u001b[C\u001b[J\r\u001b[KHint\nshort");
    // Widened: "short" is one row, so only the hint's row is above the cursor.
    setColumns(150);
    live.draw("done");
    expect(last()).toBe("\u001b[1A\r\u001b[C\u001b[J\r\u001b[Kdone");
    live.end();
  });

  it("a frame that ends with the prompt's cursor move is erased from where that move left the cursor", () => {
    process.env.TERM = "xterm";
    setColumns(80);
    const { live, last } = frame();
    // Prompt line, then two hint lines; the cursor went back up 2 rows to column 10 of the prompt line.
    live.draw("? Name\nhint one\nhint two\u001b[2A\u001b[10G");
    live.draw("? Name Ana\nhint one\nhint two\u001b[2A\u001b[14G");
    // The cursor was on the first row: nothing to go up.
    expect(last()).toBe("\r\u001b[C\u001b[J\r\u001b[K? Name Ana\nhint one\nhint two\u001b[2A\u001b[14G");
    // Released before a suspend: down to the frame's last row, then a fresh line, cursor shown.
    live.release();
    expect(last()).toBe("\u001b[2B\r\n\u001b[?25h");
    live.end();
  });

  it("on a dumb terminal prints line by line: typing continues the line, other changes print it again, and no escape is sent", () => {
    process.env.TERM = "dumb";
    const { live, writes } = frame();
    live.draw("Type your answer.\nAnswer: I le\u001b[14G");
    live.draw("Type your answer.\nAnswer: I led\u001b[15G");
    live.draw("Type your answer.\nAnswer: I le\u001b[14G");
    live.draw("Answer 0:04 of 2:00 I le");
    live.end();
    expect(writes.join("")).toBe("Type your answer.\nAnswer: I led\nAnswer: I le\nAnswer 0:04 of 2:00 I le\n");
  });
});
