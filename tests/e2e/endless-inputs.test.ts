// Files without an end: /dev/zero reports a size of 0, so a size check passes it and reading "to
// the end" grows memory without limit. Every file a command reads (a file named on the command
// line, config.yaml, a deck, a note, the history) is read with a byte limit: each case must end
// with its one-line message and exit code, in bounded memory, on the built binary.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, keys, sandbox, terminal, type Sandbox } from "../helpers/cli.js";

let box: Sandbox | undefined;

const TIME = "/usr/bin/time";
/** Far above what a command needs (about 100 MB), far below what reading /dev/zero for a few seconds takes. */
const MAX_RSS_KB = 400 * 1024;
const MIB = 1024 * 1024;

/** The message for an endless file of `kinds` read up to `mib` MiB. */
const endlessMessage = (kinds: string, mib: number) =>
  `file is too large (over ${mib * MIB} bytes, and it does not end: a device or a stream?); interview-coach reads ${kinds} of up to ${mib} MiB (${mib * MIB} bytes)`;

interface Measured {
  code: number | null;
  stderr: string;
  /** Peak resident memory in KiB, when /usr/bin/time is there to measure it. */
  maxRssKb: number | undefined;
}

/** Runs the CLI with no terminal, measuring its peak memory with GNU time when it is installed. */
function measured(args: string[], made: Sandbox): Measured {
  const timeFile = join(made.dir, "time.txt");
  const withTime = existsSync(TIME);
  const [file, argv] = withTime ? [TIME, ["-f", "%M", "-o", timeFile, process.execPath, BIN, ...args]] : [process.execPath, [BIN, ...args]];
  const result = spawnSync(file, argv, { cwd: made.dir, env: made.env, input: "", encoding: "utf8", timeout: 30_000 });
  const maxRssKb = withTime && existsSync(timeFile) ? Number(readFileSync(timeFile, "utf8").trim().split("\n").at(-1)) : undefined;
  return { code: result.status, stderr: result.stderr, maxRssKb };
}

/** A link to /dev/zero at `path` (inside the sandbox), its folders made; returns `path`. */
function endless(path: string): string {
  mkdirSync(join(path, ".."), { recursive: true });
  symlinkSync("/dev/zero", path);
  return path;
}

/** The same, named as messages name a library file below the working folder. */
const endlessRelative = (made: Sandbox, path: string) => relative(made.dir, endless(path));

const config = (made: Sandbox) => join(made.env.XDG_CONFIG_HOME!, "interview-coach");

interface Case {
  name: string;
  args: string[];
  /** Puts the endless file in place; returns the name the message gives it. */
  place(made: Sandbox): string;
  code: number;
  /** What the message says after FILE:1:1. */
  reads: string;
  /** "error" when the file stops the command, "warning" when it is skipped and the rest goes on. */
  as?: "error" | "warning";
}

