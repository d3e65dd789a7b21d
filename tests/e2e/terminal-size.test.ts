// A terminal that reports 0 columns and 0 rows (`stty cols 0 rows 0`): practice draws as on an
// 80-column terminal, think time counts down and ends, and a signal stops it; on the BUILT
// binary in a real pseudo-terminal. And a terminal on stdin with stderr redirected to a file: the
// interactive commands refuse at once (64) instead of drawing prompts into the file. And on a
// narrow terminal, messages wrap between words.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, keys, run, sandbox, terminal } from "../helpers/cli.js";
import { screen } from "../helpers/screen.js";
import { answerQuestion, keepTake, stepper } from "../helpers/practice-steps.js";

const ZERO = { shellSetup: "stty cols 0 rows 0" };
const ONE = ["practice", "residency", "--count", "1", "--order", "deck", "--time", "30s", "--no-save", "--output", "-"];

describe("a 0-column terminal", () => {
  it("think time runs out, the answer is taken and the session ends, with a bounded amount drawn", async () => {
    const b = sandbox();
    const t = terminal([...ONE, "--prep", "1s"], { env: b.env, ...ZERO });
    const step = stepper(t);
    await step.until("Think time");
    await step.until("Answer [");
    await answerQuestion(t, step, "I coordinate clinic schedules");
    expect((await t.exited).exitCode).toBe(0);
    expect(t.output()).toContain("I coordinate clinic schedules");
    // A second of think time redraws a one-line spinner a few times, not megabytes of cursor moves.
    expect(t.raw().length).toBeLessThan(50_000);
  });

  it.each([["SIGTERM"], ["SIGHUP"]])("%s during think time ends the session with 130", async (signal) => {
    const b = sandbox();
    const t = terminal([...ONE, "--prep", "5m"], { env: b.env, ...ZERO });
    await t.waitFor("Think time");
    t.kill(signal);
    expect((await t.exited).exitCode).toBe(130);
  });

  it("Ctrl-C during think time ends the session with 130", async () => {
    const b = sandbox();
    const t = terminal([...ONE, "--prep", "5m"], { env: b.env, ...ZERO });
    await t.waitFor("Think time");
    t.write(keys.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
  });
});

describe("a narrow terminal", () => {
  it("wraps the question between words at 40 columns", async () => {
    const b = sandbox();
    const t = terminal(["practice", "residency", "--category", "red-flags", "--count", "1", "--order", "deck", "--prep", "5m", "--no-save"], { env: b.env, cols: 40 });
    await stepper(t).until("Think time");
    expect(t.output()).toMatch(/\nIs there anything in your application\r?\nyou would like to explain\?\r?\n/);
    t.write(keys.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
  });

  it("wraps which deck fits the interview between words at 60 columns", async () => {
    const b = sandbox();
    expect(run(["interviews", "add", "Prairie Health Partners", "--date", "2030-12-08", "--kind", "job", "--specialty", "family medicine"], { env: b.env }).code).toBe(0);
    const t = terminal(["practice", "--program", "Prairie Health Partners", "--count", "1", "--no-save"], { env: b.env, cols: 60 });
    await stepper(t).until("Think time");
    expect(t.output()).toMatch(/^Practising second-interview, the deck for Prairie Health\r?\nPartners \(job: family medicine\)\.\r?\n/m);
    t.write(keys.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
  });

  it("wraps the summary's average and footer between words at 40 columns", async () => {
    const b = sandbox();
    const t = terminal(["practice", "residency", "--category", "fit", "--count", "1", "--order", "deck", "--prep", "0", "--no-save"], { env: b.env, cols: 40 });
    const step = stepper(t);
    await step.until("Answer [");
    await answerQuestion(t, step, "I like your teaching");
    step.mark();
    t.write(keys.enter);
    expect((await t.exited).exitCode).toBe(0);
    expect(t.output()).toMatch(/\nAverage self-rating: 3\.0 of 5 over 1\r?\nquestion\.\r?\nNot saved \(--no-save\); add --output -\r?\nto print the notes\./);
  });

  it("shows all five ratings whole at 40 columns, each wrapped between words under its own text", async () => {
    const b = sandbox();
    const t = terminal(["practice", "residency", "--category", "ask-them", "--count", "1", "--order", "deck", "--prep", "0", "--no-save"], { env: b.env, cols: 40 });
    const view = screen(t, 40, 30);
    const step = stepper(t);
    await step.until("Answer [");
    step.mark();
    t.write("Electives?");
    await step.until("Electives?");
    await keepTake(t, step);
    const shown = await view.until((lines) => lines.some((line) => line.includes("rank order")));
    const menu = shown.slice(shown.findIndex((line) => line.includes("Rate your answer")) + 1);
    expect(menu.slice(0, 8)).toEqual([
      "  1  Generic: any program would answer",
      "     it the same way",
      "  2  Answered on their website already",
      "❯ 3  Specific to this program",
      "  4  Specific, and follows up on",
      "     something you heard here",
      "  5  Specific, and the reply could",
      "     change your rank order",
    ]);
    t.write(keys.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
  });

  it("wraps the answer's keys hint and the kept answer between words at 60 columns", async () => {
    const b = sandbox();
    const t = terminal(["practice", "residency", "--category", "fit", "--count", "1", "--order", "deck", "--prep", "1s", "--no-save"], { env: b.env, cols: 60 });
    const step = stepper(t);
    await step.until("Answer [");
    expect(t.output()).toMatch(/Type your answer\. Enter to finish; overtime counts on in\r?\nred\. Esc to skip this question\./);
    step.mark();
    t.write("I like your teaching and the county hospital where I rotated as a student");
    await step.until("as a student");
    step.mark();
    t.write(keys.enter);
    await step.until("Keep this take?");
    expect(t.output()).toMatch(/I like your teaching and the county\r?\nhospital where I rotated as a student/);
    t.write(keys.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
  });
});

describe("forms on a 40-column terminal", () => {
  /** The screen's rows joined by single spaces: a word the terminal cut reads "for m", not "form". */
  const joined = (lines: string[]) => lines.join(" ").replace(/\s+/g, " ");

  it("stories add: the guidance line and the questions wrap between words", async () => {
    const b = sandbox();
    const t = terminal(["stories", "add", "On call"], { env: b.env, cols: 40 });
    const view = screen(t, 40, 30);
    const step = stepper(t);
    await step.until("Situation:");
    step.mark();
    t.write(`One night on call the ward ran out of beds.${keys.enter}`);
    await step.until("Task:");
    const text = joined(await view.until((lines) => lines.some((line) => line.startsWith("? Task:"))));
    expect(text).toContain("On call: one real experience in STAR form. A few sentences each; Enter leaves a part empty.");
    expect(text).toContain("Situation: where and when, and what was going on One night on call the ward ran out of beds.");
    expect(text).toContain("Task: what you had to do, or the problem that was yours");
    t.write(keys.ctrlC);
    await t.exited;
  });

  it("review: the guidance lines and a question with its default wrap between words", async () => {
    const b = sandbox({ INTERVIEW_COACH_NOW: "2026-11-25T10:00:00" });
    const t = terminal(["review", "Lakeside Health"], { env: b.env, cols: 40 });
    const view = screen(t, 40, 30);
    const step = stepper(t);
    await step.until("Interview date");
    const text = joined(await view.until((lines) => joined(lines).includes("(2026")));
    expect(text).toContain("Review of Lakeside Health. Ctrl-C saves what you have typed as a draft.");
    expect(text).toContain("Interview date (YYYY-MM-DD) (2026-11-25)");
    t.write(keys.ctrlC);
    await t.exited;
  });

  it("review: a note before the form (a score changed in the table by hand) wraps between words", async () => {
    const b = sandbox({ INTERVIEW_COACH_NOW: "2026-11-25T10:00:00" });
    expect(run(["review", "Lakeside IM", "--answers", join(FIXTURES, "reviews", "answers", "lakeside.yaml")], { env: b.env }).code).toBe(0);
    const file = join(b.home, "reviews", "lakeside-im.md");
    writeFileSync(file, readFileSync(file, "utf8").replace(/(\| Resident culture and wellness \| )\d(\/5 \|)/, "$12$2"));
    const t = terminal(["review", "Lakeside IM"], { env: b.env, cols: 40, cwd: b.dir });
    const view = screen(t, 40, 30);
    await t.waitFor("Interview date");
    const shown = await view.lines();
    const note = joined(shown.slice(shown.findIndex((line) => line.startsWith("note: the Scores table")), shown.findIndex((line) => line.includes("which rank reads.")) + 1));
    expect(note).toBe("note: the Scores table of library/reviews/lakeside-im.md shows Resident culture and wellness 2/5 against culture: 4 in the front matter; this review starts from the front matter's scores, which rank reads.");
    t.write(keys.ctrlC);
    await t.exited;
  });

  it("review: Ctrl-C's last word, where the draft is and how to finish it, wraps between words", async () => {
    const b = sandbox({ INTERVIEW_COACH_NOW: "2026-11-25T10:00:00" });
    // Run from the sandbox, the draft's path is short enough for a line: library/reviews/….
    const t = terminal(["review", "Lakeside Health"], { env: b.env, cols: 40, cwd: b.dir });
    const view = screen(t, 40, 30);
    const step = stepper(t);
    await step.until("Interview date");
    step.mark();
    t.write(keys.enter);
    await step.until("Kind of interview");
    t.write(keys.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
    const shown = await view.lines();
    const message = joined(shown.slice(shown.findIndex((line) => line.startsWith("Interrupted:"))));
    expect(message).toBe('Interrupted: what you entered is saved in library/reviews/lakeside-health.md as a draft. Run `interview-coach review "Lakeside Health"` to finish it.');
  });
});

describe("a checklist section on a 40-column terminal", () => {
  it("shows its heading and the key help wrapped between words while it asks, each key beside what it does", async () => {
    const b = sandbox({ INTERVIEW_COACH_NOW: "2026-02-27T10:00:00" });
    const t = terminal(["checklist", "second-interview", "--program", "Lakeside Community Health"], { env: b.env, cols: 40 });
    const view = screen(t, 40, 30);
    const lines = await view.until((shown) => shown.some((line) => line.includes("submit")));
    const heading = lines.slice(lines.findIndex((line) => line.startsWith("Second interview")), lines.findIndex((line) => /^\d+\/\d+ done/.test(line)));
    // A word the terminal cut would read "L akeside" once the rows are joined.
    expect(heading.join(" ").replace(/\s+/g, " ").trim()).toBe("Second interview with a health group · Lakeside Community Health");
    const help = lines.slice(lines.findIndex((line) => line.startsWith("↑↓")));
    expect(help.join(" ").replace(/\s+/g, " ")).toContain("↑↓ navigate • space select • a all • i invert • ⏎ submit");
    expect(help.map((line) => line.trimEnd()).filter((line) => /(^|\s)(↑↓|space|a|i|⏎)$/.test(line))).toEqual([]);
    t.write(keys.ctrlC);
    await t.exited;
  });
});

describe("a checklist picked for a recorded interview, on a 60-column terminal", () => {
  it("wraps its lines between words: which checklist it is, the sections left out, what was saved", async () => {
    const b = sandbox({ INTERVIEW_COACH_NOW: "2026-12-02T10:00:00" });
    expect(run(["interviews", "add", "Pacific Pediatrics", "--date", "2026-12-09", "--kind", "job", "--specialty", "patient coordinator", "--format", "phone"], { env: b.env }).code).toBe(0);
    const t = terminal(["checklist", "--program", "Pacific Pediatrics"], { env: b.env, cols: 60 });
    const view = screen(t, 60, 30);
    await view.until((shown) => shown.some((line) => line.includes("submit")));
    t.write("q");
    const lines = await view.until((shown) => shown.some((line) => line.endsWith("carry on")));
    expect((await t.exited).exitCode).toBe(0);
    const rows = (first: string, last: string) => {
      const from = lines.findIndex((line) => line.startsWith(first));
      return lines.slice(from, lines.findIndex((line, i) => i >= from && line.endsWith(last)) + 1);
    };
    // Rows joined by spaces read as the words did: a word the terminal cut would read "Pediatric s".
    const picked = rows("Checklist ", "coordinator).");
    expect(picked.join(" ")).toBe("Checklist patient-coordinator, the one for Pacific Pediatrics (job: patient coordinator).");
    const left = rows("note: left out", "as phone.");
    expect(left.join(" ")).toBe("note: left out 'Getting there', 'Video set-up', 'In person' and 'On the day, on video': the interview with Pacific Pediatrics is recorded as phone.");
    const saved = rows("  saved ·", "carry on");
    expect(saved.map((line) => line.trim()).join(" ")).toBe("saved · 0/17 done, 0 overdue; stopped here: run the same command to carry on");
    for (const line of [...picked, ...left, ...saved]) expect(line.length).toBeLessThan(60);
  });
});

describe("a checklist section once answered, on a 40-column terminal", () => {
  it("shows its ticked items wrapped between words", async () => {
    const b = sandbox({ INTERVIEW_COACH_NOW: "2026-02-27T10:00:00" });
    const t = terminal(["--content", join(import.meta.dirname, "..", "fixtures", "checklists"), "checklist", "visit-day", "--program", "Lakeside Health"], { env: b.env, cols: 40 });
    const view = screen(t, 40, 30);
    const step = stepper(t);
    await step.until("Before the visit (1/3)");
    t.write(`a${keys.enter}`); // every item of the section
    await step.until("On the day (2/3)");
    const lines = await view.until((shown) => shown.some((line) => line.includes("On the day (2/3)")));
    const answered = lines.slice(lines.findIndex((line) => line.startsWith("✔ Before the visit")), lines.findIndex((line) => line.includes("saved ·")));
    expect(answered.length).toBeGreaterThan(1);
    // Joined by spaces, the rows read as the words did: a word the terminal cut would read "a…, Re ad".
    expect(answered.join(" ").replace(/\s+/g, " ")).toContain("Book travel and a…, Read the group's values, Confirm the agenda and…, Pack printed copies of…");
    t.write(keys.ctrlC);
    await t.exited;
  });
});

describe("stderr redirected away from the terminal", () => {
  it.each([
    ["practice", ["practice", "residency"]],
    ["review", ["review", "Lakeside IM"]],
    ["checklist", ["checklist", "second-interview", "--program", "Lakeside IM"]],
  ])("%s 2>log.txt: exit 64 at once with one line in the log saying why", async (command, args) => {
    const b = sandbox();
    const log = join(b.dir, "log.txt");
    const t = terminal(args, { env: b.env, shellRedirect: `2> '${log}'` });
    expect((await t.exited).exitCode).toBe(64);
    const lines = readFileSync(log, "utf8").trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^error: ${command} draws its questions on standard error, which is not a terminal here \\(2> redirects it\\); run it without redirecting stderr, or `));
  });
});

describe("a narrow terminal", () => {
  // The terminal would cut a word in two at its edge: a message wraps between words instead.
  it.each([
    [["stats"], "No practice recorded yet. Start a session with `interview-coach practice <deck>` (see `interview-coach list decks`); stats shows your progress after it."],
    [["followups"], 'No reviews yet. Right after an interview, run: interview-coach review "<program>"'],
  ])("%s wraps its message between words at 40 columns", async (args, message) => {
    const b = sandbox();
    const t = terminal(args, { env: b.env, cols: 40 });
    expect((await t.exited).exitCode).toBe(0);
    const lines = t.output().split("\n").map((line) => line.replace(/\r$/, "")).filter(Boolean);
    const first = lines.findIndex((line) => message.startsWith(line));
    const shown: string[] = [];
    for (const line of lines.slice(first)) if (shown.join(" ").length < message.length) shown.push(line);
    for (const line of shown) expect(line.length).toBeLessThan(40);
    expect(shown.join(" ").startsWith(message)).toBe(true);
  });
});
