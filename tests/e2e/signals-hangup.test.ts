// The terminal itself goes away, on the BUILT binary: closing the pseudo-terminal (as closing a
// terminal window does: a hang-up, the end of input, nowhere left to draw) while practice,
// review or checklist waits at a prompt. The work is saved and the exit code is 130; on Node 20
// it used to be 134, Node aborting in its own terminal reset (see src/ui/interrupt.ts), and
// review lost the draft to an EIO crash. And a SIGHUP sent with kill while the terminal stays
// open leaves that terminal usable: line editing and echo back on.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import pty from "@lydell/node-pty";
import { describe, expect, it } from "vitest";
import { BIN, FIXTURES, keys, ROOT, sandbox, stripAnsi, terminal, type Terminal } from "../helpers/cli.js";

const WAIT = { timeout: 15_000 };
const box = (now = "2026-11-24T18:00:00") => sandbox({ INTERVIEW_COACH_NOW: now });

const tempFiles = (dir: string): string[] =>
  existsSync(dir) ? (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /^\..*\.tmp$/.test(basename(f))) : [];

/** Waits for `prompt` after everything so far, then types `text` and Enter. */
function typist(term: Terminal) {
  let from = 0;
  return {
    wait: async (prompt: string) => {
      await term.waitFor(prompt, { ...WAIT, from });
      from = term.output().length;
    },
    async answer(prompt: string, text = "") {
      await this.wait(prompt);
      term.write(text + keys.enter);
    },
  };
}

const PRACTICE = ["practice", "residency", "--count", "2", "--order", "deck", "--prep", "0", "--time", "30s"];

async function firstAnswer(term: Terminal) {
  const t = typist(term);
  await t.wait("Answer [");
  term.write("A first answer about a patient");
  await t.wait("about a patient");
  term.write(keys.enter);
  await t.answer("Keep this take?");
  await t.answer("Rate your answer");
  await t.answer("Next time I will", "Breathe");
  return t;
}

