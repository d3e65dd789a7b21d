// Every way of stopping at every kind of practice prompt, on the BUILT binary in a real
// pseudo-terminal: Ctrl-C typed, SIGINT, SIGTERM and SIGHUP sent with kill (the terminal stays
// open), and Ctrl-D. Each run has answered the first question before it is stopped at the
// second: that answer must be in the note and in history, what was half-done must not, the
// message must say where the note is, the exit code is 130, and no temp file is left.
// (practice.test.ts already covers the answer countdown with Ctrl-C, SIGTERM, SIGHUP and Ctrl-D.)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { keys, sandbox, terminal, type Terminal } from "../helpers/cli.js";

const FIRST = "A first answer about a patient";
const PARTIAL = "half an answer";

/** Waits for a pattern in what was printed after the last mark(). */
function stepper(t: Terminal) {
  let from = 0;
  return {
    mark: () => (from = t.output().length),
    until: (pattern: RegExp | string) => t.waitFor(pattern, { from, timeout: 15_000 }),
  };
}
type Step = ReturnType<typeof stepper>;

/** Answers the question on screen up to the prompt `stopAt`, typing `partial` there if given. */
async function answerUntil(t: Terminal, step: Step, text: string, stopAt: Prompt["name"] | "end", thinkTime: boolean) {
  if (thinkTime) {
    await step.until("Think time");
    if (stopAt === "think time") return;
    step.mark();
    t.write(keys.enter);
  }
  await step.until("Answer [");
  if (stopAt === "answer countdown") {
    step.mark();
    t.write(PARTIAL);
    return step.until(PARTIAL);
  }
  step.mark();
  t.write(text);
  await step.until(text.slice(-12));
  t.write(keys.enter);
  await step.until("Keep this take?");
  if (stopAt === "keep or retake") return;
  step.mark();
  t.write(keys.enter);
  await step.until("Rate your answer");
  if (stopAt === "rating") return;
  step.mark();
  t.write(keys.down + keys.enter); // 4
  await step.until("Next time I will");
  if (stopAt === "next time (text)") {
    step.mark();
    t.write("half a plan");
    return step.until("half a plan");
  }
  step.mark();
  t.write(`Breathe${keys.enter}`);
}

interface Prompt {
  name: "think time" | "answer countdown" | "keep or retake" | "rating" | "next time (text)";
  /** Whether the second answer was rated before the stop, and so is saved too. */
  secondSaved: boolean;
}
const PROMPTS: Prompt[] = [
  { name: "think time", secondSaved: false },
  { name: "answer countdown", secondSaved: false },
  { name: "keep or retake", secondSaved: false },
  { name: "rating", secondSaved: false },
  { name: "next time (text)", secondSaved: true },
];

const STOPS: [string, (t: Terminal) => void][] = [
  ["Ctrl-C typed", (t) => t.write(keys.ctrlC)],
  ["SIGINT (kill -INT)", (t) => t.kill("SIGINT")],
  ["SIGTERM", (t) => t.kill("SIGTERM")],
  ["SIGHUP (kill -HUP, terminal open)", (t) => t.kill("SIGHUP")],
  ["Ctrl-D", (t) => t.write(keys.ctrlD)],
];
// Already in practice.test.ts.
const COVERED = new Set(["answer countdown|Ctrl-C typed", "answer countdown|SIGTERM", "answer countdown|SIGHUP (kill -HUP, terminal open)", "answer countdown|Ctrl-D"]);

const tempFiles = (dir: string): string[] =>
  existsSync(dir) ? (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /^\..*\.tmp$/.test(basename(f))) : [];

describe.each(PROMPTS)("practice stopped at the $name prompt", ({ name, secondSaved }) => {
  for (const [how, stop] of STOPS) {
    if (COVERED.has(`${name}|${how}`)) continue;
    it(`${how}: saves the rated answers, says where, exits 130`, async () => {
      const b = sandbox();
      const thinkTime = name === "think time";
      const t = terminal(["practice", "residency", "--count", "2", "--order", "deck", "--time", "30s", "--prep", thinkTime ? "30s" : "0"], { env: b.env, cols: 160 });
      const step = stepper(t);
      await step.until("Tell me about yourself.");
      await answerUntil(t, step, FIRST, "end", thinkTime);
      await step.until("Why have you chosen this specialty?");
      await answerUntil(t, step, "My second answer about continuity", name, thinkTime);
      stop(t);
      expect((await t.exited).exitCode).toBe(130);

      const count = secondSaved ? 2 : 1;
      const said = t.output().match(/Interrupted: (\d) answers?(?: and the one ([^()]+) \(([^()]+)\))? saved to (\S+\.md)/);
      expect(said?.[1]).toBe(String(count));
      // The answer not rated is named for how far it got: a finished or kept one is not "being typed".
      const stage = { "answer countdown": "being typed (not rated)", "keep or retake": "finished (not yet kept or rated)", rating: "kept (not yet rated)" }[name as string];
      expect(said?.[2] === undefined ? undefined : `${said[2]} (${said[3]})`).toBe(stage);
      const note = readFileSync(said![4]!, "utf8");
      expect(note).toContain("interrupted: true");
      expect(note).toContain(FIRST);
      expect(note).toContain("Next time I will: Breathe");
      // Nothing typed is lost: a half-typed answer, or a take not yet rated, is kept as not rated;
      // a half-typed "next time" line is kept with its rated answer.
      const unrated = name === "answer countdown" ? PARTIAL : name === "keep or retake" || name === "rating" ? "My second answer about continuity" : undefined;
      const because = {
        "answer countdown": "Being typed when the session was stopped; not rated.",
        "keep or retake": "Finished, but not yet kept or rated when the session was stopped.",
        rating: "Kept, but not yet rated when the session was stopped.",
      }[name as string];
      if (unrated) expect(note).toContain(`## Not rated: Why have you chosen this specialty?\n\n*${because}*\n\n\`\`\`text\n${unrated}\n`);
      else expect(note).not.toContain("## Not rated");
      if (name === "next time (text)") expect(note).toContain("Next time I will: half a plan");
      if (secondSaved) expect(note).toContain("My second answer about continuity");
      else if (!unrated) expect(note).not.toContain("My second answer");

      const history = readFileSync(join(b.home, "history.jsonl"), "utf8").trim().split("\n").map((line) => JSON.parse(line));
      expect(history.map((e) => e.type)).toEqual(["start", ...Array(count).fill("answer"), "end"]);
      expect(history.at(-1)).toMatchObject({ interrupted: true, note: said![4] });
      expect(readdirSync(join(b.home, "sessions"))).toEqual([basename(said![4]!)]);
      expect(tempFiles(b.home)).toEqual([]);
    });
  }
});
