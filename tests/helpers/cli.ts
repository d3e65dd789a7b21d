// Runs the BUILT binary (bin/interview-coach.js -> dist/) the way users do: plain spawn for
// pipes, --json and exit codes; a real pseudo-terminal (node-pty) for interactive flows.
// Every run gets its own temp home and config folder, never the real ones.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pty from "@lydell/node-pty";
import { afterAll, onTestFinished } from "vitest";

export const ROOT = resolve(import.meta.dirname, "../..");
export const BIN = join(ROOT, "bin", "interview-coach.js");
export const FIXTURES = join(ROOT, "tests", "fixtures");

export interface Sandbox {
  dir: string;
  home: string;
  env: NodeJS.ProcessEnv;
  cleanup(): void;
}

/** A temp folder with its own library, XDG folders and HOME, and no colour unless asked. Removed when the test that made it ends, passed or failed: call it inside a test (or beforeEach). */
export function sandbox(extraEnv: NodeJS.ProcessEnv = {}): Sandbox {
  const made = sharedSandbox(extraEnv);
  onTestFinished(made.cleanup);
  return made;
}

/** The same for a whole file, made at load or in beforeAll: its cleanup() is the caller's (afterAll). */
export function sharedSandbox(extraEnv: NodeJS.ProcessEnv = {}): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), "ic-test-"));
  const home = join(dir, "library");
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    XDG_CONFIG_HOME: join(dir, "config"),
    XDG_DATA_HOME: join(dir, "data"),
    INTERVIEW_COACH_HOME: home,
    LANG: "en_US.UTF-8",
    TZ: "UTC",
    NO_COLOR: "1",
    ...extraEnv,
  };
  return { dir, home, env, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Sandboxes that each start as a copy of one library, built once per test file by `setup` (through
 * the CLI, as a user builds it): tests that all begin from the same interviews, reviews or stories
 * do not each pay for the commands that make them. The copy keeps file times; the cache folder is
 * left behind (its entries name the template's files, and a test starts with a cold cache).
 * Call the returned function inside a test, as `sandbox()`.
 */
export function sandboxFrom(setup: (template: Sandbox) => void, extraEnv: NodeJS.ProcessEnv = {}): () => Sandbox {
  let template: Sandbox | undefined;
  afterAll(() => template?.cleanup());
  return () => {
    if (!template) {
      template = sharedSandbox(extraEnv);
      setup(template);
    }
    const box = sandbox(extraEnv);
    for (const name of readdirSync(template.dir)) {
      if (name !== ".cache") cpSync(join(template.dir, name), join(box.dir, name), { recursive: true, preserveTimestamps: true });
    }
    return box;
  };
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with no terminal: stdin is `input` (or empty), stdout and stderr are pipes. */
export function run(args: string[], options: { env?: NodeJS.ProcessEnv; input?: string; cwd?: string } = {}): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? sandbox().env,
    input: options.input ?? "",
    encoding: "utf8",
    // Only a net for a hang: a loaded machine (three test workers on two cores, plus whatever else
    // runs) can take several seconds to start a command that loads the language model.
    timeout: 40_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same, asynchronously, for cases such as a reader that closes the pipe early. */
export function runAsync(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}) {
  return spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: options.env ?? sandbox().env });
}

/** Terminal text with the program's own line breaks taken out: a message wrapped between words reads as the one line it is. */
export const unwrapped = (text: string) => text.replace(/\r?\n/g, " ");

const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007|\u001b[()][A-Za-z0-9]/g;
export const stripAnsi = (text: string) => text.replace(ANSI, "");

export interface Terminal {
  /** Everything written to the terminal so far, without escape codes. */
  output(): string;
  /** Everything written to the terminal so far, escape codes and all. */
  raw(): string;
  write(keys: string): void;
  /**
   * Pastes as a terminal emulator does: in bracketed-paste markers when the program asked for
   * them (ESC[?2004h), in 4 KB pieces (one write of 200 KB blocks node-pty until the program has
   * read it, while the program waits to draw).
   */
  paste(text: string): Promise<void>;
  /** Resolves when the output (since `from`, default the start) matches; rejects after `timeout` ms. */
  waitFor(pattern: RegExp | string, options?: { timeout?: number; from?: number }): Promise<void>;
  kill(signal?: string): void;
  /** Resolves at the program's next write to the terminal. */
  nextData(): Promise<void>;
  /** Resizes the terminal, which sends the program SIGWINCH. */
  resize(cols: number, rows: number): void;
  /** Closes the terminal itself, as closing its window does: a hang-up, the end of input, and nowhere to draw. */
  close(): void;
  pid: number;
  exited: Promise<{ exitCode: number; signal?: number }>;
}