const CASES: Case[] = [
  { name: "validate FILE", args: ["validate", "/dev/zero"], place: () => "/dev/zero", code: 65, reads: endlessMessage("YAML files", 1) },
  { name: "practice --answers", args: ["practice", "residency", "--answers", "/dev/zero"], place: () => "/dev/zero", code: 65, reads: endlessMessage("YAML files", 1) },
  { name: "review --answers", args: ["review", "Lakeside IM", "--answers", "/dev/zero"], place: () => "/dev/zero", code: 65, reads: endlessMessage("YAML files", 1) },
  { name: "rank --weights", args: ["rank", "--weights", "/dev/zero"], place: () => "/dev/zero", code: 65, reads: endlessMessage("YAML files", 1) },
  {
    name: "a --answers file that is a link to /dev/zero",
    args: ["practice", "residency", "--answers", "answers.yaml"],
    place: (made) => endlessRelative(made, join(made.dir, "answers.yaml")),
    code: 65,
    reads: endlessMessage("YAML files", 1),
  },
  { name: "config.yaml", args: ["list"], place: (made) => endless(join(config(made), "config.yaml")), code: 65, reads: endlessMessage("YAML files", 1) },
  {
    name: "a deck in the user's content folder (validate)",
    args: ["validate"],
    place: (made) => endlessRelative(made, join(config(made), "content", "decks", "zero.yaml")),
    code: 65,
    reads: endlessMessage("YAML files", 1),
  },
  {
    name: "a deck in the user's content folder (list skips it)",
    args: ["list"],
    place: (made) => endlessRelative(made, join(config(made), "content", "decks", "zero.yaml")),
    code: 0,
    reads: endlessMessage("YAML files", 1),
    as: "warning",
  },
  {
    name: "the practice history (stats)",
    args: ["stats"],
    place: (made) => endless(join(made.home, "history.jsonl")),
    code: 65,
    reads: endlessMessage("files", 128),
  },
  {
    name: "the practice history (practice --plan)",
    args: ["practice", "residency", "--plan"],
    place: (made) => endless(join(made.home, "history.jsonl")),
    code: 65,
    reads: endlessMessage("files", 128),
  },
  { name: "a review note (rank)", args: ["rank"], place: (made) => endlessRelative(made, join(made.home, "reviews", "zero.md")), code: 65, reads: endlessMessage("reviews", 1), as: "warning" },
  { name: "a story note", args: ["stories"], place: (made) => endlessRelative(made, join(made.home, "stories", "zero.md")), code: 65, reads: endlessMessage("stories", 1) },
  { name: "an interview note", args: ["interviews"], place: (made) => endless(join(made.home, "interviews", "zero.md")), code: 0, reads: endlessMessage("interview notes", 1), as: "warning" },
  {
    name: "a checklist's progress note",
    args: ["checklist", "residency-interview-day", "--program", "Zed", "--print"],
    place: (made) => endless(join(made.home, "checklists", "residency-interview-day--zed.md")),
    code: 65,
    reads: `${endlessMessage("progress notes", 1)}; it is not one this program wrote`,
  },
];

describe("an endless file (a link to /dev/zero) ends the command with one line, in bounded memory", () => {
  it.each(CASES)("$name", (testCase) => {
    box = sandbox();
    const shown = testCase.place(box);
    const result = measured(testCase.args, box);
    expect(result.code).toBe(testCase.code);
    const line = `${shown}:1:1: ${testCase.reads}`;
    const about = result.stderr.split("\n").filter((l) => l.includes("too large"));
    expect(about).toEqual([testCase.as === "warning" ? `warning: skipped ${line}` : line]);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    if (result.maxRssKb !== undefined) expect(result.maxRssKb).toBeLessThan(MAX_RSS_KB);
  });
});

describe("a FIFO with no writer", () => {
  it.skipIf(process.platform !== "linux")("waits for one, and Ctrl-C ends the wait (exit 130 or killed by SIGINT)", async () => {
    box = sandbox();
    const fifo = join(box.dir, "answers.yaml");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const term = terminal(["rank", "--weights", fifo], { env: box.env, cwd: box.dir });
    // Blocked in open(2) until a writer comes: Linux names that wait in the process's wchan.
    await waitUntil(() => readFileSync(`/proc/${term.pid}/wchan`, "utf8") === "wait_for_partner");
    term.write(keys.ctrlC);
    // Before any command installs its handler, SIGINT's default action ends the process: the
    // shell shows that as 130 too.
    const exit = await term.exited;
    expect(exit.exitCode === 130 || exit.signal === 2).toBe(true);
  });
});

/** Polls `test` on each turn of the event loop until it is true (or throws until it can be read). */
async function waitUntil(test: () => boolean): Promise<void> {
  for (;;) {
    try {
      if (test()) return;
    } catch {
      // not there yet
    }
    await new Promise((resolveTurn) => setTimeout(resolveTurn, 20));
  }
}
