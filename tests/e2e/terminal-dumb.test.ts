// TERM=dumb: a terminal that understands no cursor movement. practice (think time, the answer,
// keep-or-retake, the rating), checklist and review run to the end in a real pseudo-terminal,
// on the BUILT binary, and not one escape sequence reaches the terminal: every frame is printed
// line by line.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, keys, sandbox, terminal, type Terminal } from "../helpers/cli.js";
import { keepAndRate, stepper } from "../helpers/practice-steps.js";

const box = (env: NodeJS.ProcessEnv = {}) => {
  // No NO_COLOR: TERM=dumb alone must turn colour off.
  const b = sandbox({ TERM: "dumb", NO_COLOR: undefined, ...env });
  return b;
};

/** Any escape sequence at all: cursor moves (ESC[1A), erasing (ESC[2K, ESC[J), cursor hiding (ESC[?25l), colour. */
const noEscapes = (t: Terminal) => expect(t.raw()).not.toMatch(/\u001b/);

describe("TERM=dumb", () => {
  it("practice: think time, the answer, the rating and next time draw line by line, and the note is saved", async () => {
    const b = box();
    const t = terminal(["practice", "residency", "--count", "1", "--order", "deck", "--prep", "3s", "--time", "30s", "--takes", "2"], { env: b.env });
    const step = stepper(t);
    await step.until("Think time: 0:03.");
    await step.until("(0:30 to answer)");
    step.mark();
    t.write("I keep handovers shortt");
    await step.until("I keep handovers shortt");
    // Backspace: the line cannot be edited in place, so it is printed again without the last letter.
    step.mark();
    t.write(keys.backspace);
    await step.until("Answer (0:30 to answer) I keep handovers short");
    await keepAndRate(t, step, { down: 1, nextTime: "Name the result" });
    expect((await t.exited).exitCode).toBe(0);
    noEscapes(t);
    // Typing continues the prompt's line, one line per edit, not one per key.
    expect(t.output().match(/^Answer \(0:30 to answer\) I keep handovers short/gm)).toEqual(["Answer (0:30 to answer) I keep handovers short", "Answer (0:30 to answer) I keep handovers short"]);
    const history = readFileSync(join(b.home, "history.jsonl"), "utf8");
    expect(history).toContain('"answer":"I keep handovers short"');
    expect(history).toContain('"rating":4');
  });

  it("checklist: a section is ticked and saved with no escape sequence drawn", async () => {
    const b = box({ INTERVIEW_COACH_NOW: "2026-02-27T10:00:00" });
    const t = terminal(["--content", join(FIXTURES, "checklists"), "checklist", "visit-day", "--program", "Lakeside Health"], { env: b.env });
    const step = stepper(t);
    await step.until(/\? Before the visit \(1\/3\)/);
    step.mark();
    t.write(keys.space);
    await step.until("◉");
    t.write(keys.enter);
    await step.until("saved · 1/6 done");
    t.write(keys.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
    noEscapes(t);
  });

  it("review: text, choice and number prompts draw line by line; the draft keeps what was answered", async () => {
    const b = box({ INTERVIEW_COACH_NOW: "2026-11-24T18:00:00" });
    const t = terminal(["review", "Lakeside IM"], { env: b.env });
    const step = stepper(t);
    await step.until("? Interview date (YYYY-MM-DD)");
    step.mark();
    t.write(`2026-11-20${keys.enter}`);
    await step.until("? Kind of interview");
    step.mark();
    t.write(keys.enter);
    await step.until("? Specialty");
    step.mark();
    t.write(`Internal medicine${keys.enter}`);
    await step.until("? Name (empty when done)");
    t.write(keys.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
    noEscapes(t);
    expect(readFileSync(join(b.home, "reviews", "lakeside-im.md"), "utf8")).toContain("Internal medicine");
  });
});
