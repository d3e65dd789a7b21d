// A terminal that reports 0 columns and 0 rows (`stty cols 0 rows 0`): practice draws as on an
// 80-column terminal, think time counts down and ends, and a signal stops it; on the BUILT
// binary in a real pseudo-terminal.
import { afterEach, describe, expect, it } from "vitest";
import { keys, sandbox, terminal, type Sandbox } from "../helpers/cli.js";
import { answerQuestion, stepper } from "../helpers/practice-steps.js";

const boxes: Sandbox[] = [];
afterEach(() => {
  for (const b of boxes.splice(0)) b.cleanup();
});

const ZERO = { shellSetup: "stty cols 0 rows 0" };
const ONE = ["practice", "residency", "--count", "1", "--order", "deck", "--time", "30s", "--no-save", "--output", "-"];

describe("a 0-column terminal", () => {
  it("think time runs out, the answer is taken and the session ends, with a bounded amount drawn", async () => {
    const b = sandbox();
    boxes.push(b);
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
    boxes.push(b);
    const t = terminal([...ONE, "--prep", "5m"], { env: b.env, ...ZERO });
    await t.waitFor("Think time");
    t.kill(signal);
    expect((await t.exited).exitCode).toBe(130);
  });

  it("Ctrl-C during think time ends the session with 130", async () => {
    const b = sandbox();
    boxes.push(b);
    const t = terminal([...ONE, "--prep", "5m"], { env: b.env, ...ZERO });
    await t.waitFor("Think time");
    t.write(keys.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
  });
});
