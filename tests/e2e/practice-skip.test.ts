// An empty answer is asked again, never kept and rated; Esc passes over a question on purpose,
// which the note and history record as skipped and which `stats` and `--plan` do not count as a
// rating. On the BUILT binary in a real pseudo-terminal.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { keys, run, sandbox, terminal, type Sandbox } from "../helpers/cli.js";
import { answerQuestion, saveKilledSession, stepper } from "../helpers/practice-steps.js";

const box = () => sandbox();

const TWO = ["practice", "residency", "--count", "2", "--order", "deck", "--time", "30s"];
const ESC = "\u001b";
const notes = (b: Sandbox) => readdirSync(join(b.home, "sessions")).map((f) => readFileSync(join(b.home, "sessions", f), "utf8"));
const history = (b: Sandbox) =>
  readFileSync(join(b.home, "history.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as { type: string; question?: string; rating?: number });

describe("empty answers and skipping a question", () => {
  it("Enter on nothing or on spaces asks again; Esc in the answer skips the question, noted and in history, not rated", async () => {
    const b = box();
    const t = terminal([...TWO, "--prep", "0"], { env: b.env });
    const step = stepper(t);
    await step.until("Esc to skip this question");
    step.mark();
    t.write(keys.enter);
    await step.until("Nothing typed yet: type your answer, or press Esc to skip this question.");
    step.mark();
    t.write(`   ${keys.enter}`);
    await step.until("Nothing typed yet");
    // Still the first question's prompt: the session did not move on to keep-or-retake.
    expect(t.output()).not.toContain("Keep this take?");
    await answerQuestion(t, step, "I lead the night handover on a busy ward");
    await step.until("2/2");
    step.mark();
    t.write(ESC);
    await step.until("Skipped: not rated; still new (never rated).");
    await step.until("Skipped on purpose: 1 question (not rated; schedule unchanged).");
    expect((await t.exited).exitCode).toBe(0);

    const note = notes(b)[0]!;
    expect(note).toMatch(/^skipped:\n {2}- why-this-specialty$/m);
    expect(note).toContain("## Skipped: Why have you chosen this specialty?");
    expect(note).toMatch(/^questions: 1$/m);
    // The only numbered question is the one answered; the empty Enters left no answer behind.
    expect(note.match(/^## \d+\. /gm)).toEqual(["## 1. "]);
    expect(note).not.toContain("_No answer._");
    expect(history(b).filter((e) => e.type !== "start" && e.type !== "end")).toEqual([
      expect.objectContaining({ type: "answer", question: "tell-me-about-yourself" }),
      expect.objectContaining({ type: "skip", question: "why-this-specialty" }),
    ]);

    // The skip is no rating: the question is still new in the plan, and stats count one answer.
    const plan = JSON.parse(run(["practice", "residency", "--plan", "--json", "--order", "deck", "--count", "2"], { env: b.env }).stdout);
    expect(plan.questions.map((q: { id: string; state: string }) => [q.id, q.state])).toEqual([
      ["tell-me-about-yourself", "review"],
      ["why-this-specialty", "new"],
    ]);
    const stats = JSON.parse(run(["stats", "--json"], { env: b.env }).stdout);
    expect(stats.decks[0]).toMatchObject({ answers: 1, practised: 1 });
  });

  it("Esc during think time skips the question before the clock starts", async () => {
    const b = box();
    const t = terminal([...TWO, "--count", "1", "--prep", "5m"], { env: b.env });
    const step = stepper(t);
    await step.until("Esc to skip this question");
    step.mark();
    t.write(ESC);
    await step.until("Skipped: not rated; still new (never rated).");
    expect((await t.exited).exitCode).toBe(0);
    expect(t.output()).not.toContain("Answer [");
    // The summary says nothing was answered, as the note does, instead of an empty table.
    const summary = t.output().slice(t.output().lastIndexOf("Summary"));
    expect(summary).toContain("No questions answered.");
    expect(summary).not.toContain("Question");
    expect(history(b).map((e) => e.type)).toEqual(["start", "skip", "end"]);
    expect(notes(b)[0]).toContain("## Skipped: Tell me about yourself.");
  });

  it("what was typed before Esc is saved when the session is then stopped before any rating", async () => {
    const b = box();
    const t = terminal([...TWO, "--prep", "0"], { env: b.env });
    const step = stepper(t);
    await step.until("Esc to skip this question");
    step.mark();
    t.write("I have used Epic for three years");
    await step.until("three years");
    step.mark();
    t.write(ESC);
    await step.until("2/2");
    await step.until("Answer [");
    t.write(keys.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
    expect(t.output()).not.toContain("nothing to save");
    expect(notes(b)[0]).toMatch(/## Skipped: Tell me about yourself\.[\s\S]*Typed before skipping:\n\n```text\nI have used Epic for three years\n```/);
    expect(history(b).map((e) => e.type)).toEqual(["start", "skip", "end"]);
  });

  it("what was typed before Esc survives a kill -9 later in the session: the next run offers it", async () => {
    const b = box();
    const first = terminal([...TWO, "--prep", "0"], { env: b.env });
    const step = stepper(first);
    await step.until("Esc to skip this question");
    step.mark();
    first.write("I have used Epic for three years");
    await step.until("three years");
    step.mark();
    first.write(ESC);
    await step.until("2/2");
    await step.until("Answer [");
    first.kill("SIGKILL");
    expect((await first.exited).signal).toBe(9);

    const saved = await saveKilledSession([...TWO, "--prep", "0"], b.env, { stopAt: "Answer [" });
    const note = readFileSync(saved, "utf8");
    expect(note).toMatch(/## Skipped: Tell me about yourself\.[\s\S]*Typed before skipping:\n\n```text\nI have used Epic for three years\n```/);
    // Once, as skipped: not also as an answer being typed.
    expect(note).not.toContain("## Not rated");
  });

  it("a skip says where the question stands on the schedule: not due until the day --plan shows after a 4, still due after a 1, still new", async () => {
    const b = box();
    const at = (time: string) => ({ ...b.env, INTERVIEW_COACH_NOW: time });
    const rated = join(b.dir, "rated.yaml");
    writeFileSync(rated, "tell-me-about-yourself: { answer: I lead the night handover on a busy ward., rating: 4 }\ncareer-goals: { answer: Fellowship later., rating: 1 }\n");
    expect(run(["practice", "residency", "--answers", rated], { env: at("2026-11-22T10:00:00") }).code).toBe(0);
    const next = at("2026-11-23T10:00:00");
    const plan = JSON.parse(run(["practice", "residency", "--plan", "--json", "--order", "deck", "--count", "3"], { env: next }).stdout);
    const due = plan.questions[0].due as string;
    expect(plan.questions.map((q: { dueLabel: string }) => q.dueLabel)).toEqual([due, "new", "today"]);
    expect(due > "2026-11-28").toBe(true);

    const t = terminal(["practice", "residency", "--count", "3", "--order", "deck", "--time", "30s", "--prep", "0"], { env: next });
    const step = stepper(t);
    for (const line of [`Skipped: not rated; not due until ${due}, as before.`, "Skipped: not rated; still new (never rated).", "Skipped: not rated, and still due."]) {
      await step.until("Esc to skip this question");
      step.mark();
      t.write(ESC);
      await step.until(line);
      step.mark();
    }
    expect((await t.exited).exitCode).toBe(0);
    // Said only of the one question rated 1 yesterday.
    expect(t.output().match(/still due/g)).toHaveLength(1);
  });

  it("a hard limit that runs out on an empty answer skips the question instead of rating nothing", async () => {
    const b = box();
    const t = terminal(["practice", "residency", "--count", "1", "--order", "deck", "--prep", "0", "--time", "2s", "--hard"], { env: b.env });
    const step = stepper(t);
    await step.until("Time is up and nothing was typed: the question is skipped, not rated.");
    expect((await t.exited).exitCode).toBe(0);
    expect(t.output()).not.toContain("Rate your answer");
    expect(existsSync(join(b.home, "history.jsonl"))).toBe(true);
    expect(history(b).map((e) => e.type)).toEqual(["start", "skip", "end"]);
    // Said as what happened, in the note, on the screen and in history: not a skip on purpose.
    expect(history(b)[1]).toMatchObject({ type: "skip", timedOut: true });
    expect(t.output()).toContain("Time ran out with nothing typed: 1 question (not rated; schedule unchanged).");
    const [noteFile] = readdirSync(join(b.home, "sessions"));
    const note = readFileSync(join(b.home, "sessions", noteFile!), "utf8");
    expect(note).toContain("_Time ran out before anything was typed; not rated, so its schedule is unchanged._");
    expect(note).not.toContain("on purpose");
  });
});
