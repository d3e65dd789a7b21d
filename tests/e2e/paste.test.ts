// Pasting into the answer countdown, on the BUILT binary in a real pseudo-terminal: a 200 KB
// answer in many lines arrives whole (every character and line break in the saved answer), and
// a paste does not submit the answer at its first line break. (Its speed is in `npm run bench`.)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { keys, sandbox, terminal, type Sandbox } from "../helpers/cli.js";
import { keepAndRate, stepper } from "../helpers/practice-steps.js";

const ONE = ["practice", "residency", "--count", "1", "--order", "deck", "--prep", "0", "--time", "30s"];

/** ~`bytes` of answer text in lines of about 100 characters, ending with a marker. */
function longAnswer(bytes: number): string {
  const line = "I followed up with the patient's family the next day and checked the plan with the team.";
  const lines: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++, size += line.length + 6) lines.push(`${i} ${line}`);
  return `${lines.join("\n")}\nTHE END`;
}

function savedAnswer(b: Sandbox): string {
  const history = readFileSync(join(b.home, "history.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
  return history.find((e) => e.type === "answer").answer;
}

describe("pasting an answer", () => {
  it("a 200 KB paste of many lines is kept whole, line breaks and all", async () => {
    const b = sandbox();
    const t = terminal(ONE, { env: b.env });
    const step = stepper(t);
    await step.until("Answer [");
    const text = longAnswer(200_000);
    step.mark();
    await t.paste(text.replace(/\n/g, "\r"));
    await step.until("THE END");
    await keepAndRate(t, step);
    expect((await t.exited).exitCode).toBe(0);
    expect(savedAnswer(b)).toBe(text);
  }, 60_000);

  it("SIGTERM while a 200 KB paste is arriving ends the session with 130", async () => {
    const b = sandbox();
    const t = terminal(ONE, { env: b.env });
    const step = stepper(t);
    await step.until("Answer [");
    const pasting = t.paste(longAnswer(200_000).replace(/\n/g, "\r"));
    await step.until("I followed up");
    t.kill("SIGTERM");
    expect((await t.exited).exitCode).toBe(130);
    await pasting;
  }, 60_000);

  it("typing after a paste, and Backspace into it, edit the same answer", async () => {
    const b = sandbox();
    const t = terminal(ONE, { env: b.env });
    const step = stepper(t);
    await step.until("Answer [");
    step.mark();
    t.write("First line\rSecond linX");
    await step.until("Second linX");
    t.write(keys.backspace);
    t.write("e");
    await step.until("Second line");
    t.write(" typed");
    await step.until("Second line typed");
    await keepAndRate(t, step);
    expect((await t.exited).exitCode).toBe(0);
    expect(savedAnswer(b)).toBe("First line\nSecond line typed");
  });
});
