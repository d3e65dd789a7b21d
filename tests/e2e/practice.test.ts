// `practice` on the BUILT binary: a real pseudo-terminal for the timed session (stdout
// redirected to a file, as in `practice residency > notes.md`), plain spawn for --answers,
// --plan, pipes and exit codes. Every test has its own sandbox library.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, FIXTURES, keys, run, sandbox, terminal, type Sandbox, type Terminal } from "../helpers/cli.js";
import { answerQuestion, keepAndRate, stepper } from "../helpers/practice-steps.js";

const box = () => sandbox();

const TWO = ["practice", "residency", "--count", "2", "--order", "deck", "--prep", "0", "--time", "30s"];
const Q1 = "Tell me about yourself.";

/**
 * A one-question session (notes on the terminal, nothing saved) whose first take is `text`, set
 * aside with "Try again": resolves when the retake's answer prompt is on screen.
 */
async function retakeAfter(text: string) {
  const t = terminal([...TWO, "--count", "1", "--prep", "0", "--no-save", "--output", "-"], { env: box().env });
  const step = stepper(t);
  await step.until("Answer [0:");
  step.mark();
  t.write(`${text}${keys.enter}`);
  await step.until("Keep this take?");
  step.mark();
  t.write(keys.down + keys.enter);
  await step.until("take 2");
  await step.until("Answer [0:");
  return { t, step };
}
const Q2 = "Why have you chosen this specialty?";
const ANSWERS = join(FIXTURES, "practice", "answers.yaml");