/** `because`: why the half answer has no rating, as the note words it for where it was stopped. */
function expectPracticeSaved(home: string, because = "Being typed when the session was stopped; not rated.") {
  const [note, ...others] = readdirSync(join(home, "sessions"));
  expect(others).toEqual([]);
  const path = join(home, "sessions", note!);
  const text = readFileSync(path, "utf8");
  expect(text).toContain("interrupted: true");
  expect(text).toContain("A first answer about a patient");
  // The answer being typed (or kept and not yet rated) is kept too, marked as not rated.
  expect(text).toMatch(/## Not rated: .*\n\n\*/);
  expect(text).toContain(`*${because}*\n\n\`\`\`text\nhalf an answer\n\`\`\``);
  const history = readFileSync(join(home, "history.jsonl"), "utf8").trim().split("\n").map((line) => JSON.parse(line));
  expect(history.map((e) => e.type)).toEqual(["start", "answer", "end"]);
  expect(history[2]).toMatchObject({ interrupted: true, note: path });
  expect(tempFiles(home)).toEqual([]);
}

describe("the terminal is closed at a prompt", () => {
  // With --output - the note was bound for the terminal that is gone: still saved, and no EIO crash.
  it.each([
    ["practice, during the answer countdown", PRACTICE],
    ["practice --output -, during the answer countdown", [...PRACTICE, "--output", "-"]],
  ])("%s: the rated answer is saved, exit 130", async (_name, args) => {
    const { env, home } = box();
    const term = terminal(args, { env });
    const t = await firstAnswer(term);
    await t.wait("Answer [");
    term.write("half an answer");
    await t.wait("half an answer");
    term.close();
    expect(await term.exited).toEqual({ exitCode: 130, signal: 0 });
    expectPracticeSaved(home);
  });

  it("practice, at the rating prompt: the rated answer is saved, exit 130", async () => {
    const { env, home } = box();
    const term = terminal(PRACTICE, { env });
    const t = await firstAnswer(term);
    await t.wait("Answer [");
    term.write(`half an answer${keys.enter}`);
    await t.answer("Keep this take?");
    await t.wait("Rate your answer");
    term.close();
    expect(await term.exited).toEqual({ exitCode: 130, signal: 0 });
    expectPracticeSaved(home, "Kept, but not yet rated when the session was stopped.");
  });

  it("review, at a score with a digit typed: the draft is saved with that score, exit 130", async () => {
    const { env, home } = box();
    const term = terminal(["review", "Bayview IM"], { env });
    const t = typist(term);
    await t.answer("? Interview date (YYYY-MM-DD)");
    await t.answer("? Kind of interview");
    await t.answer("? Specialty", "Internal medicine");
    await t.answer("? Name (empty when done)", "Dr. Omar Haddad");
    await t.answer("? Dr. Omar Haddad's role", "Chief resident");
    await t.answer("? One thing you talked about", "the ICU month");
    await t.answer("? Name (empty when done)");
    await t.answer("? Training", "5");
    await t.wait("? Resident culture");
    term.write("4"); // typed, Enter not pressed: kept as the score
    await t.wait("(1-5) 4");
    term.close();
    expect(await term.exited).toEqual({ exitCode: 130, signal: 0 });
    const text = readFileSync(join(home, "reviews", "bayview-im.md"), "utf8");
    expect(text).toContain("draft: true\nscores:\n  training: 5\n  culture: 4\n");
    expect(text).toContain("  - name: Dr. Omar Haddad\n    role: Chief resident\n    detail: the ICU month\n");
    expect(tempFiles(home)).toEqual([]);
  });

  it("checklist, at a section: the finished section and the tick on screen are kept, exit 130", async () => {
    const { env, home } = box("2026-02-27T10:00:00");
    const term = terminal(["--content", join(FIXTURES, "checklists"), "checklist", "visit-day", "--program", "Lakeside Health", "--date", "2026-03-02"], { env });
    const t = typist(term);
    await t.wait("? Before the visit (1/3)");
    term.write(keys.space + keys.enter);
    await t.wait("? On the day (2/3)");
    term.write(keys.space); // ticked on screen, Enter not pressed
    await t.wait("◉ Note the names");
    term.close();
    expect(await term.exited).toEqual({ exitCode: 130, signal: 0 });
    const text = readFileSync(join(home, "checklists", "visit-day--lakeside-health.md"), "utf8");
    expect(text).toContain("done:\n  - id: book-travel\n");
    expect(text).toContain("  - id: note-names\n");
    expect(tempFiles(home)).toEqual([]);
  });
});

describe("SIGHUP while the terminal stays open", () => {
  it("ends practice with 130 and leaves the terminal in line mode with echo", async () => {
    const { env } = box();
    const quoted = [process.execPath, BIN, ...PRACTICE].map((a) => `'${a}'`).join(" ");
    // The shell outlives the program and then reports the terminal's settings.
    const shell = pty.spawn("/bin/sh", ["-c", `${quoted}; echo "exit=$?"; stty -a`], { cols: 100, rows: 30, cwd: ROOT, env: env as Record<string, string> });
    let raw = "";
    shell.onData((data) => (raw += data));
    const done = new Promise((resolve) => shell.onExit(resolve));
    const until = async (text: string) => {
      for (const started = Date.now(); !stripAnsi(raw).includes(text); await new Promise((r) => setTimeout(r, 25))) {
        if (Date.now() - started > 15_000) throw new Error(`timed out waiting for ${text}:\n${stripAnsi(raw).slice(-1000)}`);
      }
    };
    await until("Answer ["); // the answer prompt has the terminal in raw mode
    const program = Number(readFileSync(`/proc/${shell.pid}/task/${shell.pid}/children`, "utf8").trim().split(" ")[0]);
    process.kill(program, "SIGHUP");
    await done;
    const screen = stripAnsi(raw);
    expect(screen).toContain("Interrupted before any answer was rated; nothing to save.");
    expect(screen).toContain("exit=130");
    const settings = screen.slice(screen.indexOf("exit=130"));
    expect(settings).toMatch(/(^|\s)icanon(\s|;|$)/m);
    expect(settings).toMatch(/(^|\s)echo(\s|;|$)/m);
  });
});
