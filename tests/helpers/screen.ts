// What a terminal emulator would show for a program's output: the raw output of a pty Terminal
// played into a headless xterm.js, resized together with the pty, read back as lines. Lines
// that no longer fit are re-wrapped on resize, the cursor's line too, as VTE, kitty and iTerm2 do.
import xterm from "@xterm/headless";
import type { Terminal } from "./cli.js";

export interface Screen {
  /** Every line, scrollback included, trailing spaces trimmed. */
  lines(): Promise<string[]>;
  /**
   * Resizes the emulator and the pty at the same point of the output; resolves at the program's
   * next write, so that a test resizes again only once the program has drawn (as a user does).
   */
  resize(cols: number, rows: number): Promise<void>;
  /** Resolves once `test` holds for the lines shown; rejects with the screen after `timeout` ms. */
  until(test: (lines: string[]) => boolean, timeout?: number): Promise<string[]>;
}

export function screen(t: Terminal, cols = 100, rows = 30): Screen {
  const term = new xterm.Terminal({ cols, rows, scrollback: 1000, allowProposedApi: true, reflowCursorLine: true });
  let fed = 0;
  const sync = () =>
    new Promise<void>((resolve) => {
      const data = t.raw().slice(fed);
      fed += data.length;
      term.write(data, resolve);
    });
  const lines = async () => {
    await sync();
    const buffer = term.buffer.active;
    const out: string[] = [];
    for (let i = 0; i < buffer.length; i++) out.push(buffer.getLine(i)?.translateToString(true) ?? "");
    while (out.length && !out[out.length - 1]) out.pop();
    return out;
  };
  return {
    lines,
    async resize(c, r) {
      await sync();
      term.resize(c, r);
      const drawn = t.nextData();
      t.resize(c, r);
      await Promise.race([drawn, t.exited]);
    },
    async until(test, timeout = 15_000) {
      const end = Date.now() + timeout * Number(process.env.TEST_WAIT_SCALE ?? 3);
      for (;;) {
        const shown = await lines();
        if (test(shown)) return shown;
        if (Date.now() > end) throw new Error(`timed out waiting for the screen; it shows:\n${shown.join("\n")}`);
        // Checked again at the program's next write (a countdown writes at least every 250 ms).
        await Promise.race([t.nextData(), t.exited, new Promise((resolve) => setTimeout(resolve, 1000))]);
      }
    },
  };
}
