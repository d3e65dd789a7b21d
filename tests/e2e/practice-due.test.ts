// practice orders by the spaced-repetition schedule once a deck has history: after two
// sessions where some answers were rated 1-2 and others 5, --plan puts the weak ones first.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, run, sandbox, type Sandbox } from "../helpers/cli.js";

const CONTENT = ["--content", join(FIXTURES, "history", "content")];
let box: Sandbox | undefined;

describe("practice --order due", () => {
  it("--plan --output FILE appends the plan to FILE, as a session's notes are, with nothing on stdout", () => {
    const { env, dir } = sandbox();
    const file = join(dir, "plan.md");
    for (let i = 0; i < 2; i++) {
      const result = run(["practice", "residency", "--plan", "--count", "3", "--order", "deck", "--output", file], { env });
      expect(result).toMatchObject({ code: 0, stdout: "" });
      expect(result.stderr).toContain(`Appended the plan to ${file}.`);
    }
    const text = readFileSync(file, "utf8");
    expect(text.match(/^# Plan: Residency program interviews$/gm)).toHaveLength(2);
    expect(text).toContain("| 1 | tell-me-about-yourself | Tell me about yourself. |");
  });

  it("puts the questions rated 1-2 first after two sessions, and shows state and due date in --plan", () => {
    box = sandbox();
    const { env, dir } = box;
    const at = (time: string) => ({ ...env, INTERVIEW_COACH_NOW: time });
    const answers = (name: string, yaml: string) => {
      writeFileSync(join(dir, name), yaml);
      return join(dir, name);
    };
    const first = answers("s1.yaml", "q-why: { answer: I liked it., rating: 1 }\nq-conflict: { answer: We fixed the rota and cut waits by 20%., rating: 5 }\nq-fit: { answer: Good program., rating: 2 }\n");
    const second = answers("s2.yaml", "q-mistake: { answer: A dosing error I caught., rating: 5 }\nq-ask: { answer: None., rating: 1 }\nq-weakness: { answer: Delegation., rating: 5 }\n");

    // No history: the default order is a shuffle.
    const before = JSON.parse(run(["practice", "stats-demo", "--plan", "--json", ...CONTENT], { env: at("2026-11-22T09:00:00Z") }).stdout);
    expect(before.order).toBe("shuffle");
    expect(before.questions.every((q: { state: string }) => q.state === "new")).toBe(true);

    expect(run(["practice", "stats-demo", "--answers", first, ...CONTENT], { env: at("2026-11-22T10:00:00Z") }).code).toBe(0);
    expect(run(["practice", "stats-demo", "--answers", second, ...CONTENT], { env: at("2026-11-22T10:30:00Z") }).code).toBe(0);

    const plan = run(["practice", "stats-demo", "--plan", "--count", "6", ...CONTENT], { env: at("2026-11-23T09:00:00Z") });
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain("6 questions, due ones first");
    // Whole days: the two rated 1 yesterday are due today; the one rated 2 is due tomorrow.
    const rows = plan.stdout.split("\n").filter((l) => /^\| \d/.test(l));
    expect(rows.map((r) => r.split(" | ")[1])).toEqual(["q-why", "q-ask", "q-fit", "q-conflict", "q-mistake", "q-weakness"]);
    expect(rows[0]).toMatch(/\| review \| today \| 1 \|$/);
    expect(rows[2]).toMatch(/\| review \| 2026-11-24 \| 2 \|$/);
    expect(rows[5]).toMatch(/\| review \| 2026-11-30 \| 5 \|$/);

    const json = JSON.parse(run(["practice", "stats-demo", "--plan", "--json", "--count", "3", ...CONTENT], { env: at("2026-11-23T09:00:00Z") }).stdout);
    expect(json.order).toBe("due");
    expect(json.questions.map((q: { id: string; state: string; lastRating: number }) => [q.id, q.state, q.lastRating])).toEqual([
      ["q-why", "review", 1],
      ["q-ask", "review", 1],
      ["q-fit", "review", 2],
    ]);
    // An order that was asked for still wins.
    const deckOrder = JSON.parse(run(["practice", "stats-demo", "--plan", "--json", "--order", "deck", "--count", "2", ...CONTENT], { env: at("2026-11-23T09:00:00Z") }).stdout);
    expect(deckOrder.questions.map((q: { id: string }) => q.id)).toEqual(["q-why", "q-conflict"]);
  });

  it("reports a broken history line once and still plans", () => {
    box = sandbox();
    const { env, home } = box;
    mkdirSync(home, { recursive: true });
    writeFileSync(join(home, "history.jsonl"), '{"type":"answer","session":"s","deck":"stats-demo","question":"q-fit","rating":1,"seconds":1,"limit":60,"takes":1,"answer":"","mode":"typed","covered":0,"points":0,"at":"2026-11-22T10:00:00Z"}\n{"trunc');
    const plan = run(["practice", "stats-demo", "--plan", "--json", ...CONTENT], { env: { ...env, INTERVIEW_COACH_NOW: "2026-11-23T12:00:00Z" } });
    expect(plan.code).toBe(0);
    expect(plan.stderr).toBe(`${join(home, "history.jsonl")}:2: skipped (truncated line (the last write did not finish))\n`);
    expect(JSON.parse(plan.stdout).questions[0]).toMatchObject({ id: "q-fit", state: "review", due: "2026-11-23" });
  });
});
