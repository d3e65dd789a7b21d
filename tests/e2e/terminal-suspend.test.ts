// Ctrl-Z, then `fg`, under a shell with job control as from a terminal, on the BUILT binary in
// a real pseudo-terminal: the program stops with the terminal back in line mode (the shell's
// `read` only finishes a line in line mode) and the cursor shown, and after `fg` the prompt or
// the think-time spinner is drawn again with what was typed, keys work, and the practice clock
// did not count the time stopped.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, keys, sandbox, terminal, type Terminal } from "../helpers/cli.js";
import { stepper } from "../helpers/practice-steps.js";

const box = (env: NodeJS.ProcessEnv = {}) => sandbox(env);

const CTRL_Z = "\u001a";
// The time to stay stopped is what is under test here (the clock must not count it), not a wait for the program.
const STOPPED_MS = 3000;
const stayStopped = () => new Promise((resolve) => setTimeout(resolve, STOPPED_MS));

/** Ctrl-Z: waits until the shell has the program stopped, then checks the terminal was given back. */
async function stop(t: Terminal, step: ReturnType<typeof stepper>) {
  const before = t.raw().length;
  step.mark();
  t.write(CTRL_Z);
  // 148: stopped by SIGTSTP (128 + 20), as the shell reports it.
  await step.until("[stopped: 148]");
  const drawn = t.raw().slice(before);
  // The cursor is shown again and paste brackets are off before the program stops.
  expect(drawn.lastIndexOf("\u001b[?25h")).toBeGreaterThanOrEqual(drawn.lastIndexOf("\u001b[?25l"));
  expect(drawn.lastIndexOf("\u001b[?2004l")).toBeGreaterThanOrEqual(drawn.lastIndexOf("\u001b[?2004h"));
}

/** `fg`: the shell's `read` takes a line (only in line mode), then the shell continues the program. */
function resume(t: Terminal, step: ReturnType<typeof stepper>) {
  step.mark();
  t.write(`fg${keys.enter}`);
}

describe("Ctrl-Z and fg", () => {
  it("in the answer countdown: stops, and after fg the prompt is back with the typed text, typing goes on, the clock skipped the stop", async () => {
    const b = box();
    const t = terminal(["practice", "residency", "--count", "1", "--order", "deck", "--prep", "0", "--time", "5m", "--takes", "1"], { env: b.env, jobControl: true });
    const step = stepper(t);
    await step.until("Answer [");
    const shownAt = performance.now();
    t.write("I calmed the family");
    await step.until("I calmed the family");
    await stop(t, step);
    const stoppedAt = performance.now();
    await stayStopped();
    resume(t, step);
    const resumedAt = performance.now();
    // Drawn again after fg, with the words typed before the stop.
    await step.until(/Answer \[\d:\d\d\] I calmed the family/);
    step.mark();
    t.write(" down");
    await step.until("I calmed the family down");
    t.write(keys.enter);
    const wall = (performance.now() - shownAt) / 1000;
    await step.until("Rate your answer");
    t.write(keys.enter);
    await step.until("Next time I will");
    t.write(keys.enter);
    expect((await t.exited).exitCode).toBe(0);
    const answer = readFileSync(join(b.home, "history.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { type: string; answer?: string; seconds?: number })
      .find((e) => e.type === "answer")!;
    expect(answer.answer).toBe("I calmed the family down");
    // The time stopped (at least from the shell's report to fg, 3 s) is not in the answer's time.
    // The answer's time is kept to a tenth and the program sees the stop start and end a little
    // before and after the test does: 1.5 s of slack still fails a clock that counted the stop.
    expect(answer.seconds!).toBeLessThanOrEqual(wall - (resumedAt - stoppedAt) / 1000 + 1.5);
  });

  it("with no shell to stop it (its process group is an orphan, so SIGTSTP is not acted on), Ctrl-Z leaves the answer prompt reading keys", async () => {
    const b = box();
    const t = terminal(["practice", "residency", "--count", "1", "--order", "deck", "--prep", "0", "--time", "5m", "--takes", "1"], { env: b.env });
    const step = stepper(t);
    await step.until("Answer [");
    t.write("Before");
    await step.until("Before");
    step.mark();
    t.write(CTRL_Z);
    // Drawn again on a fresh line once the suspend comes to nothing.
    await step.until(/Answer \[\d:\d\d\] Before/);
    // A lone Esc (skip) is acted on at once only in raw mode: left in line mode, the terminal would hold it until Enter.
    step.mark();
    t.write("\u001b");
    await step.until("Skipped: not rated; still new (never rated).");
    expect((await t.exited).exitCode).toBe(0);
    expect(readFileSync(join(b.home, "sessions", readdirSync(join(b.home, "sessions"))[0]!), "utf8")).toMatch(/Typed before skipping:\n\n```text\nBefore\n```/);
  });

  it("in think time: stops, and after fg the spinner counts on from where it stood and Enter starts the answer", async () => {
    const b = box();
    const t = terminal(["practice", "residency", "--count", "1", "--order", "deck", "--prep", "5m", "--time", "5m"], { env: b.env, jobControl: true });
    const step = stepper(t);
    await step.until(/Think time 4:5\d/);
    await stop(t, step);
    await stayStopped();
    resume(t, step);
    // 3 s stopped are not counted: the spinner is back at 4:5x, not 4:4x.
    await step.until(/Think time 4:5\d/);
    expect(t.output().slice(t.output().lastIndexOf("fg"))).not.toMatch(/Think time 4:[0-4]\d/);
    step.mark();
    t.write(keys.enter);
    await step.until("Answer [");
    t.write(keys.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
  });

  it("in the review form: fg brings back the date prompt with what was typed, and the form goes on", async () => {
    const b = box({ INTERVIEW_COACH_NOW: "2026-11-24T18:00:00" });
    const t = terminal(["review", "Lakeside IM"], { env: b.env, jobControl: true });
    const step = stepper(t);
    await step.until("? Interview date (YYYY-MM-DD)");
    step.mark();
    t.write("2026-11-2");
    await step.until("2026-11-2");
    await stop(t, step);
    resume(t, step);
    await step.until(/\? Interview date \(YYYY-MM-DD\) 2026-11-2/);
    step.mark();
    t.write(`0${keys.enter}`);
    await step.until("? Kind of interview");
    // Keys still reach the choice prompts after the stop: Enter takes the default.
    step.mark();
    t.write(keys.enter);
    await step.until("? Specialty");
    t.write(keys.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
    // Saved as a draft by Ctrl-C, with the date typed across the stop.
    expect(readFileSync(join(b.home, "reviews", "lakeside-im.md"), "utf8")).toMatch(/date: ["']?2026-11-20/);
  });

  it("in a checklist: fg draws the section again and a tick after it is saved", async () => {
    const b = box({ INTERVIEW_COACH_NOW: "2026-02-27T10:00:00" });
    const args = ["--content", join(FIXTURES, "checklists"), "checklist", "visit-day", "--program", "Lakeside Health"];
    const t = terminal(args, { env: b.env, jobControl: true });
    const step = stepper(t);
    await step.until(/\? Before the visit \(1\/3\)/);
    await stop(t, step);
    resume(t, step);
    await step.until(/\? Before the visit \(1\/3\)/);
    step.mark();
    t.write(keys.space);
    t.write(keys.enter);
    await step.until("saved · 1/6 done");
    t.write(keys.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
  });
});
