// Terminal escape codes hidden in content, notes and arguments: validate refuses them with a
// position, and nothing that came from a file or an argument reaches the terminal raw (no screen
// clear, no window title, no clipboard write), on the BUILT binary in a real pseudo-terminal.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, run, sandbox, terminal, type Sandbox } from "../helpers/cli.js";

const EVIL_DECK = [
  'title: "Evil \\e[31mRED\\e[0m \\e]0;PWNED\\a"',
  "questions:",
  "  - id: q1",
  '    text: "Clear \\e[2J\\e[H now"',
  '    category: "fit\\e]52;c;aGVsbG8=\\a"',
  "",
].join("\n");

/** Sequences a terminal would obey: OSC (title, clipboard), clear screen, cursor home. */
const OBEYED = /\u001b\]|\u001b\[2J|\u001b\[H|\u009b/;

function contentBox(): { box: Sandbox; dir: string } {
  const box = sandbox({ INTERVIEW_COACH_NOW: "2026-11-25T10:00:00" });
  const dir = join(box.dir, "content");
  mkdirSync(join(dir, "decks"), { recursive: true });
  writeFileSync(join(dir, "decks", "evil.yaml"), EVIL_DECK);
  return { box, dir };
}

describe("control characters from files and arguments", () => {
  it("validate reports each control character in content as an error at its value's position", () => {
    const { box, dir } = contentBox();
    const result = run(["validate", join(dir, "decks", "evil.yaml")], { env: box.env });
    expect(result.code).toBe(65);
    const lines = result.stderr.trim().split("\n");
    expect(lines[0]).toMatch(/evil\.yaml:1:8: 'title': contains the control character ESC \(U\+001B\) at character 6;/);
    expect(lines[1]).toMatch(/evil\.yaml:4:11: 'text': contains the control character ESC \(U\+001B\) at character 7;/);
    expect(lines[2]).toMatch(/evil\.yaml:5:15: 'category': contains the control character ESC \(U\+001B\) at character 4;/);
    expect(result.stderr).not.toMatch(OBEYED);
  });

  it("list, show and practice --plan in a terminal never send the deck's escape codes", async () => {
    const { box, dir } = contentBox();
    for (const args of [["list", "decks"], ["practice", "evil", "--plan"], ["show", "evil"]]) {
      const t = terminal(["--content", dir, ...args], { env: box.env });
      const { exitCode } = await t.exited;
      expect(t.raw()).not.toMatch(OBEYED);
      if (args[0] === "list") {
        expect(exitCode).toBe(0);
        expect(t.output()).toContain("skipped");
      } else {
        // Asked for by name, the broken deck is refused with its file's problem, escaped.
        expect(exitCode).toBe(65);
      }
    }
  });

  it("a program name with escape codes in a review note is shown escaped by rank and followups", async () => {
    const box = sandbox({ INTERVIEW_COACH_NOW: "2026-11-25T10:00:00" });
    cpSync(join(FIXTURES, "reviews", "library"), box.home, { recursive: true });
    const note = join(box.home, "reviews", "bayview-im.md");
    writeFileSync(note, readFileSync(note, "utf8").replace("program: Bayview IM", 'program: "Bayview \\e]0;PWNED\\a\\e[2J IM"'));
    for (const args of [["rank"], ["followups"]]) {
      // Wide enough that the table keeps the escaped name on one line, for the match below.
      const t = terminal(args, { env: box.env, cols: 200 });
      expect((await t.exited).exitCode).toBe(0);
      expect(t.raw()).not.toMatch(OBEYED);
      // Shown as visible escapes (Markdown may escape the brackets too).
      expect(t.output()).toMatch(/Bayview \\u001b\\?\]0;PWNED\\u0007\\u001b\\?\[2J IM/);
    }
  });

  it("an argument with an escape code is refused (exit 64) and echoed escaped", async () => {
    const box = sandbox();
    const t = terminal(["review", "Evil \u001b]0;PWNED\u0007"], { env: box.env });
    expect((await t.exited).exitCode).toBe(64);
    expect(t.raw()).not.toMatch(OBEYED);
    expect(t.output()).toContain("argument 2 contains the control character ESC (U+001B) at character 6");
  });
});
