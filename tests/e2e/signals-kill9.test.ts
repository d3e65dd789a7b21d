// kill -9 cannot be caught: the BUILT binary is killed while the third answer is being typed,
// after two were rated. The next `practice` offers the unfinished session; the note it saves
// has both rated answers with their "next time" lines, and the one in progress marked not
// rated (kept on disk while it was typed); history keeps every line it had.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { expect, it } from "vitest";
import { FIXTURES, keys, run, sandbox, terminal, type Sandbox, type Terminal } from "../helpers/cli.js";
import { answerQuestion, saveKilledSession, stepper } from "../helpers/practice-steps.js";

let box: Sandbox | undefined;

/** Waits for the answer prompt, then answers the question with a next-time line. */
async function answer(t: Terminal, step: ReturnType<typeof stepper>, text: string) {
  await step.until("Answer [");
  await answerQuestion(t, step, text, { nextTime: "Pause before the result" });
}

/**
 * Resolves once some file directly in `dir` holds `text` (the program writes it on its own
 * clock). Temp files (.xxxx.tmp) do not count: a write is done once renamed into place.
 */
async function fileHolding(dir: string, text: string): Promise<void> {
  for (let tries = 0; tries < 3000; tries++) {
    const found = readdirSync(dir).some((name) => {
      if (name.endsWith(".tmp")) return false;
      try {
        return readFileSync(join(dir, name), "utf8").includes(text);
      } catch {
        return false; // a folder, or replaced meanwhile
      }
    });
    if (found) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no file in ${dir} holds ${JSON.stringify(text)}`);
}

it("kill -9 during the third answer: the next run recovers the two rated answers and the third, not rated", async () => {
  box = sandbox({ INTERVIEW_COACH_NOW: "2026-11-24T18:00:00" });
  const { env, home } = box;
  const args = ["practice", "residency", "--count", "3", "--order", "deck", "--prep", "0", "--time", "30s"];
  const first = terminal([...args, "--program", "Lakeside IM"], { env });
  const step = stepper(first);
  await answer(first, step, "First answer: the rural clinic that changed my path");
  await answer(first, step, "Second answer: continuity with one patient on rotation");
  await step.until("3/3");
  await step.until("Answer [");
  first.write("Third answer, cut off mid-sen");
  await step.until("cut off mid-sen");
  // Kept on disk within a second of the last keystroke, for exactly this.
  await fileHolding(home, "Third answer, cut off mid-sen");
  first.kill("SIGKILL");
  expect((await first.exited).signal).toBe(9);
  const historyPath = join(home, "history.jsonl");
  const killed = readFileSync(historyPath, "utf8");
  expect(killed.trim().split("\n").map((line) => JSON.parse(line).type)).toEqual(["start", "answer", "answer"]);
  expect(existsSync(join(home, "sessions"))).toBe(false);

  const saved = await saveKilledSession(args, env, {
    offer: ["Unfinished session (the program was stopped before it could save): Residency program interviews for Lakeside IM", "2 of 3 answered, and one being typed (not rated)"],
  });

  const note = readFileSync(saved, "utf8");
  expect(note).toContain("program: Lakeside IM");
  expect(note).toContain("interrupted: true");
  expect(note).toContain("First answer: the rural clinic that changed my path");
  expect(note).toContain("Second answer: continuity with one patient on rotation");
  expect(note).toContain("## Not rated: Where do you see yourself ten years from now?\n\n*Being typed when the session was stopped; not rated.*\n\n```text\nThird answer, cut off mid-sen\n```\n");
  expect(note.match(/Next time I will: Pause before the result/g)).toHaveLength(2);
  expect(note).toContain("unrated:\n");
  expect(readdirSync(join(home, "sessions"))).toEqual([basename(saved)]);

  // Every line of the killed session is still there, word for word, followed by its end.
  const history = readFileSync(historyPath, "utf8");
  expect(history.startsWith(killed)).toBe(true);
  const added = history.slice(killed.length).trim().split("\n").map((line) => JSON.parse(line));
  expect(added[0]).toMatchObject({ type: "end", session: JSON.parse(killed.split("\n")[0]!).session, note: saved, interrupted: true });
  expect(added.slice(1).map((e) => e.type)).toEqual(["start", "end"]);
  expect((readdirSync(home, { recursive: true }) as string[]).filter((f) => /^\..*\.tmp$/.test(basename(f)))).toEqual([]);
  // Saved in the note: the record of what was typed is gone.
  expect(readdirSync(home).filter((f) => f.startsWith(".typing-"))).toEqual([]);

  // Closed now: not offered again.
  const third = run([...args, "--answers", join(FIXTURES, "practice", "answers.yaml")], { env });
  expect(third.code).toBe(0);
  expect(third.stderr).not.toContain("unfinished session");
});

it("kill -9 during a retake, once typed in: the take set aside and the one being typed both come back, not rated", async () => {
  box = sandbox({ INTERVIEW_COACH_NOW: "2026-11-24T18:00:00" });
  const { env, home } = box;
  const args = ["practice", "residency", "--count", "1", "--order", "deck", "--prep", "0", "--time", "30s"];
  const first = terminal(args, { env });
  const step = stepper(first);
  await step.until("Answer [");
  step.mark();
  first.write(`The whole first take, about the night I covered two wards${keys.enter}`);
  await step.until("Keep this take?");
  step.mark();
  first.write(keys.down + keys.enter);
  await step.until("take 2");
  await step.until("Answer [");
  first.write("Second take, cut off");
  await step.until("Second take, cut off");
  // The retake replaces what was being typed on disk; the take set aside must still be there.
  await fileHolding(home, "Second take, cut off");
  expect(readdirSync(home).filter((f) => f.startsWith(".typing-")).map((f) => readFileSync(join(home, f), "utf8")).join("")).toContain("The whole first take");
  first.kill("SIGKILL");
  expect((await first.exited).signal).toBe(9);

  const saved = await saveKilledSession(args, env, { offer: ["0 of 1 answered, one take set aside for a retake and one being typed (not rated)"] });

  const note = readFileSync(saved, "utf8");
  expect(note).toContain(
    "*Finished, then set aside for a retake that was not rated; kept here so that the answer is not lost.*\n\n```text\nThe whole first take, about the night I covered two wards\n```\n",
  );
  expect(note).toContain("*Being typed when the session was stopped; not rated.*\n\n```text\nSecond take, cut off\n```\n");
  expect(readdirSync(home).filter((f) => f.startsWith(".typing-"))).toEqual([]);
});
