// Without a terminal, a misspelt name is what gets reported (66, "Did you mean"), not the missing
// terminal; and raw system text never stands in for a message: a missing output folder and a
// clock variable that is no date are said in words.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, FIXTURES, run, sandbox } from "../helpers/cli.js";

const box = (env: NodeJS.ProcessEnv = {}) => sandbox(env);

describe("names before the terminal", () => {
  it("practice with a misspelt deck and no terminal: exit 66 with the closest deck", () => {
    const result = run(["practice", "residencey"], { env: box().env });
    expect(result.code).toBe(66);
    expect(result.stderr).toBe("error: no deck named 'residencey'. Did you mean 'residency'? See `interview-coach list decks`.\n");
  });

  it("a deck or checklist typed in other case is found, as program names are", () => {
    const { env } = box();
    const plan = run(["practice", "Residency", "--plan"], { env });
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toMatch(/^# Plan: Residency program interviews\n/);
    const checklist = run(["checklist", "Second-Interview", "--print"], { env });
    expect(checklist.code, checklist.stderr).toBe(0);
    expect(checklist.stdout).toMatch(/^# Second interview with a health group\n/);
  });

  it("checklist with a misspelt name and no terminal: exit 66, not 'needs a terminal'", () => {
    const result = run(["checklist", "second-interveiw", "--program", "Lakeside IM"], { env: box().env });
    expect(result.code).toBe(66);
    expect(result.stderr).toContain("Did you mean 'second-interview'?");
    expect(result.stderr).not.toContain("terminal");
  });
});

describe("errors in words", () => {
  it("--output into a folder that does not exist says so (exit 73), not ENOENT", () => {
    const b = box();
    const result = run(["practice", "residency", "--answers", join(FIXTURES, "practice", "answers.yaml"), "--output", join(b.dir, "nonexist", "x.md")], { env: b.env });
    expect(result.code).toBe(73);
    expect(result.stderr).toContain(`error: cannot write ${join(b.dir, "nonexist", "x.md")}: its folder does not exist; create the folder first or choose another path\n`);
    expect(result.stderr).not.toContain("ENOENT");
  });

  it("INTERVIEW_COACH_NOW that is no date: exit 64 naming the variable and the form", () => {
    const result = run(["stats"], { env: box({ INTERVIEW_COACH_NOW: "garbage" }).env });
    expect(result.code).toBe(64);
    expect(result.stderr).toBe("error: INTERVIEW_COACH_NOW is 'garbage', which is not a date and time; use the form 2026-11-22T14:05:00, or unset it to use the real clock\n");
  });
});

describe("the reader of stderr leaves", () => {
  it("practice --answers 2>&1 >/dev/null | head -1: the session is saved and the exit code is 0", () => {
    const b = box();
    const answers = join(FIXTURES, "practice", "answers.yaml");
    // Several messages go to stderr (one per unrated answer, then where the note went); head keeps one.
    const script = `'${process.execPath}' '${BIN}' practice residency --answers '${answers}' 2>&1 >/dev/null | head -1 >/dev/null; echo "exit=\${PIPESTATUS[0]}"`;
    const result = spawnSync("bash", ["-c", script], { env: b.env, encoding: "utf8", timeout: 15_000 });
    expect(result.stdout.trim()).toBe("exit=0");
    expect(readdirSync(join(b.home, "sessions"))).toHaveLength(1);
  });
});