const sessionNotes = (b: Sandbox) => {
  const dir = join(b.home, "sessions");
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".md")).map((f) => join(dir, f)) : [];
};
const history = (b: Sandbox) =>
  readFileSync(join(b.home, "history.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as { type: string; question?: string; answer?: string; interrupted?: boolean; note?: string; rating?: number; takes?: number });

describe("practice in a terminal", () => {
  it("runs a timed two-question session: countdown on screen, note in the redirected file and the library", async () => {
    const b = box();
    const out = join(b.dir, "out.md");
    const t = terminal(TWO, { env: b.env, shellRedirect: `> '${out}'` });
    const step = stepper(t);
    await step.until(Q1);
    await step.until(/1\/2 motivation · open · 0:30 to answer\r?\nTell me about yourself/);
    await step.until(/Answer \[0:(30|2\d)\]/);
    await answerQuestion(t, step, "I grew up near a rural clinic and a patient changed my path", { down: 1, nextTime: "Slow down" });
    await step.until(Q2);
    await step.until("2/2");
    await answerQuestion(t, step, "On my rotation a patient taught me continuity");
    await step.until("Summary");
    expect((await t.exited).exitCode).toBe(0);

    const screen = t.output();
    expect(screen).toMatch(/Average self-rating: 3\.5 of 5/);
    expect(screen).toMatch(/Feedback\r?\n {2}Length: \d+ words/);
    expect(screen).toMatch(/Answer 0:0\d of 0:30 I grew up/);
    expect(screen).toContain("Notes:");
    const note = readFileSync(out, "utf8");
    expect(note).toMatch(/^---\ntype: practice\ndeck: residency\n/);
    expect(note).toContain("I grew up near a rural clinic and a patient changed my path");
    expect(note).toContain("Next time I will: Slow down");
    const [saved] = sessionNotes(b);
    expect(saved).toBeDefined();
    expect(statSync(saved!).mode & 0o777).toBe(0o600);
    expect(readFileSync(saved!, "utf8")).toBe(note);
    expect(history(b).map((e) => [e.type, e.question ?? "", e.rating ?? ""])).toEqual([
      ["start", "", ""],
      ["answer", "tell-me-about-yourself", 4],
      ["answer", "why-this-specialty", 3],
      ["end", "", ""],
    ]);
  });

  it("the screen summary and the note give the average in the same words: a single 4 is '4.0 of 5 over 1 question'", async () => {
    const b = box();
    const t = terminal([...TWO, "--count", "1"], { env: b.env });
    const step = stepper(t);
    await step.until("Esc to skip this question");
    await answerQuestion(t, step, "I lead the night handover on a busy ward", { down: 1 });
    await step.until("Summary");
    expect((await t.exited).exitCode).toBe(0);
    const line = "Average self-rating: 4.0 of 5 over 1 question.";
    expect(t.output()).toContain(line);
    const [saved] = sessionNotes(b);
    expect(readFileSync(saved!, "utf8")).toContain(`\n${line}\n`);
  });

  it("typing during think time starts the answer with what was typed", async () => {
    const b = box();
    const t = terminal([...TWO, "--count", "1", "--prep", "30s", "--no-save", "--output", "-"], { env: b.env });
    const step = stepper(t);
    await step.until(/Think time 0:(30|[12]\d)/);
    step.mark();
    t.write("I did");
    await step.until("Answer [0:");
    await step.until("I did");
    step.mark();
    t.write(" a night shift alone");
    await step.until("I did a night shift alone");
    await keepAndRate(t, step);
    expect(t.output()).toMatch(/Answer 0:\d\d of 0:30 I did a night shift alone/);
    await step.until("Summary");
    expect((await t.exited).exitCode).toBe(0);
  });

  it("think time counts down until Enter; a retake goes straight to the answer; the kept take is rated and the earlier one noted after it", async () => {
    const b = box();
    const t = terminal([...TWO, "--count", "1", "--prep", "20s", "--no-save", "--output", "-"], { env: b.env });
    const step = stepper(t);
    await step.until(Q1);
    await step.until(/Think time 0:(20|1\d)/);
    step.mark();
    t.write(keys.enter);
    await step.until("Answer [0:");
    step.mark();
    t.write(`first attempt${keys.enter}`);
    await step.until("Keep this take?");
    step.mark();
    t.write(keys.down + keys.enter);
    await step.until("take 2");
    await step.until("Answer [0:");
    expect(t.output().slice(t.output().lastIndexOf("take 2"))).not.toContain("Think time");
    step.mark();
    t.write(`second attempt${keys.enter}`);
    // The last take allowed is kept without asking.
    await step.until("Rate your answer");
    step.mark();
    t.write(keys.enter);
    await step.until("Next time I will");
    t.write(keys.enter);
    expect((await t.exited).exitCode).toBe(0);
    const printed = t.output();
    expect(printed).toContain("Self-rating: 3/5 · Takes: 2");
    const note = printed.slice(printed.indexOf("# Practice:"));
    expect(note).toMatch(/## 1\. [^\n]*\r?\n[^`]*```text\r?\nsecond attempt/);
    expect(note).toMatch(/Earlier take, set aside for a retake \(not rated\):\r?\n\r?\n```text\r?\nfirst attempt\r?\n```/);
    expect(note.indexOf("second attempt")).toBeLessThan(note.indexOf("first attempt"));
    expect(existsSync(join(b.home, "history.jsonl"))).toBe(false);
  });

  it("before keep-or-retake, says which points the take covers and which a retake could add; the last take allowed is not checked", async () => {
    const t = terminal([...TWO, "--count", "1", "--takes", "2", "--no-save", "--output", "-"], { env: box().env });
    const step = stepper(t);
    await step.until("Answer [0:");
    step.mark();
    t.write(`I am a final-year student who grew up in Leeds.${keys.enter}`);
    await step.until("Keep this take?");
    const check = t.output().replace(/\s+/g, " ");
    expect(check).toMatch(/This take: points covered \d of 4; not yet: [^.]*Who you are outside medicine, in a sentence/);
    step.mark();
    t.write(keys.down + keys.enter);
    await step.until("Answer [0:");
    step.mark();
    t.write(`On weekends I run with a club.${keys.enter}`);
    await step.until("Rate your answer");
    expect(t.output().slice(t.output().lastIndexOf("take 2"))).not.toContain("This take:");
    t.write(keys.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
  });

  it("an answer stopped while typed gets no feedback, so the line that says where it was saved warns of a patient's identifiers in it", async () => {
    const b = box();
    const t = terminal(["practice", "residency", "--count", "1", "--order", "deck", "--prep", "0"], { env: b.env });
    await t.waitFor("Answer [", { timeout: 15_000 });
    t.write("Mrs Alvarez, whose biopsy results came back on March 14");
    await t.waitFor("March 14", { timeout: 15_000 });
    t.write(keys.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
    const said = t.output().replace(/\s+/g, " ");
    expect(said).toMatch(/Interrupted: the answer being typed \(not rated\) saved to \S+\. What you typed looks like a patient's name \(Mrs Alvarez\); has a date of care \(March 14\), which can identify a patient: edit it out of the note/);
  });

  it("a finished take set aside for a retake is not lost when the retake is stopped: the note keeps both, unrated", async () => {
    const { t, step } = await retakeAfter("A whole first answer about the night I covered two wards");
    step.mark();
    t.write("Take two, half");
    await step.until("Take two, half");
    t.write(keys.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
    const printed = t.output().replace(/\r/g, "");
    expect(printed).toContain("*Finished, then set aside for a retake that was not rated; kept here so that the answer is not lost.*\n\n```text\nA whole first answer about the night I covered two wards\n```");
    expect(printed).toContain("*Being typed when the session was stopped; not rated.*\n\n```text\nTake two, half\n```");
    expect(printed.replace(/\s+/g, " ")).toContain("Interrupted: the take set aside for a retake (not rated) and the answer being typed (not rated) saved to standard output");
  });

  it("Ctrl-C before anything is typed in a retake keeps the take set aside once, as set aside", async () => {
    const { t } = await retakeAfter("The only whole answer I gave");
    t.write(keys.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
    const printed = t.output().replace(/\r/g, "");
    expect(printed.match(/```text\nThe only whole answer I gave\n```/g)).toHaveLength(1);
    expect(printed).not.toContain("not yet kept or rated");
    expect(printed.replace(/\s+/g, " ")).toContain("Interrupted: the take set aside for a retake (not rated) saved to standard output");
  });

  it("Ctrl-C at the rating of the first answer, kept, says a kept answer not yet rated was saved, not one being typed", async () => {
    const b = box();
    const t = terminal(TWO, { env: b.env });
    const step = stepper(t);
    await step.until("Answer [");
    step.mark();
    t.write("A first answer about a patient");
    await step.until("about a patient");
    t.write(keys.enter);
    await step.until("Keep this take?");
    step.mark();
    t.write(keys.enter);
    await step.until("Rate your answer");
    t.write(keys.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
    expect(t.output().replace(/\s+/g, " ")).toMatch(/Interrupted: the kept answer \(not yet rated\) saved to \S+sessions\/\S+\.md/);
    expect(t.output()).not.toContain("being typed");
    const [saved] = sessionNotes(b);
    expect(readFileSync(saved!, "utf8")).toContain(`## Not rated: ${Q1}\n\n*Kept, but not yet rated when the session was stopped.*\n\n\`\`\`text\nA first answer about a patient\n`);
  });

  for (const [how, stop] of [
    ["Ctrl-C", (t: Terminal) => t.write(keys.ctrlC)],
    ["SIGTERM", (t: Terminal) => t.kill("SIGTERM")],
    ["SIGHUP", (t: Terminal) => t.kill("SIGHUP")],
    ["end of input (Ctrl-D)", (t: Terminal) => t.write(keys.ctrlD)],
  ] as const) {
    it(`${how} during the second answer saves the first answer and exits 130`, async () => {
      const b = box();
      const out = join(b.dir, "out.md");
      const t = terminal(TWO, { env: b.env, shellRedirect: `> '${out}'` });
      const step = stepper(t);
      await step.until(Q1);
      await answerQuestion(t, step, "A first answer about a patient", { nextTime: "Breathe" });
      await step.until(Q2);
      // A person types once the answer prompt is there; keys typed before it reach no prompt.
      await step.until("Answer [");
      step.mark();
      t.write("half an answer");
      await step.until("half an answer");
      stop(t);
      expect((await t.exited).exitCode).toBe(130);
      expect(t.output().replace(/\s+/g, " ")).toMatch(/Interrupted: 1 answer and the one being typed \(not rated\) saved to \S+sessions\/\S+\.md and standard output/);

      const note = readFileSync(out, "utf8");
      expect(note).toContain("interrupted: true");
      expect(note).toContain("A first answer about a patient");
      // What was being typed is kept, apart from the rated answers and marked as not rated.
      expect(note).toContain(`## Not rated: ${Q2}\n\n*Being typed when the session was stopped; not rated.*\n\n\`\`\`text\nhalf an answer\n\`\`\`\n`);
      expect(note).toContain("unrated:\n  - why-this-specialty\n");
      const [saved] = sessionNotes(b);
      expect(readFileSync(saved!, "utf8")).toBe(note);
      const entries = history(b);
      expect(entries.map((e) => e.type)).toEqual(["start", "answer", "end"]);
      expect(entries[2]).toMatchObject({ interrupted: true, note: saved });
    });
  }

  it("aloud with a hard limit: the clock runs with no text field and stops the answer at zero", async () => {
    const b = box();
    const t = terminal(["practice", "residency", "--count", "1", "--order", "deck", "--prep", "0", "--time", "2s", "--mode", "aloud", "--hard", "--takes", "1", "--output", "-", "--no-save"], { env: b.env });
    const step = stepper(t);
    await step.until("Speak your answer now");
    await step.until("Time is up");
    await step.until("Rate your answer");
    step.mark();
    t.write(keys.enter);
    await step.until("Did you cover these?");
    t.write(keys.enter);
    expect((await t.exited).exitCode).toBe(0);
    expect(t.output()).toContain("_Answered aloud; no text._");
    expect(t.output()).toMatch(/rating: 3\r?\n\s+seconds: 2\r?\n/);
  });

  it("after kill -9, the next run offers to save the unfinished session as a note", async () => {
    const b = box();
    const first = terminal([...TWO, "--program", "Lakeside IM"], { env: b.env });
    const step = stepper(first);
    await step.until(Q1);
    await answerQuestion(first, step, "Killed after this answer about a patient");
    await step.until(Q2);
    first.kill("SIGKILL");
    await first.exited;
    expect(sessionNotes(b)).toEqual([]);

    const second = terminal(TWO, { env: b.env });
    const next = stepper(second);
    await next.until("Unfinished session (the program was stopped before it could save): Residency program interviews for Lakeside IM");
    await next.until("1 of 2 answered");
    next.mark();
    second.write(keys.enter);
    await next.until("Saved the unfinished session to");
    await next.until(Q1);
    second.write(keys.ctrlC);
    expect((await second.exited).exitCode).toBe(130);

    const notes = sessionNotes(b);
    expect(notes).toHaveLength(1);
    const note = readFileSync(notes[0]!, "utf8");
    expect(note).toContain("program: Lakeside IM");
    expect(note).toContain("Killed after this answer about a patient");
    expect(note).toContain("interrupted: true");
    // Closed in history: not offered again.
    const third = run([...TWO, "--answers", ANSWERS], { env: b.env });
    expect(third.stderr).not.toContain("unfinished session");
  });
});

describe("practice without a terminal", () => {
  it("exits 64 at once without --answers or --plan, naming both", () => {
    const b = box();
    const result = run(["practice", "residency"], { env: b.env });
    expect(result.code).toBe(64);
    expect(result.stderr).toMatch(/^error: practice asks questions and needs a terminal.*--answers FILE.*--plan/);
    expect(result.stdout).toBe("");
  });

  it("--answers runs a whole session from a file: note on stdout and in the library, history written", () => {
    const b = box();
    const result = run(["practice", "residency", "--answers", ANSWERS, "--program", "../../x"], { env: b.env });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^---\ntype: practice\ndeck: residency\nprogram: \.\.\/\.\.\/x\n/);
    expect(result.stdout).toContain("Next time I will: Lead with the patient story");
    expect(result.stdout).toContain("Points covered:");
    expect(result.stderr).toContain("no rating for tell-me-about-yourself; recorded as 3");
    expect(result.stderr).toContain("Summary");
    // The program name cannot lead the note out of the library.
    const notes = sessionNotes(b);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/sessions\/\d{4}-\d{2}-\d{2}-\d{4}-residency-x\.md$/);
    // Nothing is written beside the library but the cache, which may re-stamp the built-in
    // files here when the build ran within two seconds of their checkout (a fresh clone).
    expect(readdirSync(b.dir).filter((name) => name !== ".cache")).toEqual(["library"]);
    const entries = history(b);
    expect(entries.map((e) => [e.type, e.question ?? "", e.rating ?? ""])).toEqual([
      ["start", "", ""],
      ["answer", "tell-me-about-yourself", 3],
      ["answer", "why-this-specialty", 4],
      ["end", "", ""],
    ]);
  });

  it("--answers with --output FILE appends to FILE and keeps stdout empty", () => {
    const b = box();
    const file = join(b.dir, "mine.md");
    writeFileSync(file, "# My notes\n");
    const result = run(["practice", "residency", "--answers", ANSWERS, "--output", file, "--no-save"], { env: b.env });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(readFileSync(file, "utf8")).toMatch(/^# My notes\n---\ntype: practice/);
    expect(existsSync(b.home)).toBe(false);
    // Nothing is recorded, so a rating left out is said to be given, not recorded.
    expect(result.stderr).toContain("no rating for tell-me-about-yourself; rated as 3");
  });

  it("--answers --json --no-save prints the session as JSON and ends with a hint that works with --json", () => {
    const b = box();
    const result = run(["practice", "residency", "--answers", ANSWERS, "--json", "--no-save"], { env: b.env });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).answers).toHaveLength(2);
    // --json refuses --output, so the hint must not suggest it.
    expect(result.stderr).not.toContain("--output");
    expect(result.stderr).toContain("Not saved (--no-save): the session is only in the JSON on standard output; leave out --no-save to keep its notes in the library.");
    expect(existsSync(b.home)).toBe(false);
  });

  it("warns about what looks like a patient's identifiers", () => {
    const b = box();
    const result = run(["practice", "residency", "--answers", join(FIXTURES, "practice", "answers-privacy.yaml"), "--output", "-"], { env: b.env });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Privacy:");
  });

  it("an unknown question id in --answers exits 65 with its position", () => {
    const b = box();
    const result = run(["practice", "residency", "--answers", join(FIXTURES, "practice", "answers-unknown-id.yaml")], { env: b.env });
    expect(result.code).toBe(65);
    expect(result.stderr).toMatch(/answers-unknown-id\.yaml:2:1: .*why-this-speciality/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("an unknown deck exits 66 with the closest ids", () => {
    const result = run(["practice", "residncy", "--plan"], { env: box().env });
    expect(result.code).toBe(66);
    expect(result.stderr).toContain("'residency'");
  });

  it("a shuffled --plan names the seed it was drawn with, and that seed asks the same questions", () => {
    const b = box();
    const plan = run(["practice", "residency", "--plan", "--count", "3"], { env: b.env });
    const seed = /shuffled with seed (\d+) \(`--seed \1` asks them in this order\)/.exec(plan.stdout)?.[1];
    expect(seed, plan.stdout).toBeDefined();
    const ids = [...plan.stdout.matchAll(/^\| \d \| ([\w-]+) \|/gm)].map((m) => m[1]);
    expect(ids).toHaveLength(3);
    const seeded = JSON.parse(run(["practice", "residency", "--plan", "--json", "--count", "3", "--seed", seed!], { env: b.env }).stdout);
    expect(seeded).toMatchObject({ order: "shuffle", seed });
    expect(seeded.questions.map((q: { id: string }) => q.id)).toEqual(ids);
  });

  it("--plan prints the questions in order as Markdown, and --json as JSON", () => {
    const b = box();
    const plan = run(["practice", "residency", "--plan", "--order", "deck", "--count", "2"], { env: b.env });
    expect(plan.code).toBe(0);
    expect(plan.stdout).toMatch(/^# Plan: Residency program interviews\n/);
    expect(plan.stdout).toMatch(/\| 1 \| tell-me-about-yourself \| Tell me about yourself\. \| motivation \| open \| 1m30s \|/);
    expect(plan.stdout).toMatch(/\| 2 \| why-this-specialty \|/);
    const json = JSON.parse(run(["practice", "residency", "--plan", "--json", "--seed", "s1", "--time", "45s"], { env: b.env }).stdout);
    expect(json.questions).toHaveLength(5);
    expect(json.questions[0]).toMatchObject({ number: 1, answerSeconds: 45 });
    // The seed makes the shuffle repeatable.
    const again = JSON.parse(run(["practice", "residency", "--plan", "--json", "--seed", "s1", "--time", "45s"], { env: b.env }).stdout);
    expect(again.questions.map((q: { id: string }) => q.id)).toEqual(json.questions.map((q: { id: string }) => q.id));
    expect(existsSync(b.home)).toBe(false);
  });

  it("--plan into a reader that leaves early (| head -1) exits 0 quietly", () => {
    const b = box();
    // Enough questions that the plan overflows the pipe after head has gone.
    const deck = join(b.dir, "big.yaml");
    const lines = ["title: Big deck", "questions:"];
    for (let i = 0; i < 3000; i++) lines.push(`  - id: q-${i}`, `    text: Generated question ${i} about teamwork, handovers and patient care?`);
    mkdirSync(b.dir, { recursive: true });
    writeFileSync(deck, `${lines.join("\n")}\n`);
    const script = `set -o pipefail; '${process.execPath}' '${BIN}' practice '${deck}' --plan --count 3000 --order deck | head -1`;
    let status = 0;
    let stdout = "";
    let stderr = "";
    try {
      stdout = execFileSync("bash", ["-c", script], { env: b.env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      [status, stdout, stderr] = [e.status, e.stdout, e.stderr];
    }
    expect({ status, stdout, stderr }).toEqual({ status: 0, stdout: "# Plan: Big deck\n", stderr: "" });
  });
});

describe("practice feedback in a terminal", () => {
  it("rates a question you ask on its own scale and shows coach timing and evidence after the rating", async () => {
    const b = box();
    const t = terminal(["practice", "residency", "--category", "ask-them", "--count", "1", "--order", "deck", "--prep", "0", "--no-save", "--output", "-"], { env: b.env });
    const step = stepper(t);
    await step.until("How does the program support residents' well-being");
    step.mark();
    t.write(`What happens to your schedule when a resident has a mental health crisis?${keys.enter}`);
    await step.until("Keep this take?");
    step.mark();
    t.write(keys.enter);
    await step.until("Rate your answer");
    await step.until("could change your rank order");
    step.mark();
    t.write(keys.enter);
    await step.until("Next time I will");
    const feedback = t.output();
    // A question you ask is short by design: no "add a specific example".
    expect(feedback).toMatch(/Length: 13 words, about 0:05 of \d:\d\d/);
    expect(feedback).not.toContain("add a specific example");
    // Wrapped by words to the terminal's 100 columns, each wrapped line hanging under the text.
    const evidence = feedback.split(/\r?\n/).findIndex((line) => line.startsWith("    ✓ Listen for concrete structures"));
    const lines = feedback.split(/\r?\n/).slice(evidence, evidence + 3);
    expect(lines.every((line) => line.length <= 100)).toBe(true);
    expect(lines.slice(1).every((line) => line.startsWith("      ") && !line.startsWith("       "))).toBe(true);
    expect(lines.map((line) => line.trim()).join(" ")).toBe('✓ Listen for concrete structures (protected time, mental health access, backup coverage, schedule flexibility): "What happens to your schedule when a resident has a mental health crisis?"');
    t.write(keys.enter);
    expect((await t.exited).exitCode).toBe(0);
  });

  it("says under a question you ask that it is one for you to put to them; a question they ask you has no such line", async () => {
    const b = box();
    const ask = terminal(["practice", "residency", "--category", "ask-them", "--count", "1", "--order", "deck", "--prep", "0", "--no-save"], { env: b.env });
    await ask.waitFor("Answer [", { timeout: 15_000 });
    expect(ask.output()).toMatch(/How does the program support residents' well-being[^\n]*\r?\n[^\n]*A question for you to ask them: put it in your own words, made specific to this place\./);
    ask.write(keys.ctrlC);
    await ask.exited;
    const story = terminal(["practice", "residency", "--count", "1", "--order", "deck", "--prep", "0", "--no-save"], { env: b.env });
    await story.waitFor("Answer [", { timeout: 15_000 });
    expect(story.output()).not.toContain("A question for you to ask them");
    story.write(keys.ctrlC);
    await story.exited;
  });

  it.each([
    ["second-interview", "ask-them", "Ask them about the group's culture and philosophy."],
    ["patient-coordinator", "questions", "Ask the interviewer about the day-to-day realities of the job."],
  ])("a job deck (%s) rates a question you ask on a job's scale: no program, no rank order", async (deck, category, text) => {
    const b = box();
    const t = terminal(["practice", deck, "--category", category, "--count", "1", "--order", "deck", "--prep", "0", "--no-save", "--output", "-"], { env: b.env });
    const step = stepper(t);
    await step.until(text);
    await step.until("Answer [");
    step.mark();
    t.write(`How do new people learn the way the team works here?${keys.enter}`);
    await step.until("Keep this take?");
    step.mark();
    t.write(keys.enter);
    await step.until("whether you take the job");
    const scale = t.output();
    expect(scale).toContain("3  Specific to this employer and role");
    expect(scale).not.toContain("rank order");
    expect(scale).not.toContain("Specific to this program");
    t.write(keys.ctrlC);
    await t.exited;
  });
});
