// The measured feedback: `npm run eval` scores the analysis in-process; `practice --answers
// --json` is what a user's program reads. Both must say the same about the labelled dev set, and
// the dev set must stay at the figures the README promises.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readLabelledSet } from "../../src/eval/labelled-set.js";
import { evaluateSet } from "../../src/eval/run.js";
import { scoreCases, type EvalReport, type Judged } from "../../src/eval/score.js";
import type { FeedbackJson } from "../../src/practice/feedback-json.js";
import { ROOT, run, sharedSandbox } from "../helpers/cli.js";

const DEV = join(ROOT, "tests", "eval", "feedback-dev.yaml");
const box = sharedSandbox();
afterAll(() => box.cleanup());

interface SessionJson {
  answers: { question: string; feedback: FeedbackJson }[];
}

/** Runs every dev answer through the built CLI, one --answers file per deck. */
function judgedByCli(): Judged[] {
  const cases = readLabelledSet(DEV);
  const byDeck = new Map<string, Map<string, FeedbackJson>>();
  for (const deck of new Set(cases.map((c) => c.deck))) {
    const file = join(box.dir, `${deck}.yaml`);
    writeFileSync(file, stringify(Object.fromEntries(cases.filter((c) => c.deck === deck).map((c) => [c.question, { answer: c.answer, rating: 3 }]))));
    const result = run(["practice", deck, "--answers", file, "--json", "--no-save"], { env: box.env });
    expect(result.code, result.stderr).toBe(0);
    const session = JSON.parse(result.stdout) as SessionJson;
    byDeck.set(deck, new Map(session.answers.map((a) => [a.question, a.feedback])));
  }
  return cases.map((c) => {
    const f = byDeck.get(c.deck)!.get(c.question)!;
    return {
      covered: new Map(f.points.filter((p) => p.covered).map((p) => [p.text, p.evidence ?? undefined])),
      ...(f.star ? { star: { situation: f.star.situation.present, task: f.star.task.present, action: f.star.action.present, result: f.star.result.present } } : {}),
      fillers: Object.fromEntries(f.fillers.map((x) => [x.word, x.count])),
    };
  });
}

describe("npm run eval on the dev set", () => {
  let inProcess: EvalReport;
  beforeAll(async () => {
    inProcess = await evaluateSet(DEV);
  }, 60_000);

  it("agrees with practice --answers --json, figure for figure", () => {
    const viaCli = scoreCases(readLabelledSet(DEV), judgedByCli());
    expect(viaCli).toEqual(inProcess);
  }, 60_000);

  it("reaches the figures the README promises", () => {
    expect(inProcess.points.precision).toBeGreaterThanOrEqual(0.8);
    expect(inProcess.points.f1).toBeGreaterThanOrEqual(0.8);
    for (const part of ["situation", "task", "action", "result"] as const) expect(inProcess.star[part].f1, part).toBeGreaterThanOrEqual(0.85);
    expect(inProcess.fillers.exactMatchRate).toBeGreaterThanOrEqual(0.9);
  });

  it("prints the same figures as JSON from the built script, and a one-line error for a broken set", () => {
    const ok = spawnSync(process.execPath, [join(ROOT, "dist", "eval.js"), DEV, "--json"], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).report.points).toEqual(inProcess.points);
    const broken = join(box.dir, "broken.yaml");
    writeFileSync(broken, "- deck: residency\n  question: [unclosed\n");
    const bad = spawnSync(process.execPath, [join(ROOT, "dist", "eval.js"), broken], { encoding: "utf8" });
    expect(bad.status).toBe(65);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toContain("broken.yaml:2:");
  });
});

describe("practice --answers --json", () => {
  it("gives every point with its evidence, STAR parts with theirs, fillers and the overtime", () => {
    const file = join(box.dir, "one.yaml");
    const story =
      "Um, during my surgery clerkship a patient's potassium came back high. I paged my senior at once and we repeated the test. It turned out the sample had haemolysed, so he was fine. ";
    writeFileSync(file, stringify({ "mistake-you-made": { answer: story.repeat(10), rating: 4 } }));
    const result = run(["practice", "residency", "--answers", file, "--json", "--no-save"], { env: box.env });
    expect(result.code, result.stderr).toBe(0);
    const feedback = (JSON.parse(result.stdout) as SessionJson).answers[0]!.feedback;
    expect(feedback.points.map((p) => p.text)).toEqual([
      "A real error that you own, without shifting blame",
      "Immediate action, including telling your supervisor",
      "Result for the patient or team, stated honestly",
      "A lasting change to how you work",
    ]);
    expect(feedback.points[1]).toEqual({ text: "Immediate action, including telling your supervisor", covered: true, evidence: "I paged my senior at once and we repeated the test." });
    expect(feedback.points[3]).toEqual({ text: "A lasting change to how you work", covered: false, evidence: null });
    expect(feedback.star?.situation).toEqual({ present: true, evidence: "Um, during my surgery clerkship a patient's potassium came back high." });
    expect(feedback.star?.result.evidence).toBe("It turned out the sample had haemolysed, so he was fine.");
    expect(feedback.fillers).toEqual([{ word: "um", count: 10 }]);
    expect(feedback.words).toBe(330);
    expect(feedback.speakingSeconds).toBe(132);
    expect(feedback.limitSeconds).toBe(120);
    expect(feedback.overLimit).toBe(true);
    expect(feedback.overtimeSeconds).toBe(12);
  });

  it("is refused without --answers or with --output, with a usage error", () => {
    const result = run(["practice", "residency", "--json"], { env: box.env });
    expect(result.code).toBe(64);
    expect(result.stderr).toMatch(/--json goes with --plan or --answers/);
  });
});
