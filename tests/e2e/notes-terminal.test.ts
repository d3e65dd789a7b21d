// A command's notes on stderr ("note: left out ...") fit a narrow terminal: wrapped between
// words, as every other message is, not cut by the terminal inside a word.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { run, sandbox, terminal } from "../helpers/cli.js";

const COLUMNS = 50;

describe(`notes on a ${COLUMNS}-column terminal`, () => {
  it("checklist --program: the note on the sections left out wraps between words", async () => {
    const { env, home } = sandbox({ INTERVIEW_COACH_NOW: "2026-11-25T10:00:00" });
    expect(run(["interviews", "add", "Harbor IM", "--date", "2026-11-30", "--format", "in-person"], { env }).code).toBe(0);
    mkdirSync(join(home, "checklists"), { recursive: true });
    writeFileSync(join(home, "checklists", "residency-interview-day--harbor-im.md"), "---\ntype: checklist\nchecklist: residency-interview-day\nprogram: Harbor IM\ndone: []\n---\n");
    const term = terminal(["checklist", "--program", "Harbor IM", "--print"], { env, cols: COLUMNS });
    expect((await term.exited).exitCode).toBe(0);
    const lines = term.output().split("\n").map((line) => line.replace(/\r$/, ""));
    const from = lines.findIndex((line) => line.startsWith("note: left out"));
    expect(from, term.output()).toBeGreaterThanOrEqual(0);
    const note = lines.slice(from, lines.findIndex((line, i) => i > from && line.endsWith("in-person.")) + 1);
    expect(note.length).toBeGreaterThan(1);
    expect(note.filter((line) => stringWidth(line) >= COLUMNS)).toEqual([]);
    expect(note.join(" ")).toBe("note: left out 'Virtual set-up' and 'On the day, on video': the interview with Harbor IM is recorded as in-person.");
  });
});
