// Several lines pasted at a one-line prompt, on the BUILT binary in a real pseudo-terminal: kept
// whole where the prompt takes one text ("Next time I will…"), one entry per line where it
// collects a list (the review's red flags, people met).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { keys, sandbox, terminal } from "../helpers/cli.js";
import { stepper } from "../helpers/practice-steps.js";
import { RESIDENCY_CRITERIA } from "../helpers/review-steps.js";

describe("a multi-line paste at a one-line prompt", () => {
  it("'Next time I will…' keeps all three pasted lines", async () => {
    const b = sandbox();
    const t = terminal(["practice", "residency", "--count", "1", "--order", "deck", "--prep", "0", "--time", "30s"], { env: b.env });
    const step = stepper(t);
    await step.until("Answer [");
    t.write("I grew up near a rural clinic");
    await step.until("rural clinic");
    t.write(keys.enter);
    await step.until("Keep this take?");
    t.write(keys.enter);
    await step.until("Rate your answer");
    step.mark();
    t.write(keys.enter);
    await step.until("Next time I will");
    step.mark();
    await t.paste("Breathe first\rOpen with the situation\rEnd with the result");
    await step.until("End with the result");
    t.write(keys.enter);
    expect((await t.exited).exitCode).toBe(0);
    const [file] = readdirSync(join(b.home, "sessions"));
    const note = readFileSync(join(b.home, "sessions", file!), "utf8");
    expect(note).toContain("Next time I will:\n\n```text\nBreathe first\nOpen with the situation\nEnd with the result\n```\n");
  });

  it("the review's red flags and people take one entry per pasted line", async () => {
    const b = sandbox({ INTERVIEW_COACH_NOW: "2026-11-24T18:00:00" });
    const t = terminal(["review", "Lakeside IM"], { env: b.env });
    let from = 0;
    const at = async (prompt: string) => {
      await t.waitFor(prompt, { timeout: 15_000, from });
      from = t.output().length;
    };
    const answer = async (prompt: string, text = "") => {
      await at(prompt);
      t.write(text);
      t.write(keys.enter);
    };
    await answer("? Interview date (YYYY-MM-DD)", `${keys.backspace.repeat(12)}2026-11-20`);
    await answer("? Kind of interview");
    await answer("? Specialty", "Internal medicine");
    await at("? Name (empty when done)");
    await t.paste("Dr. Ana Rivera\rSam Lee");
    await t.waitFor("Sam Lee", { timeout: 15_000, from });
    t.write(keys.enter);
    await answer("? Dr. Ana Rivera's role", "Program director");
    await answer("? One thing you talked about with Dr. Ana Rivera", "the sepsis QI project");
    await answer("? Sam Lee's role", "PGY-2");
    await answer("? One thing you talked about with Sam Lee", "night float");
    await answer("? Name (empty when done)");
    for (const criterion of RESIDENCY_CRITERIA) await answer(`? ${criterion}`, "4");
    await answer("? Deal-breaker: No visa sponsorship I can use?", "n");
    await answer("? Deal-breaker: A location I cannot move my family to?", "n");
    await answer("? Deal-breaker: Accreditation trouble", "n");
    await answer("? Another deal-breaker that applies");
    await at("? A red flag (empty when done)");
    await t.paste("Residents looked tired\rNo protected didactics\rHigh turnover of faculty");
    await t.waitFor("High turnover of faculty", { timeout: 15_000, from });
    // The pasted entries redraw this same prompt: wait for the one asked after them, not an echo.
    from = t.output().length;
    t.write(keys.enter);
    await answer("? A red flag (empty when done)");
    await answer("? Gut feeling: could this be home? (1-5)", "4");
    await answer("? Something still unknown");
    await answer("? Anything else to remember");
    expect((await t.exited).exitCode).toBe(0);
    const note = readFileSync(join(b.home, "reviews", "lakeside-im.md"), "utf8");
    expect(note).toContain("## Red flags\n\n- Residents looked tired\n- No protected didactics\n- High turnover of faculty\n");
    expect(note).toContain("  - name: Dr. Ana Rivera\n    role: Program director\n");
    expect(note).toContain("  - name: Sam Lee\n    role: PGY-2\n    detail: night float\n");
  });
});

describe("Ctrl-U at a one-line prompt", () => {
  it("clears what was pasted too: a refused date pasted in is replaced by the one typed after Ctrl-U", async () => {
    const b = sandbox({ INTERVIEW_COACH_NOW: "2026-11-25T10:00:00" });
    const t = terminal(["review", "Lakeside"], { env: b.env });
    await t.waitFor("? Interview date (YYYY-MM-DD)");
    await t.paste("2026-02-30");
    await t.waitFor("2026-02-30");
    t.write(keys.enter);
    await t.waitFor("Type a real date");
    const at = t.output().length;
    t.write("\u0015");
    for (const key of "2026-11-21") t.write(key);
    await t.waitFor("2026-11-21", { from: at });
    t.write(keys.enter);
    await t.waitFor("✔ Interview date (YYYY-MM-DD) 2026-11-21", { from: at });
    t.write(keys.ctrlC);
    await t.exited;
  });
});