export const keys = { enter: "\r", up: "\u001b[A", down: "\u001b[B", space: " ", ctrlC: "\u0003", ctrlD: "\u0004", backspace: "\u007f" };

/**
 * Runs the CLI in a pseudo-terminal. By default stdout is the terminal too; pass `shell` to run
 * through /bin/sh, e.g. to redirect stdout to a file while stdin and stderr stay on the terminal.
 */
export function terminal(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; shellRedirect?: string; shellSetup?: string; cols?: number; rows?: number; jobControl?: boolean } = {},
): Terminal {
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(" ");
  // shellSetup runs first in the same terminal, e.g. `stty cols 0 rows 0` (node-pty refuses a size of 0).
  const shell = options.shellRedirect !== undefined || options.shellSetup !== undefined;
  const setup = options.shellSetup ? `${options.shellSetup}; ` : "";
  // jobControl: run under a shell with job control, as from a terminal, so Ctrl-Z really stops
  // the program (a process group with no shell above it ignores SIGTSTP). Once stopped, the
  // shell says so, reads a line (in line mode, which only works if the program gave the terminal
  // back), and then brings the program back with `fg`.
  const jobs = `set -m; ${quoted}; echo "[stopped: $?]"; read line; fg`;
  const [file, argv] = options.jobControl ? ["/bin/bash", ["-c", jobs]] : shell ? ["/bin/sh", ["-c", `${setup}exec ${quoted} ${options.shellRedirect ?? ""}`]] : [process.execPath, [BIN, ...args]];
  const child = pty.spawn(file as string, argv as string[], {
    cols: options.cols ?? 100,
    rows: options.rows ?? 30,
    cwd: options.cwd ?? ROOT,
    env: (options.env ?? sandbox().env) as Record<string, string>,
  });
  let raw = "";
  child.onData((data) => {
    raw += data;
  });
  let gone = false;
  const exited = new Promise<{ exitCode: number; signal?: number }>((resolveExit) =>
    child.onExit((result) => {
      gone = true;
      resolveExit(result);
    }),
  );
  return {
    pid: child.pid,
    output: () => stripAnsi(raw),
    raw: () => raw,
    write: (keys) => child.write(keys),
    async paste(pasted) {
      const on = raw.lastIndexOf("\u001b[?2004h");
      const text = on !== -1 && on > raw.lastIndexOf("\u001b[?2004l") ? `\u001b[200~${pasted}\u001b[201~` : pasted;
      // Stops once the program has gone or been signalled: writing on into a terminal nobody reads blocks the test.
      for (let i = 0; i < text.length && !gone; i += 4096) {
        child.write(text.slice(i, i + 4096));
        await new Promise((resolveTurn) => setImmediate(resolveTurn));
      }
    },
    // A paste under way stops at a signal too: the program stops reading then, and a test that
    // kept writing into the full terminal would block on it while the program waits to draw.
    kill: (signal) => {
      gone = true;
      child.kill(signal);
    },
    resize: (cols, rows) => child.resize(cols, rows),
    nextData: () =>
      new Promise((resolveData) => {
        const once = child.onData(() => {
          once.dispose();
          resolveData();
        });
      }),
    // Not in node-pty's types: closes the master side, then sends SIGHUP as a terminal does.
    close: () => (child as unknown as { destroy(): void }).destroy(),
    exited,
    // Waits on what the screen shows: checked on every write to the terminal, and failed at once
    // if the program exits without showing it. `timeout` is only a net for a program that hangs;
    // on a loaded machine it is stretched (TEST_WAIT_SCALE, default 3) rather than failing a slow run.
    waitFor(pattern, { timeout = 10_000, from = 0 } = {}) {
      const matches = () => {
        const text = stripAnsi(raw).slice(from);
        return typeof pattern === "string" ? text.includes(pattern) : pattern.test(text);
      };
      return new Promise((resolveWait, reject) => {
        if (matches()) return resolveWait();
        const stop = () => {
          data.dispose();
          clearTimeout(timer);
        };
        const data = child.onData(() => {
          if (!matches()) return;
          stop();
          resolveWait();
        });
        const fail = (why: string) => {
          stop();
          reject(new Error(`${why} waiting for ${String(pattern)}; the screen shows:\n${stripAnsi(raw).slice(-1500)}`));
        };
        const timer = setTimeout(() => fail("timed out"), timeout * Number(process.env.TEST_WAIT_SCALE ?? 3));
        // A program that has exited will never show it: say so now, with the screen.
        void exited.then(() => setImmediate(() => (matches() ? (stop(), resolveWait()) : fail("the program exited"))));
      });
    },
  };
}
