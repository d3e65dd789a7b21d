import { describe, expect, it } from "vitest";
import { renderEvalReport, scoreCases, type Judged, type LabelledCase } from "../../src/eval/score.js";

const base = { deck: "residency", question: "q", answer: "..." };
const cases: LabelledCase[] = [
  {
    ...base,
    points: [
      { text: "A", covered: true },
      { text: "B", covered: true },
      { text: "C", covered: false },
    ],
    star: { situation: true, task: false, action: true, result: true },
    fillers: { um: 2, so: 1 },
  },
  { ...base, question: "r", points: [{ text: "D", covered: false }], fillers: {} },
];
const judged: Judged[] = [
  { covered: new Map([["A", "It was A."], ["C", "C, sort of."]]), star: { situation: true, task: true, action: true, result: false }, fillers: { um: 2 } },
  { covered: new Map(), fillers: { "I mean": 1 } },
];

describe("scoreCases", () => {
  const report = scoreCases(cases, judged);

  it("counts point precision, recall and F1 over every answer and point", () => {
    // 1 right tick (A), 1 wrong (C), 1 missed (B).
    expect(report.points).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
  });

  it("scores each STAR part on star questions only, and the answers with all four right", () => {
    expect(report.star.task).toMatchObject({ falsePositives: 1, precision: 0 });
    expect(report.star.result).toMatchObject({ falseNegatives: 1, recall: 0 });
    expect(report.star.situation.f1).toBe(1);
    expect(report.star).toMatchObject({ answers: 1, allFourRight: 0 });
  });

  it("gives the filler exact-match rate and the mean absolute error per answer", () => {
    // Answer 1 misses one "so"; answer 2 counts an "I mean" that is not there.
    expect(report.fillers).toEqual({ answers: 2, allRight: 0, exactMatchRate: 0, meanAbsoluteError: 1 });
  });

  it("lists the worst cases with what went wrong, most mistakes first", () => {
    expect(report.worst.map((w) => [w.question, w.errors])).toEqual([["q", 5], ["r", 1]]);
    expect(scoreCases(cases, judged, 1).worst.map((w) => w.question)).toEqual(["q"]);
    expect(report.worst[0]!.wrong).toEqual([
      'missed "B"',
      'ticked "C" on "C, sort of."',
      "STAR task: said present, judged missing",
      "STAR result: said missing, judged present",
      'filler "so": counted 0, judged 1',
    ]);
    expect(renderEvalReport("set.yaml", report)).toContain("- Points: precision 50.0%, recall 50.0%, F1 50.0%");
  });
});
