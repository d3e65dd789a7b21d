// `today` on a narrow terminal, in a real pseudo-terminal against the built binary: a long
// "when" ("send today (late, was due …)") does not squeeze the items into a sliver, and every
// line fits the width and breaks between words.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { run, sandbox, terminal } from "../helpers/cli.js";
import { screen } from "../helpers/screen.js";

const COLUMNS = 50;

describe(`today on a ${COLUMNS}-column terminal`, () => {
  it("narrows the 'when' column for a late thank-you note and wraps every item between words", async () => {
    const { env, dir, home } = sandbox({ INTERVIEW_COACH_NOW: "2026-11-18T10:00:00" });
    const cli = (...args: string[]) => expect(run(args, { env }).code).toBe(0);
    cli("interviews", "add", "Riverside Peds", "--date", "2026-11-20");
    // Interviewed three days ago and reviewed: its thank-you note was due yesterday, so it is late.
    cli("interviews", "add", "Bayview IM", "--date", "2026-11-15");
    const answers = join(dir, "answers.yaml");
    writeFileSync(answers, "people:\n  - name: Dr. Ana Rivera\n    role: Program director\n    detail: the sepsis project\nscores: { training: 4, culture: 4, faculty: 3, location: 3, schedule: 3, outcomes: 4 }\ngut: 4\n");
    cli("review", "Bayview IM", "--answers", answers);
    mkdirSync(join(home, "checklists"), { recursive: true });
    writeFileSync(join(home, "checklists", "residency-interview-day--riverside-peds.md"), "---\ntype: checklist\nchecklist: residency-interview-day\nprogram: Riverside Peds\ndone: []\n---\n");

    const term = terminal(["today"], { env, cols: COLUMNS });
    const shown = await screen(term, COLUMNS, 30).until((lines) => lines.some((line) => line.startsWith("Checklist items")));
    expect((await term.exited).exitCode).toBe(0);
    const lines = term.output().split("\n").map((line) => line.replace(/\r$/, ""));
    expect(lines.filter((line) => stringWidth(line) > COLUMNS)).toEqual([]);
    expect(shown.some((line) => line.startsWith("  send today"))).toBe(true);
    // The item keeps 30 columns beside its "when", and no word of it is cut at a line's end.
    const item = lines.findIndex((line) => line.includes("Read the program's"));
    expect(lines[item]!.indexOf("Read")).toBeLessThanOrEqual(COLUMNS - 30);
    const itemLines = lines.slice(item, lines.findIndex((line, i) => i >= item && line.endsWith("interview-day)")) + 1).map((line) => line.slice(lines[item]!.indexOf("Read")).trim());
    expect(itemLines.join(" ")).toBe("Read the program's website and note two or three things that set it apart (Riverside Peds, residency-interview-day)");
  });

  it("says in one line that there is nothing to do, and how to start, where piped output stays empty", async () => {
    const { env } = sandbox({ INTERVIEW_COACH_NOW: "2026-11-18T10:00:00" });
    const term = terminal(["today"], { env, cols: COLUMNS });
    expect((await term.exited).exitCode).toBe(0);
    expect(term.output().replace(/\r?\n/g, " ")).toContain('Nothing to do yet: no interview is recorded. Record one with: interview-coach interviews add "Program" --date YYYY-MM-DD');
    expect(run(["today"], { env })).toMatchObject({ code: 0, stdout: "", stderr: "" });
    expect(run(["interviews", "add", "Riverside Peds", "--date", "2026-12-20"], { env }).code).toBe(0);
    const later = terminal(["today"], { env, cols: COLUMNS });
    expect((await later.exited).exitCode).toBe(0);
    expect(later.output()).toContain("Nothing to do today or in the next 7 days.");
  });

  it("shows each command whole: on a line of its own, or broken between its words with the shell's line continuation", async () => {
    const { env } = sandbox({ INTERVIEW_COACH_NOW: "2026-11-18T10:00:00" });
    expect(run(["interviews", "add", "Riverside University IM", "--date", "2026-11-21"], { env }).code).toBe(0);
    const term = terminal(["today"], { env, cols: COLUMNS });
    expect((await term.exited).exitCode).toBe(0);
    const lines = term.output().split("\n").map((line) => line.replace(/\r$/, ""));
    expect(lines.filter((line) => stringWidth(line) > COLUMNS)).toEqual([]);
    // As a shell reads what is copied from the screen: a line ending in " \\" goes on with the next.
    const pasted = lines.join("\n").replace(/ \\\n\s*/g, " ");
    expect(pasted).toMatch(/^\s*interview-coach checklist residency-interview-day --program "Riverside University IM"$/m);
  });
});
